#!/usr/bin/env node
// `npm run serve:host -- [--port 8788] [--dir dist]`: serves dist/ with Cloudflare's own Pages runtime
// (`wrangler pages dev`: workerd, which applies _headers, _redirects and its `.html` redirects),
// so tests see the headers a reader's browser gets. Offline and private: no account, no usage
// metrics, no update check (the banner's), no download of the request metadata (`cf`) object.
import { spawn } from 'node:child_process';

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const port = option('--port', process.env.E2E_HOST_PORT ?? '8788');
// --dir: another copy of the build (the verify:site demonstration serves an altered one).
const dir = option('--dir', 'dist');

// A fixed date keeps the runtime's behaviour from drifting with the calendar; any date up to the
// installed workerd's own works offline.
const COMPATIBILITY_DATE = '2026-11-17';

const child = spawn(
  process.execPath,
  [
    'node_modules/wrangler/bin/wrangler.js',
    'pages',
    'dev',
    dir,
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    '--compatibility-date',
    COMPATIBILITY_DATE,
    '--persist-to',
    'node_modules/.cache/wrangler-state',
    '--show-interactive-dev-session=false',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      // Keep wrangler's debug logs out of the home folder.
      WRANGLER_LOG_PATH: 'node_modules/.cache/wrangler-logs',
    },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
