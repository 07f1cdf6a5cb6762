/**
 * What a blogger pastes: the iframe plus a tiny script for *their* page that lets the frame set
 * its own height. The script is inline (nothing but the frame is loaded from us, and the reader
 * can see every line that runs on their page), plain ES5, and the same text for every site: a
 * message counts only when it comes from one of the marked iframes and from that iframe's own
 * origin — the origin of its src, i.e. this site — and has the shape of messages.ts. Being
 * constant, it has one CSP hash (cspScriptHash in /embed/). tests/unit/lib/embed/host-snippet.test.ts
 * runs this exact text.
 */
import { escapeMarkup } from '../site/escape-markup.ts';
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT } from './messages.ts';

/** Marks the iframes the script may resize; its value is the embed id the frame reports. */
export const EMBED_ATTRIBUTE = 'data-xz-embed';

/** The resize script's code. */
export const HOST_RESIZE_CODE = [
  `/* Fits xz-backdoor embeds to their content. A height counts only from the embed's own frame and origin. */`,
  `(function () {`,
  `  if (window.xzEmbedResize) return;`,
  `  window.xzEmbedResize = true;`,
  `  addEventListener("message", function (event) {`,
  `    var data = event.data;`,
  `    if (!data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE_TYPE)} || typeof data.id !== "string") return;`,
  `    if (typeof data.height !== "number" || !isFinite(data.height) || data.height <= 0) return;`,
  `    var frames = document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");`,
  `    for (var i = 0; i < frames.length; i++) {`,
  `      var frame = frames[i];`,
  `      if (frame.contentWindow !== event.source || frame.getAttribute(${JSON.stringify(EMBED_ATTRIBUTE)}) !== data.id) continue;`,
  `      if (new URL(frame.src, location.href).origin !== event.origin) continue;`,
  `      frame.style.height = Math.min(Math.ceil(data.height), ${MAX_EMBED_HEIGHT}) + "px";`,
  `    }`,
  `  });`,
  `})();`,
].join('\n');

/** The same code in a script element, as pasted into the host page. */
export const HOST_RESIZE_SCRIPT = `<script>${HOST_RESIZE_CODE}</script>`;

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

const attribute = escapeMarkup;

/** The iframe alone: enough where a platform strips scripts (the frame keeps its starting height). */
export function embedIframe({ src, id, title, height }: EmbedSnippetOptions): string {
  const url = new URL(src);
  return (
    `<iframe src="${attribute(url.href)}" title="${attribute(title)}" ${EMBED_ATTRIBUTE}="${attribute(id)}" ` +
    `loading="lazy" style="width:100%;height:${Math.round(height)}px;border:0"></iframe>`
  );
}

/** The full snippet: the iframe, then (unless left out) the resize script. */
export function embedSnippet(options: EmbedSnippetOptions, withResizeScript = true): string {
  const iframe = embedIframe(options);
  return withResizeScript ? `${iframe}\n${HOST_RESIZE_SCRIPT}` : iframe;
}
