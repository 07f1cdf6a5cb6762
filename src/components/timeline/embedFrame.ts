/**
 * Inside an embed iframe: tell the host page our height whenever it changes. Only a number
 * leaves the frame; the host's snippet checks our origin and that the message came from its
 * own iframe before it resizes anything.
 */
import { RESIZE_MESSAGE } from '../../lib/timeline/embed';

export function postHeightToParent(): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  post();
  return () => observer.disconnect();
}
