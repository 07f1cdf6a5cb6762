/**
 * The one message an embed sends to the page around it: "my content is this tall".
 * Both sides agree on the shape `{ type: 'xz-embed:height', id, height }`; the host side
 * (host-snippet.ts) re-checks it, because anything may post a message to a window.
 */

export const HEIGHT_MESSAGE_TYPE = 'xz-embed:height';
/** A frame never grows past this, whatever a message claims (a runaway loop stays bounded). */
export const MAX_EMBED_HEIGHT = 20_000;
/** Embed ids name the embed ("timeline", "simulation"): short, lower-case, dash-separated. */
const EMBED_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  id: string;
  height: number;
}

/** A well-formed message: the height rounded up to whole pixels and bounded. */
export function heightMessage(id: string, height: number): HeightMessage {
  if (!EMBED_ID.test(id))
    throw new Error(`"${id}" is not an embed id (lower-case letters, digits and dashes)`);
  if (!Number.isFinite(height) || height <= 0)
    throw new Error(`${height} is not a height in pixels`);
  return { type: HEIGHT_MESSAGE_TYPE, id, height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) };
}

/** The message, when `data` is exactly a height message; otherwise undefined. */
export function readHeightMessage(data: unknown): HeightMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || typeof id !== 'string' || !EMBED_ID.test(id))
    return undefined;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return undefined;
  return { type, id, height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) };
}

/**
 * Where the frame may send its height. The embedding page's origin is known from
 * `location.ancestorOrigins` (Chromium, Safari) or the referrer; when neither says, '*' is
 * acceptable because the message holds nothing but the embed's name and a pixel count.
 */
export function reporterTargetOrigin(
  ancestorOrigins: readonly string[] | undefined,
  referrer: string,
): string {
  const parent = ancestorOrigins?.[0];
  if (parent && parent !== 'null') return parent;
  try {
    const origin = new URL(referrer).origin;
    if (origin !== 'null') return origin;
  } catch {
    // No referrer (or a policy stripped it): fall through.
  }
  return '*';
}

/** The embed id of a page: "/xz/embed/timeline/" → "timeline"; undefined outside /embed/. */
export function embedIdFromPath(pathname: string, base: string): string | undefined {
  const withinBase = pathname.startsWith(base)
    ? pathname.slice(base.length - (base.endsWith('/') ? 1 : 0))
    : pathname;
  const match = /^\/embed\/([a-z0-9][a-z0-9-]{0,39})\/?$/.exec(withinBase);
  return match?.[1];
}

/**
 * Sends a height only when it changed by a whole pixel, so a frame that settles stops talking
 * and the host never resizes for sub-pixel jitter.
 */
export function createHeightReporter(
  id: string,
  send: (message: HeightMessage) => void,
): (height: number) => void {
  let last = 0;
  return (height) => {
    if (!Number.isFinite(height) || height <= 0) return;
    const message = heightMessage(id, height);
    if (message.height === last) return;
    last = message.height;
    send(message);
  };
}
