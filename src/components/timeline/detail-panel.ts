/**
 * The detail panel: the focused event's title (as the heading), date, certainty, summary,
 * people, sources, a link to the full page, and previous/next. Rebuilt on each show; it is
 * small, and this keeps it free of stale state.
 */
import { formatDate, machineDate } from '../../lib/content/dates';
import {
  CERTAINTY_EXPLANATIONS,
  CERTAINTY_GLYPHS,
  CERTAINTY_LABELS,
  LANE_LABELS,
} from '../../lib/content/vocabulary';
import { datedText } from '../../lib/timeline/time';
import type { EventDetail, TimelineActor, TimelineEvent } from '../../lib/timeline/types';
import { h } from '../site/dom';

export interface DetailContext {
  actors: Readonly<Record<string, TimelineActor>>;
  /** Summary and sources, fetched when the event opens (null: they could not be loaded). */
  detail: Promise<EventDetail | null>;
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
  /** Inside an embed, links open a new tab instead of replacing the host page's frame. */
  newTab: boolean;
}

export interface DetailHandlers {
  onClose(): void;
  onStep(eventId: string): void;
}

export class DetailPanel {
  private shownId: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    handlers: DetailHandlers,
  ) {
    root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>(
        'button[data-step], button[data-close]',
      );
      if (!button) return;
      if (button.dataset.close !== undefined) return handlers.onClose();
      if (!button.dataset.step) return;
      // The panel is rebuilt, so put focus back on the same button (or the heading at an end).
      const direction = button.classList.contains('tl-step-next') ? 'next' : 'previous';
      handlers.onStep(button.dataset.step);
      const again = root.querySelector<HTMLButtonElement>(`.tl-step-${direction}`);
      if (again && !again.disabled) again.focus();
      else this.focusHeading();
    });
  }

  get eventId(): string | null {
    return this.shownId;
  }

  contains(node: Node | null): boolean {
    return node !== null && this.root.contains(node);
  }

  /** Escape anywhere in the panel closes it (the chart handles Escape itself). */
  onEscape(close: () => void): void {
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
  }

  show(event: TimelineEvent, context: DetailContext): void {
    const headingId = `${this.root.id}-title`;
    const target = context.newTab ? { target: '_blank', rel: 'noopener' } : {};
    const people = event.actors
      .map((id) => context.actors[id])
      .filter((actor): actor is TimelineActor => Boolean(actor));
    const summary = h('p', { class: 'tl-detail-summary', 'aria-busy': 'true' }, 'Loading…');
    const sourcesBox = h('div', { class: 'tl-detail-sources-box' });

    this.root.setAttribute('aria-labelledby', headingId);
    const parts: (HTMLElement | false)[] = [
      h(
        'div',
        { class: 'tl-detail-head' },
        h('h2', { id: headingId, tabindex: '-1' }, event.title),
        h('button', { type: 'button', class: 'tl-button', 'data-close': '' }, 'Close'),
      ),
      h(
        'p',
        { class: 'tl-detail-date' },
        h('time', { datetime: machineDate(datedText(event)) }, formatDate(datedText(event))),
        ' · ',
        event.lanes.map((lane) => LANE_LABELS[lane]).join(', '),
      ),
      h(
        'p',
        { class: 'tl-detail-certainty' },
        h(
          'span',
          { class: `tl-badge tl-badge-${event.certainty}` },
          h('span', { 'aria-hidden': 'true' }, CERTAINTY_GLYPHS[event.certainty]),
          CERTAINTY_LABELS[event.certainty],
        ),
        ' ',
        CERTAINTY_EXPLANATIONS[event.certainty],
      ),
      summary,
      people.length > 0 &&
        h(
          'p',
          { class: 'tl-detail-people' },
          'Who: ',
          ...people.flatMap((actor, i) => [
            i > 0 ? ', ' : '',
            actor.persona
              ? h(
                  'span',
                  { class: 'tl-persona', title: 'A persona: probably not a real person' },
                  `${actor.name} (persona)`,
                )
              : actor.name,
          ]),
        ),
      sourcesBox,
      h(
        'p',
        { class: 'tl-detail-more' },
        h(
          'a',
          { href: event.href, ...target },
          'Read the full entry',
          context.newTab ? h('span', { class: 'tl-sr' }, ' (opens in a new tab)') : null,
        ),
      ),
      h(
        'div',
        { class: 'tl-detail-steps', role: 'group', 'aria-label': 'Neighbouring events' },
        stepButton('Previous', context.previous),
        stepButton('Next', context.next),
      ),
    ];
    this.root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false));
    this.root.hidden = false;
    this.shownId = event.id;
    void context.detail.then((detail) => {
      if (this.shownId !== event.id || !summary.isConnected) return;
      summary.removeAttribute('aria-busy');
      if (!detail) {
        summary.textContent =
          'The summary and sources could not be loaded (are you offline?). The full entry has them.';
        return;
      }
      summary.textContent = detail.summary;
      if (detail.sources.length === 0) return;
      sourcesBox.replaceChildren(
        h('h3', {}, 'Sources'),
        h(
          'ul',
          { class: 'tl-detail-sources' },
          ...detail.sources.map((source) =>
            h(
              'li',
              {},
              h('a', { href: source.url, ...target }, source.title),
              ` — ${source.publisher}${source.primary ? ' (primary)' : ''}`,
            ),
          ),
        ),
      );
    });
  }

  hide(): void {
    this.root.hidden = true;
    this.shownId = null;
  }

  focusHeading(): void {
    this.root.querySelector<HTMLElement>('h2')?.focus();
  }
}

function stepButton(
  direction: 'Previous' | 'Next',
  event: TimelineEvent | undefined,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: `tl-button tl-step tl-step-${direction.toLowerCase()}` },
    h('span', { class: 'tl-step-direction' }, direction === 'Previous' ? '← Previous' : 'Next →'),
    event ? h('span', { class: 'tl-step-title' }, event.title) : null,
  );
  if (event) button.dataset.step = event.id;
  else button.disabled = true;
  return button;
}
