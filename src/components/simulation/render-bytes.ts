/** Byte views for the step detail: hex like xxd, text with escapes, and line diffs. */
import { bytesLabel, hexRows, safeText } from '../../lib/simulation/format.ts';
import type { DiffLine } from '../../lib/simulation/line-diff.ts';
import type { ByteView } from '../../lib/simulation/trace.ts';
import { h } from '../site/dom.ts';

const HEX_BYTES = 160;
const TEXT_BYTES = 6000;

function hexBlock(view: ByteView): HTMLElement {
  const highlight = new Set(view.highlight ?? []);
  // Start where the first highlighted byte is, so the change is on screen.
  const first = view.highlight?.[0] ?? 0;
  const start = Math.max(0, Math.floor(first / 16) * 16 - 32);
  const pre = h('pre', {
    class: 'sim-hex',
    tabindex: 0,
    'aria-label': `${view.label}, hexadecimal`,
  });
  for (const row of hexRows(view.bytes, { start, length: HEX_BYTES, highlight })) {
    pre.append(h('span', { class: 'sim-hex-offset' }, row.offset), '  ');
    row.cells.forEach((cell, i) => {
      pre.append(cell.highlighted ? h('mark', {}, cell.hex) : cell.hex, i % 2 === 1 ? ' ' : '');
    });
    pre.append(' '.repeat(40 - row.cells.length * 2 - Math.floor(row.cells.length / 2) + 1));
    for (const cell of row.cells)
      pre.append(cell.highlighted ? h('mark', {}, cell.char) : cell.char);
    pre.append('\n');
  }
  return pre;
}

export function byteViewFigure(view: ByteView): HTMLElement {
  const textLimit = view.excerpt ?? TEXT_BYTES;
  const shown =
    view.show === 'text'
      ? Math.min(view.bytes.length, textLimit)
      : Math.min(view.bytes.length, HEX_BYTES);
  const caption = `${view.label} — ${bytesLabel(view.bytes.length)}${shown < view.bytes.length ? `; excerpt: the first ${bytesLabel(shown)}` : ''}${view.highlight?.length ? `; highlighted: ${view.highlight.length} changed` : ''}`;
  const body =
    view.show === 'text'
      ? h(
          'pre',
          { class: 'sim-textview', tabindex: 0, 'aria-label': view.label },
          safeText(view.bytes, textLimit),
        )
      : hexBlock(view);
  return h('figure', { class: 'sim-figure' }, h('figcaption', {}, caption), body);
}

const SIGN: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '-' };
const SPOKEN: Record<DiffLine['kind'], string> = {
  same: '',
  added: 'added: ',
  removed: 'removed: ',
};

export function diffFigure(label: string, lines: DiffLine[]): HTMLElement {
  return h(
    'figure',
    { class: 'sim-figure' },
    h('figcaption', {}, label),
    h(
      'pre',
      { class: 'sim-diff', tabindex: 0, 'aria-label': label },
      lines.map((line) =>
        h(
          'span',
          { class: `sim-diff-${line.kind}` },
          h('span', { class: 'visually-hidden' }, SPOKEN[line.kind]),
          `${SIGN[line.kind]} ${line.text}\n`,
        ),
      ),
    ),
  );
}
