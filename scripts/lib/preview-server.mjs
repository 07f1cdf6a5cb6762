// Starts `astro preview` on dist/ for a script and stops it afterwards (the real binary, so the
// PID we kill is the server itself and nothing is left running). --ignore-lock: Astro allows one
// tracked preview per project and refuses a second; a script's own server may run beside yours.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves dist/ on `port` (any free one when missing, 0 or NaN); resolves once `probePath` (the base path, say) answers. */
export async function startPreview(port, probePath = '/') {
  port ||= await freePort();
  const server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${url}${probePath}`)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
