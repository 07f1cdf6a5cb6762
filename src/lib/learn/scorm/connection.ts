/**
 * A training page's link to the LMS: opens the session, lends the progress store a storage
 * backed by cmi.suspend_data (so the learner resumes in any browser the LMS lets them use),
 * and reports location, score and status after every change. Outside an LMS none of this
 * exists and the store keeps using localStorage.
 */
import type { StorageLike } from '../progress-store';
import type { PathScore } from '../score';
import type { FoundApi, ScormVersion } from './find-api';
import { LMS_ELEMENTS, lmsReport, masteryPercent } from './report';
import { LmsSession } from './session';

export class LmsConnection {
  readonly session: LmsSession;
  readonly masteryPercent: number;
  readonly storage: StorageLike;
  #location: string;
  #suspendData: string | null;
  #open: boolean;

  /** Starts the session; `location` is this page relative to the package root ('' if unknown). */
  constructor(found: Pick<FoundApi, 'api' | 'version'>, location: string) {
    const version: ScormVersion = found.version;
    this.session = new LmsSession(found.api, version);
    this.#open = this.session.start();
    const elements = LMS_ELEMENTS[version];
    this.masteryPercent = masteryPercent(version, this.session.get(elements.mastery));
    this.#suspendData = this.session.get(elements.suspendData) || null;
    this.#location = location;
    this.storage = {
      getItem: () => this.#suspendData,
      setItem: (_key, value) => {
        this.#suspendData = value;
      },
      removeItem: () => {
        this.#suspendData = '';
      },
    };
  }

  get open(): boolean {
    return this.#open;
  }

  /** Sends where the learner is, their progress, score and status, then commits. */
  report(score: PathScore): void {
    if (!this.#open) return;
    const values = lmsReport(this.session.version, {
      score,
      masteryPercent: this.masteryPercent,
      location: this.#location,
      suspendData: this.#suspendData ?? '',
    });
    this.session.setAll(values);
    this.session.commit();
  }

  /** Ends the page's part of the session (inside the launch page this is a commit). */
  finish(): void {
    if (!this.#open) return;
    this.#open = false;
    this.session.finish();
  }
}
