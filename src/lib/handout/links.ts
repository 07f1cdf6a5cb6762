/** The places the handout's QR codes lead to, as paths inside the site. */
export const QR_TARGETS = [
  { path: '/', label: 'The whole story' },
  { path: '/timeline/', label: 'Timeline with sources' },
  { path: '/simulation/', label: 'Build simulation' },
  { path: '/check/', label: 'Check a release' },
] as const;

/** The address as printed under a QR code: without the scheme, which nobody types. */
export function printedUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
