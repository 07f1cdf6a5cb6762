import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copyProject, type ProjectCopy } from '../../support/project-copy';

// A real build of a copy of the project with one broken file: the editor must learn which
// file and which field to fix from the build output alone.
describe('a malformed content file', () => {
  let project: ProjectCopy;
  const eventFile = 'content/events/2024-03-29-freund-discloses.mdx';

  beforeAll(async () => {
    project = await copyProject();
  });
  afterAll(() => project.remove());

  it('fails the build naming the file and the missing date field', async () => {
    const path = join(project.root, eventFile);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace(/^date: .*\n/m, ''));
    const { status, output } = project.build();
    await writeFile(path, original);
    expect(status).not.toBe(0);
    expect(output).toContain('2024-03-29-freund-discloses.mdx');
    expect(output).toMatch(/date: date is required/);
  }, 120_000);

  it('fails the build naming the file when a source reference does not resolve', async () => {
    const path = join(project.root, eventFile);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace(/^sources: \[/m, 'sources: [no-such-source, '));
    const { status, output } = project.build();
    await writeFile(path, original);
    expect(status).not.toBe(0);
    expect(output).toContain('2024-03-29-freund-discloses');
    expect(output).toContain('no-such-source');
  }, 120_000);

  it('fails the build naming the myth file and its sources field when a source does not exist', async () => {
    const mythFile = 'content/myths/git-repository-was-clean.mdx';
    const path = join(project.root, mythFile);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace(/^sources: \[/m, 'sources: [no-such-source, '));
    const { status, output } = project.build();
    await writeFile(path, original);
    expect(status).not.toBe(0);
    expect(output).toContain('myths/git-repository-was-clean.mdx: sources: "no-such-source"');
  }, 120_000);
});
