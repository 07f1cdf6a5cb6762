/**
 * The page's LMS connection, if it runs inside a learning platform (a SCORM package's launch
 * page or the LMS's own frame); null on the open web. Found once per page, finished when the
 * page goes away.
 */
import { LmsConnection } from '../../lib/learn/scorm/connection';
import { findLmsApi, type WindowLike } from '../../lib/learn/scorm/find-api';
import { locationInPackage } from '../../lib/learn/scorm/report';

let connection: LmsConnection | null | undefined;

export function lmsConnection(): LmsConnection | null {
  if (connection !== undefined) return connection;
  const found = findLmsApi(window as unknown as WindowLike);
  if (!found) return (connection = null);
  // The package root is the folder of the launch page, which holds the API inside a package.
  let root: string;
  try {
    root = (found.owner as unknown as Window).location.pathname;
  } catch {
    root = '';
  }
  const here = location.pathname + location.hash;
  const opened = new LmsConnection(found, root ? locationInPackage(here, root) : '');
  connection = opened.open ? opened : null;
  if (connection) {
    addEventListener('pagehide', () => opened.finish());
    // Sentences about where progress is kept have an LMS version (data-lms-text).
    for (const element of document.querySelectorAll<HTMLElement>('[data-lms-text]'))
      element.textContent = element.dataset.lmsText ?? element.textContent;
  }
  return connection;
}
