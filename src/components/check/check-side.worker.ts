/**
 * The second reader: while the check worker unpacks the release tarball, this worker unpacks
 * the git tag's archive, so the two decompressions run side by side. It talks only to the check
 * worker, through the port the page hands both at start-up (nothing passes the page's thread).
 */
import type { SideReply, SideRequest } from './check-messages';
import { buffersOf, failureMessage, readPicked } from './read-picked';

addEventListener('message', (event: MessageEvent<{ port: MessagePort }>) => {
  const { port } = event.data;
  port.addEventListener('message', async (message: MessageEvent<SideRequest>) => {
    const { id, file } = message.data;
    try {
      const side = await readPicked(file);
      port.postMessage({ id, side } satisfies SideReply, buffersOf(side));
    } catch (error) {
      port.postMessage({ id, error: failureMessage(error) } satisfies SideReply);
    }
  });
  port.start();
});
