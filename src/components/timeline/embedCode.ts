/**
 * "Embed this timeline": fills in the iframe snippet when the box opens (with the real origin
 * and the event open right now) and copies it.
 */
import { withBase } from '../../lib/site/paths';
import { embedSnippet } from '../../lib/embed/host-snippet';

function snippet(): string {
  const src = new URL(withBase('/embed/timeline/'), location.origin);
  const event = new URLSearchParams(location.search).get('event');
  if (event) src.searchParams.set('event', event);
  return embedSnippet({ src: src.href, id: 'timeline', title: 'The xz backdoor: an interactive timeline', height: 720 });
}

export function wireEmbedCode(box: HTMLElement | null): void {
  if (!box) return;
  box.hidden = false; // useless without JavaScript, so the server renders it hidden
  const area = box.querySelector('textarea')!;
  const status = box.querySelector('[role="status"]')!;
  const refresh = () => (area.value = snippet());
  box.querySelector('details')!.addEventListener('toggle', refresh);
  box.querySelector('[data-copy]')!.addEventListener('click', async () => {
    refresh();
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard permission: leave the code selected so Ctrl+C works.
      area.select();
      status.textContent = 'Select all and copy (Ctrl+C or ⌘C).';
    }
  });
}
