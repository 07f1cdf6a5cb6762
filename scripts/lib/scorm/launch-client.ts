/**
 * The script of the package's launch page (bundled by `npm run pack:scorm`, runs in the LMS's
 * frame). It opens the LMS session once, offers the training pages in its frame a forwarding
 * API (launch-frame.ts), opens the page the learner stopped at, and finishes the session when
 * the learner leaves. Without an LMS it simply shows the path, which then saves in the browser.
 */
import {
  findLmsApi,
  type ScormVersion,
  type WindowLike,
} from '../../../src/lib/learn/scorm/find-api.ts';
import { firstPage, forwardingApi } from '../../../src/lib/learn/scorm/launch-frame.ts';
import { LMS_ELEMENTS } from '../../../src/lib/learn/scorm/report.ts';
import { LmsSession } from '../../../src/lib/learn/scorm/session.ts';

const root = document.documentElement;
const version: ScormVersion = root.dataset.scormVersion === '2004' ? '2004' : '1.2';
const start = root.dataset.start ?? 'learn/index.html';
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-training]')!;
const status = document.querySelector<HTMLElement>('[data-lms-status]')!;
const found = findLmsApi(window as unknown as WindowLike, version);

if (!found) {
  status.textContent =
    'No learning platform found: progress is saved in this browser only, as on the public site.';
  frame.src = start;
} else {
  const session = new LmsSession(found.api, found.version);
  const started = session.start();
  const stored = started ? session.get(LMS_ELEMENTS[found.version].location) : '';
  const forwarding = forwardingApi(found.api, found.version);
  (window as unknown as Record<string, unknown>)[found.version === '2004' ? 'API_1484_11' : 'API'] =
    forwarding.api;
  status.textContent = started
    ? ''
    : 'The learning platform did not start a session: your progress may not be recorded.';
  frame.src = firstPage(stored, start);
  let finished = false;
  addEventListener('pagehide', () => {
    if (finished || !started) return;
    finished = true;
    session.commit();
    session.finish();
    forwarding.close();
  });
}
