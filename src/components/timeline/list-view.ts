/**
 * The server-rendered list of every event: the no-JavaScript timeline, the print version and
 * a screen-reader-friendly alternative. With the chart live it is hidden visually only, it
 * follows the filters, and "Show as list" brings it back on screen.
 */
export class ListView {
  private readonly items: { element: HTMLElement; id: string }[];
  private readonly years: HTMLElement[];

  constructor(private readonly root: HTMLElement) {
    this.items = [...root.querySelectorAll<HTMLElement>('.tl-items > li')].map((element) => ({
      element,
      id: listItemEventId(element),
    }));
    this.years = [...root.querySelectorAll<HTMLElement>('[data-year]')];
  }

  /** Shows only these events (null: all), and hides years left empty. */
  filter(visible: ReadonlySet<string> | null): void {
    for (const { element, id } of this.items) element.hidden = visible !== null && !visible.has(id);
    for (const year of this.years)
      year.hidden = !year.querySelector('.tl-items > li:not([hidden])');
  }

  /** On screen (list mode, or no chart) or only for assistive technology and print. */
  setOnScreen(onScreen: boolean): void {
    this.root.classList.toggle('tl-list-onscreen', onScreen);
  }

  /** "Show as list": the list takes the chart's place (and the zoom buttons go with the chart). */
  toggleListMode(button: HTMLButtonElement, chartParts: readonly HTMLElement[]): void {
    const listMode = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(listMode));
    for (const part of chartParts) part.hidden = listMode;
    this.setOnScreen(listMode);
  }
}

/** A list item's event: the last path segment of its link (/events/<id>/). */
function listItemEventId(item: Element): string {
  const href = item.querySelector('a')?.getAttribute('href') ?? '';
  return href.split('/').filter(Boolean).pop() ?? '';
}
