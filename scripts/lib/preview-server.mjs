// Starts `astro preview` on dist/ for a script and stops it afterwards (the real binary, so the
// PID we kill is the server itself and nothing is left running).
import { spawn } from 'node:child_process';

export async function startPreview(port) {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
