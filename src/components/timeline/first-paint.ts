/**
 * Runs inline before the timeline is painted: marks the page as scripted, so the chart drawn at
 * build time shows at first paint and the list steps aside, with no shift when the module
 * script takes over. Without JavaScript the class never appears and only the list shows. A
 * constant, so the page's CSP allows it by one hash (cspScriptHash in the pages that use it).
 */
export const TIMELINE_FIRST_PAINT = "document.documentElement.classList.add('tl-js');";

/**
 * Runs inline right after the <template> that holds the filter form, which Timeline.astro places
 * after the chart so the parser meets the chart's first mark early; it moves the form into the
 * Filters panel while the page is still being parsed. Without JavaScript the toolbar is hidden
 * and the template stays inert.
 */
export const TIMELINE_FILTER_FORM =
  "(function(){var t=document.currentScript.previousElementSibling;t.closest('xz-timeline').querySelector('.tl-filter-panel').append(t.content);t.remove()})();";

/** Every inline script of the timeline's pages: each page adds their hashes to its CSP. */
export const TIMELINE_INLINE_SCRIPTS = [TIMELINE_FIRST_PAINT, TIMELINE_FILTER_FORM];
