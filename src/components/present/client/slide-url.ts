/** Keeps `?slide=n` in the address bar in step with the slide on screen. */
import {
  parseSlideParam,
  SLIDE_PARAM,
  type SlidePosition,
  slideSearch,
} from '../../../lib/present/slide-param';

/** The slide the address asks for, with a message when it names none. */
export function readSlideFromUrl(total: number): SlidePosition {
  return parseSlideParam(new URLSearchParams(location.search).get(SLIDE_PARAM), total);
}

/**
 * Writes the slide into the address with replaceState, not pushState: a talk must not leave one
 * history entry per slide. The browser's Back button (and a clicker mapped to it) then leaves
 * the deck in one step instead of stepping back through forty slides, while a reload or a
 * restored crashed tab still lands on the current slide because the address always names it.
 */
export function writeSlideToUrl(index: number): void {
  const search = slideSearch(location.search, index);
  if (search === location.search) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  } catch {
    // Some embedded contexts forbid history changes; the deck works without them.
  }
}

/** Points a link to the other presenter window at the same slide (0-based index). */
export function linkToSlide(link: HTMLAnchorElement, index: number): void {
  const url = new URL(link.href);
  url.searchParams.set(SLIDE_PARAM, String(index + 1));
  link.href = url.href;
}
