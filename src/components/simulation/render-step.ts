/** Terminal blocks and the detail panel for one step. */
import { type SourceId, SOURCES } from '../../lib/simulation/constants.ts';
import { bytesLabel } from '../../lib/simulation/format.ts';
import { PHASE_LABELS, type TraceStep } from '../../lib/simulation/trace.ts';
import { h } from '../site/dom.ts';
import { byteViewFigure, diffFigure } from './render-bytes.ts';

const CHANGE_WORDS = {
  read: 'reads',
  created: 'writes',
  modified: 'changes',
  deleted: 'deletes',
  restored: 'restores',
} as const;

/** `backticks` in our explanations mark commands: show them as code. */
function withCode(text: string): Array<Node | string> {
  return text.split('`').map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part));
}

/** Links to the primary sources, separated by middots. */
export function sourceLinks(ids: readonly SourceId[]): Array<Node | string> {
  return ids.flatMap((id, i) => [
    i ? ' · ' : '',
    h('a', { href: SOURCES[id].url, rel: 'external' }, SOURCES[id].label),
  ]);
}

function outputLine(line: string): Node {
  if (line.startsWith('✓')) return h('span', { class: 'sim-ok' }, line);
  if (line.startsWith('✗')) return h('span', { class: 'sim-fail' }, line);
  return document.createTextNode(line);
}

export function renderTerminalStep(step: TraceStep, newPhase: boolean): HTMLElement {
  const command = step.command.split('\n');
  return h(
    'div',
    { class: 'sim-term-step', 'data-step-id': step.id },
    newPhase ? h('pre', { class: 'sim-term-phase' }, `# ── ${PHASE_LABELS[step.phase]} ──`) : null,
    h(
      'pre',
      { class: 'sim-term-cmd' },
      h('span', { class: 'sim-prompt' }, '$ '),
      command[0]!,
      ...command.slice(1).map((line) => `\n> ${line}`),
    ),
    step.output.length
      ? h(
          'pre',
          { class: 'sim-term-out' },
          step.output.flatMap((line, i) => [i ? '\n' : '', outputLine(line)]),
        )
      : null,
  );
}

export function renderStepDetail(step: TraceStep): HTMLElement {
  const facts: Array<[string, string]> = [];
  if (step.bytesIn !== undefined) facts.push(['In', bytesLabel(step.bytesIn)]);
  if (step.bytesOut !== undefined) facts.push(['Out', bytesLabel(step.bytesOut)]);
  for (const touch of step.touches)
    facts.push([
      CHANGE_WORDS[touch.change],
      `${touch.tree === 'build' ? '' : `${touch.tree}: `}${touch.path}`,
    ]);
  const views = step.views ?? [];
  return h(
    'article',
    { 'aria-labelledby': `sim-detail-${step.id}` },
    h(
      'p',
      { class: 'sim-detail-meta' },
      // The step counter lives in the progress line above: one counter on screen, not two.
      PHASE_LABELS[step.phase],
    ),
    h('h3', { id: `sim-detail-${step.id}` }, step.title),
    step.gate
      ? h(
          'p',
          { class: `sim-gate ${step.gate.passed ? 'sim-gate--pass' : 'sim-gate--fail'}` },
          step.gate.passed
            ? '✓ Check passed — the attack continues'
            : '✗ Check failed — the attack stops here',
        )
      : null,
    // What the step reads and writes comes first, so it is on screen beside the terminal.
    facts.length
      ? h(
          'dl',
          { class: 'sim-facts' },
          facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
        )
      : null,
    h('p', {}, withCode(step.explain)),
    views.length
      ? h(
          'div',
          { class: `sim-views ${views.length === 2 ? 'sim-views--pair' : ''}` },
          views.map(byteViewFigure),
        )
      : null,
    step.diff ? diffFigure(step.diff.label, step.diff.lines) : null,
    step.sources?.length
      ? h('p', { class: 'sim-sources' }, 'Sources: ', sourceLinks(step.sources))
      : null,
  );
}
