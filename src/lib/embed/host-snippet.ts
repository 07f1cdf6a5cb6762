/**
 * What a blogger pastes: the iframe plus a tiny script for *their* page that lets the frame
 * set its own height. The script is plain ES5 text (it runs on pages we do not control) and
 * trusts a message only when it comes from our origin, from that very iframe, and has the
 * shape of messages.ts. tests/unit/lib/embed/host-snippet.test.ts runs this exact text.
 */
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT } from './messages.ts';

/** Marks the iframes the script may resize; its value is the embed id the frame reports. */
export const EMBED_ATTRIBUTE = 'data-xz-embed';

/** The resize script's code, for embeds served from `siteOrigin` (e.g. "https://example.org"). */
export function hostResizeCode(siteOrigin: string): string {
  const origin = new URL(siteOrigin).origin;
  return [
    `/* Fits xz-backdoor embeds to their content; trusts only ${origin} */`,
    `(function () {`,
    `  if (window.xzEmbedResize) return;`,
    `  window.xzEmbedResize = true;`,
    `  addEventListener("message", function (event) {`,
    `    var data = event.data;`,
    `    if (event.origin !== ${JSON.stringify(origin)} || !data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}) return;`,
    `    if (typeof data.id !== "string" || typeof data.height !== "number" || !isFinite(data.height) || data.height <= 0) return;`,
    `    var frames = document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");`,
    `    for (var i = 0; i < frames.length; i++) {`,
    `      if (frames[i].contentWindow === event.source && frames[i].getAttribute(${JSON.stringify(EMBED_ATTRIBUTE)}) === data.id) {`,
    `        frames[i].style.height = Math.min(Math.ceil(data.height), ${MAX_EMBED_HEIGHT}) + "px";`,
    `      }`,
    `    }`,
    `  });`,
    `})();`,
  ].join('\n');
}

/** The same code in a script element, as pasted into the host page. */
export function hostResizeScript(siteOrigin: string): string {
  return `<script>\n${hostResizeCode(siteOrigin)}\n</script>`;
}

export interface EmbedSnippetOptions {
  /** Absolute URL of the embed page, query included. */
  src: string;
  /** The embed id, e.g. "timeline"; the frame reports its height under this name. */
  id: string;
  /** The iframe's accessible name. */
  title: string;
  /** Height in px until the first message arrives (or for good, where scripts are not allowed). */
  height: number;
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe alone: enough where a platform strips scripts (the frame keeps its starting height). */
export function embedIframe({ src, id, title, height }: EmbedSnippetOptions): string {
  const url = new URL(src);
  return `<iframe src="${attribute(url.href)}" title="${attribute(title)}" ${EMBED_ATTRIBUTE}="${attribute(id)}" ` +
    `loading="lazy" style="width:100%;height:${Math.round(height)}px;border:0"></iframe>`;
}

/** The full snippet: the iframe, then (unless left out) the resize script for its origin. */
export function embedSnippet(options: EmbedSnippetOptions, withResizeScript = true): string {
  const iframe = embedIframe(options);
  return withResizeScript ? `${iframe}\n${hostResizeScript(new URL(options.src).origin)}` : iframe;
}
