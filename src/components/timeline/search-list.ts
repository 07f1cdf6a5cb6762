/**
 * The matches listed under the search box: whole titles and dates as buttons that open the
 * event. Drawn from a SearchResults (src/lib/timeline/search-results.ts); holds no state.
 */
import type { SearchResults } from '../../lib/timeline/search-results';

export class SearchList {
  constructor(
    private readonly list: HTMLElement,
    private readonly summary: HTMLElement,
    onPick: (id: string) => void,
  ) {
    list.addEventListener('click', (event) => {
      const id = (event.target as Element).closest<HTMLElement>('[data-event]')?.dataset.event;
      if (id) onPick(id);
    });
  }

  show({ results, more, summary }: SearchResults): void {
    this.summary.textContent = summary;
    const items = results.map((result) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tl-search-result';
      button.dataset.event = result.id;
      const title = document.createElement('span');
      title.textContent = result.title;
      const date = document.createElement('span');
      date.className = 'tl-search-date';
      date.textContent = result.date;
      button.append(title, date);
      item.append(button);
      return item;
    });
    if (more > 0) {
      const rest = document.createElement('li');
      rest.className = 'tl-search-more';
      rest.textContent = `and ${more} more on the chart`;
      items.push(rest);
    }
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
  }
}
