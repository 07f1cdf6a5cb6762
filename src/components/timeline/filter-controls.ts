/**
 * The filter form (server-rendered checkboxes and a search box) as a FilterState, both ways:
 * reading what the reader ticked and showing a state that came from the URL.
 */
import type { Certainty, Lane } from '../../lib/content/vocabulary';
import { activeFilterCount, type FilterState, NO_FILTERS } from '../../lib/timeline/filters';
import { must } from './dom';

type Group = 'lanes' | 'actors' | 'tags' | 'certainties';
const GROUPS: Group[] = ['lanes', 'actors', 'tags', 'certainties'];
const SEARCH_DELAY_MS = 150;

export class FilterControls {
  private readonly search: HTMLInputElement;
  private readonly badge: HTMLElement;
  private timer = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (state: FilterState) => void,
    /** Enter in the search box, once the filters are applied: open the first match. */
    private readonly onSubmit: () => void = () => {},
  ) {
    this.search = must(root, 'input[type="search"]');
    this.badge = must(root, '.tl-filter-count');
    root.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.changed();
    });
    this.search.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.changed(), SEARCH_DELAY_MS);
    });
    // Enter in the search box must not submit anything or reload the page.
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        clearTimeout(this.timer);
        this.changed();
        this.onSubmit();
      }
    });
    must(root, '[data-action="clear"]').addEventListener('click', () => {
      this.write(NO_FILTERS);
      this.changed();
    });
  }

  read(): FilterState {
    const ticked = (group: Group) =>
      [
        ...this.root.querySelectorAll<HTMLInputElement>(
          `input[type="checkbox"][name="${group}"]:checked`,
        ),
      ].map((input) => input.value);
    return {
      lanes: ticked('lanes') as Lane[],
      actors: ticked('actors'),
      tags: ticked('tags'),
      certainties: ticked('certainties') as Certainty[],
      query: this.search.value,
    };
  }

  write(state: FilterState): void {
    for (const group of GROUPS) {
      const wanted = new Set<string>(state[group]);
      for (const input of this.root.querySelectorAll<HTMLInputElement>(
        `input[type="checkbox"][name="${group}"]`,
      )) {
        input.checked = wanted.has(input.value);
      }
    }
    if (this.search.value !== state.query) this.search.value = state.query;
    this.showCount(state);
  }

  private changed(): void {
    const state = this.read();
    this.showCount(state);
    this.onChange(state);
  }

  private showCount(state: FilterState): void {
    const count = activeFilterCount(state);
    this.badge.textContent = count > 0 ? `(${count} active)` : '';
  }
}
