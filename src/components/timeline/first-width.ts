/**
 * The element's width (its clientWidth) once the browser has laid the page out anyway: read in
 * a ResizeObserver's first report, it costs no layout of its own, where reading clientWidth
 * during start-up would force one (the page's first, the longest) into the timeline's task.
 */
export function firstWidth(element: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve(element.clientWidth);
    });
    observer.observe(element);
  });
}
