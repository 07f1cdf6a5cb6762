import { describe, expect, it } from 'vitest';

import { findLmsApi, type WindowLike } from '../../../../../src/lib/learn/scorm/find-api';
import { fakeLms } from './fake-lms';

/** A chain of windows, the last one topmost: frames[0].parent === frames[1] … */
function frames(count: number): WindowLike[] {
  const chain: WindowLike[] = Array.from({ length: count }, () => ({}));
  chain.forEach((win, index) => {
    win.parent = chain[index + 1] ?? win;
  });
  return chain;
}

describe('finding the LMS API', () => {
  it('finds a SCORM 1.2 API two parents up', () => {
    const chain = frames(3);
    const lms = fakeLms('1.2');
    chain[2]!.API = lms.api;
    const found = findLmsApi(chain[0]!);
    expect(found?.version).toBe('1.2');
    expect(found?.api).toBe(lms.api);
    expect(found?.owner).toBe(chain[2]);
  });

  it('finds a SCORM 2004 API on the opener when no parent has one', () => {
    const [popup] = frames(1);
    const [opener] = frames(1);
    opener!.API_1484_11 = fakeLms('2004').api;
    popup!.opener = opener;
    expect(findLmsApi(popup!)?.version).toBe('2004');
  });

  it('takes the nearest API, and prefers the requested version on one window', () => {
    const chain = frames(2);
    chain[0]!.API = fakeLms('1.2').api;
    chain[0]!.API_1484_11 = fakeLms('2004').api;
    chain[1]!.API_1484_11 = fakeLms('2004').api;
    expect(findLmsApi(chain[0]!)?.version).toBe('2004');
    expect(findLmsApi(chain[0]!, '1.2')?.version).toBe('1.2');
    expect(findLmsApi(chain[0]!)?.owner).toBe(chain[0]);
  });

  it('returns null on the open web, for look-alike objects and past cross-origin frames', () => {
    const chain = frames(2);
    chain[0]!.API = { LMSInitialize: 'not a function' };
    const crossOrigin = {} as WindowLike;
    Object.defineProperty(crossOrigin, 'API', {
      get() {
        throw new Error('SecurityError');
      },
    });
    chain[1]!.parent = crossOrigin;
    expect(findLmsApi(chain[0]!)).toBeNull();
  });

  it('stops on a parent chain that loops instead of hanging', () => {
    const a: WindowLike = {};
    const b: WindowLike = { parent: a };
    a.parent = b;
    expect(findLmsApi(a)).toBeNull();
  });
});
