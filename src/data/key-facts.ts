/** What the home page and the printed handout lead with. */

/** The four key facts. */
export const KEY_FACTS = [
  { label: 'Identifier', value: 'CVE-2024-3094' },
  { label: 'Severity', value: 'CVSS 3.1 base score 10.0' },
  { label: 'Poisoned releases', value: 'XZ Utils 5.6.0 and 5.6.1' },
  { label: 'Made public', value: '29 March 2024, 15:51 UTC' },
] as const;

/** The story in two sentences, for the home page hero and the handout. */
export const STORY_IN_BRIEF =
  'For more than two years someone built trust in a small, volunteer-run compression project, took over its releases, and hid a remote backdoor for SSH servers in the build. One engineer noticed that logins had become half a second slower.';
