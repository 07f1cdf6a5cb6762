/** Text or binary, SHA-256 and m4 serial lines: the per-file facts the report shows. */

const SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Binary as git and diff decide it: a NUL byte near the start, or bytes that are not UTF-8.
 * Latin-1 text counts as binary here, which only costs it the line diff.
 */
export function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  try {
    // A multi-byte character cut at the sniff boundary is not an error: decode in stream mode.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return false;
  } catch {
    return true;
  }
}

export function textOf(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The `# serial N …` line aclocal uses to pick the newest copy of a macro file. A doctored copy
 * often carries a higher serial so that it wins; xz 5.6.1's build-to-host.m4 said "serial 30"
 * where gnulib's copy said "serial 3".
 */
export function m4SerialLine(bytes: Uint8Array): string | null {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096));
  const match = /^[ \t]*(?:#|dnl)[^\n]*?\bserial[ \t]+\d[^\n]*$/m.exec(text);
  return match ? match[0].trim() : null;
}

/** Under a folder whose name says it holds tests or test data. */
export function isUnderTestFolder(path: string): boolean {
  const folders = path.split('/').slice(0, -1);
  return folders.some((folder) =>
    /^(tests?|test-?data|testsuite|fixtures?|__tests__|spec)$/i.test(folder),
  );
}
