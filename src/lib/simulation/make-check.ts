/**
 * `make check`, reduced to the two tests that touch what the attack touched. Both run for real
 * on our bytes: CRC check values (the backdoor never changes CRC results) and the carrier files
 * judged as the test suite judges test files (good-* must decode, bad-* must fail).
 */
import { BAD_XZ, GOOD_LARGE } from './constants.ts';
import type { RunContext } from './context.ts';
import { crc32, crc64Hex } from './transforms/crc.ts';
import { xzDecompressCached } from './transforms/decompress.ts';

export function runMakeCheck(ctx: RunContext): { lines: string[]; passed: boolean } {
  const probe = new TextEncoder().encode('123456789');
  const crcOk = crc32(probe) === 0xcbf43926 && crc64Hex(probe) === '995dc9bbdf1939fa';
  const results: Array<[string, boolean, string]> = [
    ['test_check', crcOk, 'CRC32 and CRC64 of "123456789" are cbf43926 and 995dc9bbdf1939fa'],
  ];
  if (ctx.carriers) {
    const goodDecodes = xzDecompressCached(ctx.carriers.goodLarge).error === null;
    const badFails = xzDecompressCached(ctx.carriers.badXz).error !== null;
    results.push([
      'test_files.sh',
      goodDecodes && badFails,
      `${GOOD_LARGE} decodes; ${BAD_XZ} is rejected as corrupt, as a bad-* file must be`,
    ]);
  } else {
    results.push(['test_files.sh', true, 'the remaining test files decode as expected']);
  }
  const passedCount = results.filter(([, ok]) => ok).length;
  return {
    lines: [
      ...results.map(([name, ok, why]) => `${ok ? 'PASS' : 'FAIL'}: ${name}   (${why})`),
      `# TOTAL: ${results.length}  (the tests this simulation models)`,
      `# PASS:  ${passedCount}`,
      `# FAIL:  ${results.length - passedCount}`,
    ],
    passed: passedCount === results.length,
  };
}
