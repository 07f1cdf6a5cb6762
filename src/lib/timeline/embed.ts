/**
 * The embed snippet: an iframe plus a tiny script that lets the frame set its own height.
 * The frame posts only its height; the host page accepts it only from our origin and only
 * from that very iframe.
 */
export const RESIZE_MESSAGE = 'xz-timeline:height';

export interface EmbedOptions {
  /** Absolute URL of the embed page, e.g. https://example.org/embed/timeline/?event=… */
  src: string;
  title: string;
  /** Starting height in px, used until the first message arrives. */
  height?: number;
}

export function embedSnippet({ src, title, height = 720 }: EmbedOptions): string {
  const url = new URL(src);
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const iframe = `<iframe src="${attr(url.href)}" title="${attr(title)}" loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`;
  const script =
    `<script>(function(f){addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(url.origin)}||e.source!==f.contentWindow)return;` +
    `var d=e.data;if(d&&d.type===${JSON.stringify(RESIZE_MESSAGE)}&&d.height>0&&d.height<2e4)f.style.height=Math.ceil(d.height)+"px"` +
    `})})(document.currentScript.previousElementSibling)</script>`;
  return `${iframe}\n${script}`;
}

/** Is this a well-formed height message? (The frame side builds exactly this shape.) */
export function isResizeMessage(data: unknown): data is { type: string; height: number } {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as { type?: unknown; height?: unknown };
  return type === RESIZE_MESSAGE && typeof height === 'number' && height > 0 && height < 20_000;
}
