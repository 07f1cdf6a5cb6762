/**
 * "Embed this timeline": the snippet is rendered at build time for the configured site address;
 * when the box opens (and on Copy) this swaps in the address the page is really served from,
 * with the event open right now, and copies it.
 */
import { copyText, SELECTED_MESSAGE } from '../site/clipboard';

/** The embed's address on this origin, opened on the current event if there is one. */
function liveSrc(buildSrc: string): string {
  const src = new URL(new URL(buildSrc).pathname, location.origin);
  const event = new URLSearchParams(location.search).get('event');
  if (event) src.searchParams.set('event', event);
  return src.href;
}

export function wireEmbedCode(box: HTMLElement | null): void {
  if (!box) return;
  const area = box.querySelector('textarea')!;
  const status = box.querySelector('[role="status"]')!;
  const buildSrc = box.dataset.src!;
  // A function replacement, so a "$" in the address is not read as a pattern. The live address
  // is percent-encoded, so it needs no attribute escaping.
  const refresh = () => (area.value = area.defaultValue.replace(buildSrc, () => liveSrc(buildSrc)));
  box.querySelector('details')!.addEventListener('toggle', refresh);
  box.querySelector('[data-copy]')!.addEventListener('click', async () => {
    refresh();
    const outcome = await copyText(area.value, area);
    status.textContent = outcome === 'copied' ? 'Copied to the clipboard.' : SELECTED_MESSAGE;
  });
}
