/**
 * When the interactive chart cannot start (bad data, its script failed to load), the reader
 * keeps the full list and gets one plain sentence, never a drawn chart that does nothing.
 */
export function fallBackToList(root: HTMLElement, error: unknown): void {
  console.warn('The interactive timeline could not start:', error);
  for (const part of root.querySelectorAll<HTMLElement>('.tl-toolbar, .tl-stage'))
    part.hidden = true;
  root.querySelector('.tl-list')?.classList.add('tl-list-onscreen');
  const message = root.querySelector<HTMLElement>('.tl-message');
  if (message) {
    message.textContent =
      'The interactive chart could not start, so here is the full list of events.';
    message.hidden = false;
  }
}
