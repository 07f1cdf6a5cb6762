import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { tryItReadme } from '../../../../src/lib/simulation/try-it.ts';
import { zipStore } from '../../../../src/lib/simulation/zip-store.ts';
import { bytesOf } from './helpers.ts';

const readme = tryItReadme([{ path: '5.6.1/bad-3-corrupt_lzma2.xz', sha256: 'ab'.repeat(32) }]);
/** The README's shell commands (with their continuation lines), each ending in | less. */
const commands = readme
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => /^(tr|xz) /.test(line));

describe('try it yourself', () => {
  it('every command ends in | less and none pipes into a shell', () => {
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(command).toMatch(/\| less$/);
    expect(readme).not.toMatch(/\|\s*(ba)?sh\b|\|\s*\$SHELL/);
  });

  it('the commands really recover stage 1 and stage 2 from our stand-ins', () => {
    const cwd = new URL('../../../../public/simulation/', import.meta.url).pathname;
    const run = (command: string) =>
      execFileSync('bash', ['-c', command.replace(/ \| less$/, '')], { cwd }).toString();
    expect(run(commands[0]!)).toMatch(/^####Hello####[\s\S]*SIMULATION STAND-IN[\s\S]*stage 1/);
    expect(run(commands[1]!)).toMatch(/SIMULATION STAND-IN[\s\S]*stage 2 of xz 5\.6\.1/);
  }, 30_000);

  it('names the real things to check and labels every digest as a stand-in', () => {
    expect(readme).toContain('git show 4323bc3e');
    expect(readme).toContain("ldd /usr/sbin/sshd | grep -E 'systemd|lzma'");
    const digestLines = readme.split('\n').filter((line) => /[0-9a-f]{64}/.test(line));
    expect(digestLines.length).toBeGreaterThan(0);
    for (const line of digestLines) expect(line).toMatch(/\(stand-in\)$/);
  });

  it('the zip is a valid archive with the files intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const file = join(dir, 'a.zip');
    writeFileSync(file, zipStore([{ name: 'd/README.txt', bytes: bytesOf(readme) }]));
    const listed = execFileSync('python3', [
      '-c',
      'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read("d/README.txt").decode())',
      file,
    ]).toString();
    expect(listed.trim()).toBe(readme.trim());
  }, 30_000);
});
