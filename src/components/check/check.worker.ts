/**
 * The release check off the main thread: unpacking two 50 MB archives and hashing their files
 * takes seconds, and the tab must stay usable meanwhile. The page posts the picked File objects
 * (never their bytes over the network: they stay in this browser) and gets back the report.
 */
import { CheckInputError, DEFAULT_LIMITS, mib } from '../../lib/check/archive/limits';
import { readListing } from '../../lib/check/archive/listing';
import { readArchive } from '../../lib/check/archive/read-archive';
import { compareRelease } from '../../lib/check/compare';
import { diffRListing, plainTextReport } from '../../lib/check/report-text';
import type { CheckReply, CheckRequest } from './check-messages';

async function readPicked(file: File) {
  // Refuse before reading: a 2 GB file must not be loaded into memory at all.
  if (file.size > DEFAULT_LIMITS.inputBytes)
    throw new CheckInputError(
      `${file.name} is ${mib(file.size)}, over the ${mib(DEFAULT_LIMITS.inputBytes)} limit`,
    );
  return readArchive(file.name, new Uint8Array(await file.arrayBuffer()));
}

addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  const { id, tarball, git } = event.data;
  const say = (reply: CheckReply) => postMessage(reply);
  try {
    say({ id, progress: `Reading ${tarball.name}…` });
    const tarballSide = await readPicked(tarball);
    say({
      id,
      progress: git.kind === 'listing' ? 'Reading the listing…' : `Reading ${git.file.name}…`,
    });
    const gitSide = git.kind === 'listing' ? readListing(git.text) : await readPicked(git.file);
    say({ id, progress: 'Comparing…' });
    const report = await compareRelease(tarballSide, gitSide);
    say({ id, report, text: plainTextReport(report), listing: diffRListing(report) });
  } catch (error) {
    const message =
      error instanceof CheckInputError
        ? error.message
        : `the check stopped unexpectedly (${error instanceof Error ? error.message : String(error)})`;
    say({ id, error: message });
  }
});
