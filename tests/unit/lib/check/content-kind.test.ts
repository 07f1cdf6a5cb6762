import { describe, expect, it } from 'vitest';

import {
  isBinary,
  isUnderTestFolder,
  m4SerialLine,
  textOf,
} from '../../../../src/lib/check/content-kind.ts';
import { utf8 } from './helpers.ts';

describe('telling text from binary', () => {
  it('calls UTF-8 text text', () => {
    expect(isBinary(utf8('plain text, naïve café\n'))).toBe(false);
  });

  it('calls a file with a NUL byte binary even though NUL is valid UTF-8', () => {
    expect(isBinary(Uint8Array.from([0x41, 0x00, 0x42]))).toBe(true);
  });

  it('calls bytes that are not UTF-8 binary', () => {
    expect(isBinary(Uint8Array.from([0x41, 0xff, 0x42]))).toBe(true);
  });

  it('calls a short file that ends inside a multi-byte character binary', () => {
    expect(isBinary(Uint8Array.from([0x41, 0xc3]))).toBe(true);
  });

  it('calls a long text file text when the sniffed head cuts a multi-byte character in two', () => {
    // 7999 ASCII bytes, then "é" (two bytes) straddling the 8000-byte sniff boundary.
    const long = utf8(`${'a'.repeat(7999)}é and more text`);
    expect(isBinary(long)).toBe(false);
  });

  it('decodes UTF-8 text and gives null for bytes that are not UTF-8', () => {
    expect(textOf(utf8('héllo'))).toBe('héllo');
    expect(textOf(Uint8Array.from([0xc3]))).toBeNull();
  });
});

describe('the m4 serial line', () => {
  it('finds an indented serial line and trims it', () => {
    expect(m4SerialLine(utf8('dnl header\n  # serial 30  \nAC_DEFUN\n'))).toBe('# serial 30');
  });

  it('accepts several spaces or tabs before the number and a dnl comment', () => {
    expect(m4SerialLine(utf8('dnl build-to-host.m4 serial\t 3 (gettext)\n'))).toBe(
      'dnl build-to-host.m4 serial\t 3 (gettext)',
    );
  });

  it('ignores "serial" in code that is not a comment line', () => {
    expect(m4SerialLine(utf8('AC_DEFUN([X]) # serial 9\n'))).toBeNull();
  });
});

describe('test folders', () => {
  it.each([
    'tests/x.bin',
    'src/test/x.bin',
    'testdata/x',
    'test-data/x',
    'fixture/x',
    'a/Fixtures/b/x',
  ])('counts %s as under a test folder', (path) => {
    expect(isUnderTestFolder(path)).toBe(true);
  });

  it.each(['src/tests', 'tests', 'mytests/x.bin', 'tests-old/x.bin', 'src/x.bin'])(
    'does not count %s (the folders, not the file name, decide)',
    (path) => {
      expect(isUnderTestFolder(path)).toBe(false);
    },
  );

  it('looks at every folder of the path, not only the first', () => {
    expect(isUnderTestFolder('src/liblzma/tests/files/x.xz')).toBe(true);
  });
});
