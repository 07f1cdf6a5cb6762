/**
 * The one progress store of a page, shared by every training-path widget on it. On the open
 * web it lives in localStorage and keeps in step with other tabs through the `storage` event;
 * inside a learning platform it lives in the LMS (cmi.suspend_data) instead.
 */
import { ProgressStore } from '../../lib/learn/progress-store';
import { scoreOnRoute } from '../../lib/learn/routes';
import type { Catalogue } from '../../lib/learn/score';
import { lmsConnection } from './lms-client';

let store: ProgressStore | undefined;
let reporting = false;
let following = false;

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

/**
 * Marks the page with the learner's route (html[data-learn-route]), now and after every change,
 * so text written for one route ([data-show-on]) shows only on it. Without JavaScript the full
 * route's text shows.
 */
export function followRoute(): void {
  if (following) return;
  following = true;
  const current = progressStore();
  const mark = (route: string) => document.documentElement.setAttribute('data-learn-route', route);
  mark(current.progress.route);
  current.subscribe((progress) => mark(progress.route));
}

/** Inside an LMS, reports the score on the chosen route now and after every change. */
export function reportToLms(catalogue: Catalogue): void {
  const lms = lmsConnection();
  if (!lms || reporting) return;
  reporting = true;
  const current = progressStore();
  lms.report(scoreOnRoute(catalogue, current.progress));
  current.subscribe((progress) => lms.report(scoreOnRoute(catalogue, progress)));
}
