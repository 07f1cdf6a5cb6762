/**
 * The Content-Security-Policy hash of an inline script, as Astro.csp.insertScriptHash takes it
 * ("sha256-…", without the quotes a policy writes around it). Web Crypto, so it runs anywhere.
 */
export async function cspScriptHash(code: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
