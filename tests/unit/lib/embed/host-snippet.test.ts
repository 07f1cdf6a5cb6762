import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  EMBED_ATTRIBUTE,
  embedIframe,
  embedSnippet,
  HOST_RESIZE_CODE,
  HOST_RESIZE_SCRIPT,
} from '../../../../src/lib/embed/host-snippet';
import { HEIGHT_MESSAGE_TYPE, readHeightMessage } from '../../../../src/lib/embed/messages';
import { cspScriptHash } from '../../../../src/lib/site/csp-hash';

const SITE = 'https://xz.example';

type Frame = {
  src: string;
  contentWindow: object;
  style: { height: string };
  getAttribute: (name: string) => string | null;
};

/** Runs the exact script text a blogger pastes, in a fake host page with the given frames. */
function hostPage(frames: { id: string; src?: string }[]) {
  const listeners: ((event: unknown) => void)[] = [];
  const made: Frame[] = frames.map(({ id, src = `${SITE}/embed/${id}/` }) => ({
    src,
    contentWindow: {},
    style: { height: '720px' },
    getAttribute: (name: string) => (name === EMBED_ATTRIBUTE ? id : null),
  }));
  const window: Record<string, unknown> = {};
  const document = {
    querySelectorAll: (selector: string) => {
      expect(selector).toBe(`iframe[${EMBED_ATTRIBUTE}]`);
      return made;
    },
  };
  const addEventListener = (type: string, listener: (event: unknown) => void) => {
    expect(type).toBe('message');
    listeners.push(listener);
  };
  const location = { href: 'https://blog.example/2024/xz/' };
  const run = () =>
    new Function('window', 'document', 'addEventListener', 'location', HOST_RESIZE_CODE)(
      window,
      document,
      addEventListener,
      location,
    );
  run();
  return {
    frames: made,
    listeners,
    runAgain: run,
    post: (data: unknown, origin: string, source: object) =>
      listeners.forEach((listener) => listener({ data, origin, source })),
  };
}

describe('the host resize script', () => {
  it('fits the frame that sent a well-formed message from its own origin', () => {
    const page = hostPage([{ id: 'timeline' }, { id: 'simulation' }]);
    page.post(
      { type: HEIGHT_MESSAGE_TYPE, id: 'simulation', height: 1234.2 },
      SITE,
      page.frames[1]!.contentWindow,
    );
    expect(page.frames.map((frame) => frame.style.height)).toEqual(['720px', '1235px']);
  });

  it('ignores a message from any origin but the frame’s own, even from the right frame', () => {
    const page = hostPage([{ id: 'timeline' }]);
    for (const origin of [
      'https://evil.example',
      'http://xz.example',
      'https://xz.example.evil.example',
      'https://blog.example',
      'null',
    ]) {
      page.post(
        { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 99 },
        origin,
        page.frames[0]!.contentWindow,
      );
    }
    expect(page.frames[0]!.style.height).toBe('720px');
  });

  it('ignores a message whose sender is not the frame it names', () => {
    const page = hostPage([{ id: 'timeline' }, { id: 'attack-chain' }]);
    page.post(
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 99 },
      SITE,
      page.frames[1]!.contentWindow,
    );
    page.post({ type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 99 }, SITE, {});
    expect(page.frames.map((frame) => frame.style.height)).toEqual(['720px', '720px']);
  });

  it('accepts exactly the messages readHeightMessage accepts', () => {
    const cases: unknown[] = [
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 400 },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 0 },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: -1 },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: Number.NaN },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: Number.POSITIVE_INFINITY },
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: '400' },
      { type: HEIGHT_MESSAGE_TYPE, height: 400 },
      { type: 'xz-embed:width', id: 'timeline', height: 400 },
      null,
      'xz-embed:height',
    ];
    for (const data of cases) {
      const page = hostPage([{ id: 'timeline' }]);
      page.post(data, SITE, page.frames[0]!.contentWindow);
      const resized = page.frames[0]!.style.height !== '720px';
      expect(resized, JSON.stringify(data)).toBe(readHeightMessage(data) !== undefined);
    }
  });

  it('caps the height and installs its listener only once when pasted twice', () => {
    const page = hostPage([{ id: 'timeline' }]);
    page.runAgain();
    expect(page.listeners).toHaveLength(1);
    page.post(
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 1e7 },
      SITE,
      page.frames[0]!.contentWindow,
    );
    expect(page.frames[0]!.style.height).toBe('20000px');
  });

  it('trusts a mirror or a local copy of the site for its own frames, with no address written in', () => {
    const page = hostPage([{ id: 'timeline', src: 'http://127.0.0.1:8080/embed/timeline/' }]);
    page.post(
      { type: HEIGHT_MESSAGE_TYPE, id: 'timeline', height: 500 },
      'http://127.0.0.1:8080',
      page.frames[0]!.contentWindow,
    );
    expect(page.frames[0]!.style.height).toBe('500px');
    expect(HOST_RESIZE_CODE).not.toMatch(/https?:\/\//);
  });

  it('has one CSP hash, that of the text between the script tags', async () => {
    expect(HOST_RESIZE_SCRIPT).toBe(`<script>${HOST_RESIZE_CODE}</script>`);
    expect(`'${await cspScriptHash(HOST_RESIZE_CODE)}'`).toBe(
      `'sha256-${createHash('sha256').update(HOST_RESIZE_CODE).digest('base64')}'`,
    );
  });
});

describe('the embed snippet', () => {
  const options = {
    src: 'https://xz.example/embed/timeline/?event=a&b="c"',
    id: 'timeline',
    title: 'The "xz" <timeline>',
    height: 720.4,
  };

  it('is an iframe marked with its embed id, attributes escaped', () => {
    expect(embedIframe(options)).toBe(
      '<iframe src="https://xz.example/embed/timeline/?event=a&amp;b=%22c%22" title="The &quot;xz&quot; &lt;timeline&gt;" ' +
        'data-xz-embed="timeline" loading="lazy" style="width:100%;height:720px;border:0"></iframe>',
    );
  });

  it('adds the resize script unless told not to', () => {
    expect(embedSnippet(options)).toBe(`${embedIframe(options)}\n${HOST_RESIZE_SCRIPT}`);
    expect(embedSnippet(options, false)).toBe(embedIframe(options));
  });
});
