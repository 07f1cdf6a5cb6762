/**
 * The one progress store of a page, shared by every training-path widget on it. On the open
 * web it lives in localStorage and keeps in step with other tabs through the `storage` event;
 * inside a learning platform it lives in the LMS (cmi.suspend_data) instead.
 */
import { ProgressStore } from '../../lib/learn/progress-store';
import { type Catalogue, scorePath } from '../../lib/learn/score';
import { lmsConnection } from './lms-client';

let store: ProgressStore | undefined;
let reporting = false;

export function progressStore(): ProgressStore {
  if (!store) {
    const lms = lmsConnection();
    const created = new ProgressStore(() => lms?.storage ?? window.localStorage);
    if (!lms)
      window.addEventListener('storage', (event) => created.receive(event.key, event.newValue));
    store = created;
  }
  return store;
}

/** Inside an LMS, reports the score against `catalogue` now and after every change. */
export function reportToLms(catalogue: Catalogue): void {
  const lms = lmsConnection();
  if (!lms || reporting) return;
  reporting = true;
  const current = progressStore();
  lms.report(scorePath(catalogue, current.progress));
  current.subscribe((progress) => lms.report(scorePath(catalogue, progress)));
}
