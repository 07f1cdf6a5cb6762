import { describe, expect, it } from 'vitest';

import {
  AttemptLog,
  describeAttempt,
  describeSlowdown,
  formatSeconds,
  FREUND_MAIL,
  MEASUREMENTS,
  slowdown,
} from '../../../../src/lib/story/login-timing';

describe('the measurements', () => {
  it('are exactly the figures in Freund’s oss-security mail', () => {
    expect(MEASUREMENTS['failed-login'].seconds).toEqual({ healthy: 0.299, backdoored: 0.807 });
    expect(MEASUREMENTS['sshd-help'].seconds).toEqual({ healthy: 0.01, backdoored: 0.5 });
    expect(MEASUREMENTS['sshd-help'].approximate).toBe(true);
    expect(FREUND_MAIL.url).toBe('https://www.openwall.com/lists/oss-security/2024/03/29/4');
  });
});

describe('formatSeconds', () => {
  it('prints seconds as measured, with ≈ for approximate figures', () => {
    expect(formatSeconds(0.299)).toBe('0.299 s');
    expect(formatSeconds(0.5, true)).toBe('≈ 0.5 s');
  });
});

describe('slowdown', () => {
  it('works out the extra time and the ratio for the failing login', () => {
    expect(slowdown('failed-login')).toEqual({ extraSeconds: 0.508, ratio: 2.7 });
  });

  it('rounds coarsely when the inputs are approximate', () => {
    expect(slowdown('sshd-help')).toEqual({ extraSeconds: 0.5, ratio: 50 });
  });
});

describe('the announcements', () => {
  it('tell a screen-reader user the outcome and the time of one attempt', () => {
    expect(describeAttempt('failed-login', 'healthy')).toBe(
      'Login refused after 0.299 s on the healthy server.',
    );
    expect(describeAttempt('sshd-help', 'backdoored')).toBe(
      'Usage printed after ≈ 0.5 s on the backdoored server.',
    );
  });

  it('compare the two servers in words', () => {
    expect(describeSlowdown('failed-login')).toBe(
      'The backdoored server took 0.508 s longer: 2.7 times as long.',
    );
    expect(describeSlowdown('sshd-help')).toBe(
      'The backdoored server took about 0.5 s longer: about 50 times as long.',
    );
  });
});

describe('AttemptLog', () => {
  it('knows when a reader has tried both servers for the same measurement only', () => {
    const log = new AttemptLog();
    log.record('failed-login', 'healthy');
    log.record('sshd-help', 'backdoored');
    expect(log.hasTriedBoth('failed-login')).toBe(false);
    log.record('failed-login', 'backdoored');
    expect(log.hasTriedBoth('failed-login')).toBe(true);
    expect(log.hasTriedBoth('sshd-help')).toBe(false);
  });
});
