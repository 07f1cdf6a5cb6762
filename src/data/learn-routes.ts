/**
 * The essentials route: about 45 minutes for people who decide and operate rather than build
 * (managers, IT staff, procurement). It keeps the discovery, the exposure, the social engineering,
 * attribution, what to do and the lessons; the build trick and the run-time hook (chapters 4–5)
 * are optional depth, and chapter 9 is left to the full route. Most kept questions ask "what
 * would you do in your role?" rather than for a figure. The facilitator guide explains the choice.
 */
import type { RouteDefinition } from '../lib/learn/routes';

export const ESSENTIALS: RouteDefinition = {
  id: 'essentials',
  chapters: {
    '01-the-half-second': ['01-login-timing', '01-myth-timing-logins', '01-role-slow-logins'],
    '02-what-was-at-stake': ['02-who-shipped', '02-myth-every-ssh-server', '02-role-supplier-scan'],
    '03-the-long-con': ['03-sock-puppets', '03-role-pressure-mails'],
    '06-who-did-it': ['06-record-or-inference', '06-myth-jia-tan-nationality', '06-role-statement'],
    '07-what-to-do': ['07-ldd-check', '07-role-sid-workstation', '07-role-fedora-40'],
    '08-lessons': [
      '08-myth-open-source-less-safe',
      '08-role-approve-dependency',
      '08-role-maintainer-support',
    ],
  },
  optional: ['04-the-tarball-trick', '05-the-backdoor-at-run-time'],
  // The spot-the-backdoor exercises read code; they stay open as extras.
  exercises: [],
};

/** Why each kept chapter is on the essentials route, for the facilitator guide. */
export const ESSENTIALS_REASONS: Record<string, string> = {
  '01-the-half-second': 'one person took a small anomaly seriously and reported it privately',
  '02-what-was-at-stake': 'who was exposed, and what a scan or a CVSS figure does not tell you',
  '03-the-long-con': 'the pressure pattern anyone who grants access must recognise',
  '06-who-did-it': 'how to answer "who was it?" without guessing',
  '07-what-to-do': 'the checks IT runs on Monday morning',
  '08-lessons': 'what to ask before approving or funding a dependency',
};
