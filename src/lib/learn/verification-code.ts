/**
 * The certificate's verification code: the first 40 bits of a SHA-256 digest (Web Crypto) of the
 * name, the day and the score, written as eight Crockford base-32 characters, XXXX-XXXX, which
 * read aloud without confusion (no I, L, O or U). A trainer types the four fields into the check
 * page and learns whether they belong together. It is a checksum, not a signature: anyone with
 * this page can make a code for any name and score, so it shows only that the printed fields were
 * not changed after the code was made.
 */
import { cleanName } from './certificate';

/** Changing how the canonical text is built would break every printed code: bump this instead. */
const SCHEME = 'xz-learn-certificate-v1';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;

export interface CertificateFields {
  name: string;
  /** The day in ISO form, YYYY-MM-DD. */
  day: string;
  /** The overall score, a whole percentage. */
  percent: number;
}

/** The part of Web Crypto the code needs; absent on plain-http pages, where browsers hide it. */
export type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

/** The browser's or Node's SHA-256, or undefined where Web Crypto is not offered. */
export function webCryptoDigest(): Digest | undefined {
  const subtle = globalThis.crypto?.subtle;
  return subtle ? (data) => subtle.digest('SHA-256', data) : undefined;
}

/** A name as the code sees it: spaces tidied, composed characters, case ignored. */
const nameKey = (name: string) => cleanName(name).normalize('NFC').toLocaleLowerCase('en');

/** One line per field, so no choice of name can imitate another name-and-date pair. */
export function canonicalText({ name, day, percent }: CertificateFields): string {
  return [SCHEME, nameKey(name), day, String(percent)].join('\n');
}

/** "7K3M-Q9XA" for the fields. */
export async function verificationCode(fields: CertificateFields, digest: Digest): Promise<string> {
  const bytes = new Uint8Array(await digest(new TextEncoder().encode(canonicalText(fields))));
  let bits = 0n;
  for (const byte of bytes.subarray(0, (CODE_LENGTH * 5) / 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let index = CODE_LENGTH - 1; index >= 0; index -= 1)
    code += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
