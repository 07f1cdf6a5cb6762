/**
 * The live link between the deck and the speaker view: a BroadcastChannel scoped to the site's
 * base path, with every incoming message validated (src/lib/present/sync.ts). Where the browser
 * has no BroadcastChannel, or refuses one, the link is simply unavailable and says so.
 */
import {
  channelName,
  helloMessage,
  parseSyncMessage,
  type StateMessage,
  type SyncRole,
} from '../../../lib/present/sync';

export interface LinkHandlers {
  onState: (message: StateMessage) => void;
  onHello: () => void;
  /** The other window runs another build of the deck. */
  onMismatch: () => void;
}

export class PresenterLink {
  #channel: BroadcastChannel | null = null;
  #role: SyncRole;
  #total: number;

  constructor(base: string, role: SyncRole, total: number, handlers: LinkHandlers) {
    this.#role = role;
    this.#total = total;
    if (typeof BroadcastChannel !== 'function') return;
    try {
      this.#channel = new BroadcastChannel(channelName(base));
    } catch {
      // Some sandboxed frames and privacy modes refuse channels: the windows then run apart.
      return;
    }
    this.#channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = parseSyncMessage(event.data, this.#total);
      if (!parsed.ok) {
        if (parsed.reason === 'mismatch') handlers.onMismatch();
        return;
      }
      if (parsed.message.from === this.#role) return; // a second copy of this window: not ours to follow
      if (parsed.message.type === 'hello') handlers.onHello();
      else handlers.onState(parsed.message);
    });
  }

  /** False where the browser cannot link windows. */
  get available(): boolean {
    return this.#channel !== null;
  }

  send(message: StateMessage): void {
    this.#post(message);
  }

  sendHello(): void {
    this.#post(helloMessage(this.#role, this.#total));
  }

  /** Stops listening: the window's element has left the page. */
  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }

  #post(message: unknown): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the page is being unloaded) has nobody left to tell.
    }
  }
}
