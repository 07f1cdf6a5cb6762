#!/usr/bin/env node
// Runs the Astro CLI (`npm run dev`, `preview`, `check`) with its telemetry off: the project
// sends nothing anywhere, on a newcomer's first run too, not only where CI sets the variable.
import { spawn } from 'node:child_process';

const child = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
