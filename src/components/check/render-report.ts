/**
 * The report as DOM. Everything that came out of an archive (paths, serial lines, diffs) is set
 * with textContent, never parsed as HTML: an archive can name a file "<img onerror=…>".
 */
import { type GroupId, GROUPS } from '../../lib/check/groups';
import type { CheckReport } from '../../lib/check/types';
import { bytesLabel } from '../../lib/simulation/format';
import { chapterPath } from '../../lib/site/paths';
import { simulationStepPath } from '../../lib/story/simulation-link';
import { h } from '../site/dom';

const link = (href: string, text: string) => h('a', { href }, text);

const STEP_NAMES: Record<string, string> = {
  'make-dist': 'make dist adds the doctored m4',
  'stage1-decompress': 'the “test files” are unpacked',
};

function group(id: GroupId, count: number, body: HTMLElement[]): HTMLElement {
  const info = GROUPS[id];
  const section = h('section', { class: `check-group check-group-${id}` });
  section.dataset.group = id;
  const heading = h('h3', {}, `${info.title} (${count})`);
  const why = h('p', { class: 'check-note' }, info.why);
  section.append(heading, why);
  if (info.chapter || info.step) {
    const where = h('p', { class: 'check-small' }, 'In xz: ');
    if (info.chapter) where.append(link(chapterPath(info.chapter), 'story, chapter 4'));
    if (info.chapter && info.step) where.append(' · ');
    if (info.step)
      where.append(
        link(simulationStepPath(info.step), `simulation: ${STEP_NAMES[info.step] ?? info.step}`),
      );
    section.append(where);
  }
  section.append(...body);
  return section;
}

function list(rows: Array<Array<string | HTMLElement>>): HTMLUListElement {
  const ul = h('ul', { class: 'check-list' });
  for (const row of rows) {
    const li = h('li');
    li.append(...row.map((part) => (typeof part === 'string' ? h('span', {}, part) : part)));
    ul.append(li);
  }
  return ul;
}

const code = (text: string) => h('code', {}, text);
const muted = (text: string) => h('span', { class: 'check-muted' }, ` ${text}`);

export function renderReport(report: CheckReport): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (report.unexpected.length > 0)
    sections.push(
      group('unexpected', report.unexpected.length, [
        list(report.unexpected.map((f) => [code(f.path), muted(bytesLabel(f.size))])),
      ]),
    );
  if (report.differing.length > 0)
    sections.push(
      group(
        'differing',
        report.differing.length,
        report.differing.map((file) => {
          const item = h('div', { class: 'check-diff' });
          item.append(
            h('h4', {}, file.path),
            h(
              'p',
              { class: 'check-hash' },
              `git: ${bytesLabel(file.gitSize)}, SHA-256 ${file.gitSha256}`,
            ),
            h(
              'p',
              { class: 'check-hash' },
              `tarball: ${bytesLabel(file.tarballSize)}, SHA-256 ${file.tarballSha256}`,
            ),
          );
          if (file.diff) {
            const pre = h('pre');
            pre.tabIndex = 0;
            pre.setAttribute('aria-label', `Line diff of ${file.path}, git to tarball`);
            for (const line of file.diff.trimEnd().split('\n')) {
              const kind =
                line.startsWith('+') && !line.startsWith('+++')
                  ? 'added'
                  : line.startsWith('-') && !line.startsWith('---')
                    ? 'removed'
                    : 'same';
              pre.append(h('span', { class: `diff-${kind}` }, `${line}\n`));
            }
            item.append(pre);
          } else if (file.diffNote) item.append(h('p', { class: 'check-note' }, file.diffNote));
          return item;
        }),
      ),
    );
  if (report.m4.length > 0)
    sections.push(
      group('m4', report.m4.length, [
        list(
          report.m4.map((f) => [
            h('span', { class: 'check-flag' }, f.flagged ? '⚑ ' : ''),
            code(f.path),
            muted(
              `${f.status.replace('-', ' ')} · ${f.serial ?? 'no serial line'}${f.gitSerial ? ` (git: ${f.gitSerial})` : ''}`,
            ),
          ]),
        ),
      ]),
    );
  if (report.testBinaries.length > 0)
    sections.push(
      group('testBinaries', report.testBinaries.length, [
        list(
          report.testBinaries.map((f) => [
            code(f.path),
            muted(`${bytesLabel(f.size)}${f.inGit ? ', also in git' : ', tarball only'}`),
          ]),
        ),
      ]),
    );
  if (report.gitOnly.length > 0)
    sections.push(
      group('gitOnly', report.gitOnly.length, [list(report.gitOnly.map((p) => [code(p)]))]),
    );
  if (report.generated.length > 0) {
    const details = h('details');
    details.append(
      h('summary', {}, `Show the ${report.generated.length} files`),
      list(report.generated.map((f) => [code(f.path), muted(`${bytesLabel(f.size)} · ${f.rule}`)])),
    );
    sections.push(group('generated', report.generated.length, [details]));
  }
  const notices = [...report.tarball.notices, ...report.git.notices];
  if (notices.length > 0)
    sections.push(
      group('notices', notices.length, [
        list(notices.map((n) => [code(n.path), muted(n.message)])),
      ]),
    );
  return sections;
}
