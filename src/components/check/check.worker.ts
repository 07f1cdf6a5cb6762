/**
 * The release check off the main thread: unpacking two 50 MB archives and hashing their files
 * takes seconds, and the tab must stay usable meanwhile. The page posts the picked File objects
 * (never their bytes over the network: they stay in this browser) and gets back the report.
 * The git side is read by a second worker at the same time, when the page could start one.
 */
import { readListing } from '../../lib/check/archive/listing';
import { compareRelease } from '../../lib/check/compare';
import { diffRListing, plainTextReport } from '../../lib/check/report-text';
import type { CheckSideInput } from '../../lib/check/types';
import type { CheckReply, CheckRequest, SideReply } from './check-messages';
import { failureMessage, readPicked } from './read-picked';

let sideReader: MessagePort | null = null;

class SideReadError extends Error {}

/** The git archive through the side reader, or here when there is none. */
function readElsewhere(id: number, file: File): Promise<CheckSideInput> {
  const port = sideReader;
  if (!port) return readPicked(file);
  return new Promise((resolve, reject) => {
    const onReply = (event: MessageEvent<SideReply>) => {
      if (event.data.id !== id) return;
      port.removeEventListener('message', onReply);
      if ('side' in event.data) resolve(event.data.side);
      else reject(new SideReadError(event.data.error));
    };
    port.addEventListener('message', onReply);
    port.postMessage({ id, file });
  });
}

async function check({ id, tarball, git }: CheckRequest) {
  const say = (reply: CheckReply) => postMessage(reply);
  try {
    say({
      id,
      progress:
        git.kind === 'listing'
          ? `Reading ${tarball.name}…`
          : `Reading ${tarball.name} and ${git.file.name}…`,
    });
    // Both reads start before either is awaited: two archives, two threads.
    const gitRead = git.kind === 'archive' ? readElsewhere(id, git.file) : null;
    gitRead?.catch(() => {}); // awaited below; a tarball failure must not leave it unhandled
    const tarballSide = await readPicked(tarball);
    const gitSide = git.kind === 'listing' ? readListing(git.text) : await gitRead!;
    say({ id, progress: 'Comparing…' });
    const report = await compareRelease(tarballSide, gitSide);
    say({ id, report, text: plainTextReport(report), listing: diffRListing(report) });
  } catch (error) {
    say({ id, error: error instanceof SideReadError ? error.message : failureMessage(error) });
  }
}

addEventListener('message', (event: MessageEvent<CheckRequest | { port: MessagePort | null }>) => {
  if ('port' in event.data) {
    sideReader = event.data.port;
    sideReader?.start();
  } else void check(event.data);
});
