/**
 * Runs inline before the timeline is painted: marks the page as scripted, so the chart drawn at
 * build time shows at first paint and the list steps aside, with no shift when the module
 * script takes over. Without JavaScript the class never appears and only the list shows. A
 * constant, so the page's CSP allows it by one hash (cspScriptHash in the pages that use it).
 */
export const TIMELINE_FIRST_PAINT = "document.documentElement.classList.add('tl-js');";
