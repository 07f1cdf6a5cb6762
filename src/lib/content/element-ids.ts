/**
 * Page-unique element ids for components that can appear many times on a page (a term used
 * twice in one chapter needs two popover ids). The counter only grows during a build, so ids
 * never repeat on a page and the same build always yields the same ids.
 */
let issued = 0;

export function uniqueElementId(prefix: string): string {
  issued += 1;
  return `${prefix}-${issued}`;
}
