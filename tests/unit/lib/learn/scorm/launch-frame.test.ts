import { describe, expect, it } from 'vitest';

import { firstPage, forwardingApi } from '../../../../../src/lib/learn/scorm/launch-frame';
import { LmsSession } from '../../../../../src/lib/learn/scorm/session';
import { fakeLms } from './fake-lms';

describe('the launch page’s forwarding API', () => {
  it('lets page after page start and finish while the LMS sees one session', () => {
    const lms = fakeLms('1.2');
    const launch = new LmsSession(lms.api, '1.2');
    launch.start();
    const forwarding = forwardingApi(lms.api, '1.2');
    for (const page of ['learn/index.html', 'learn/c1/index.html']) {
      const session = new LmsSession(forwarding.api, '1.2');
      expect(session.start()).toBe(true);
      expect(session.set('cmi.core.lesson_location', page)).toBe(true);
      expect(session.finish()).toBe(true);
    }
    expect(lms.values.get('cmi.core.lesson_location')).toBe('learn/c1/index.html');
    expect(lms.calls.filter((call) => call === 'LMSInitialize')).toHaveLength(1);
    expect(lms.calls).not.toContain('LMSFinish');
    expect(lms.errors).toEqual([]);
  });

  it('answers quietly once closed, so a frame leaving after its parent causes no LMS error', () => {
    const lms = fakeLms('2004');
    const launch = new LmsSession(lms.api, '2004');
    launch.start();
    const forwarding = forwardingApi(lms.api, '2004');
    launch.finish();
    forwarding.close();
    const late = new LmsSession(forwarding.api, '2004');
    expect(late.set('cmi.location', 'x.html')).toBe(true);
    expect(late.finish()).toBe(true);
    expect(late.errors).toEqual([]);
    expect(lms.errors).toEqual([]);
  });
});

describe('the first page the launch page opens', () => {
  it('is the stored resume point when it is a page of the package', () => {
    expect(firstPage('learn/c1/index.html#q2', 'learn/index.html')).toBe('learn/c1/index.html#q2');
  });

  it('is the start page for an empty, outside or odd resume point', () => {
    for (const stored of [
      '',
      'https://evil.example/x.html',
      '../x.html',
      'learn/../../x.html',
      'javascript:alert(1)',
      '//host/x.html',
    ])
      expect(firstPage(stored, 'learn/index.html')).toBe('learn/index.html');
  });
});
