/**
 * The one progress store of a page, shared by every training-path widget on it and kept in
 * step with other tabs through the `storage` event.
 */
import { ProgressStore } from '../../lib/learn/progress-store';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (!store) {
    const created = new ProgressStore(() => window.localStorage);
    window.addEventListener('storage', (event) => created.receive(event.key, event.newValue));
    store = created;
  }
  return store;
}
