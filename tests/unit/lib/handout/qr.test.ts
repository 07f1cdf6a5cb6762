import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';

import { modulesToPath, qrSvg, QUIET_ZONE } from '../../../../src/lib/handout/qr';

/** Paints the path's rectangles into RGBA pixels (white paper, black modules), as a printer would. */
function rasterize(
  side: number,
  path: string,
  scale = 4,
): { data: Uint8ClampedArray; size: number } {
  const size = side * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(width)) * scale; px++) {
        data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      }
    }
  }
  return { data, size };
}

describe('QR codes as SVG paths', () => {
  it('draw each run of dark modules as one rectangle, inside the quiet zone', () => {
    const grid = ['##.#', '....', '.###', '#..#'];
    const path = modulesToPath(4, (row, column) => grid[row]![column] === '#');
    const q = QUIET_ZONE;
    expect(path).toBe(
      `M${q} ${q}h2v1h-2zM${q + 3} ${q}h1v1h-1zM${q + 1} ${q + 2}h3v1h-3zM${q} ${q + 3}h1v1h-1zM${q + 3} ${q + 3}h1v1h-1z`,
    );
  });

  it('decode back to the exact address, base path and all', () => {
    for (const url of [
      'https://xz-timeline.example/',
      'https://example.org/xz/timeline/',
      'https://example.org/xz/simulation/',
    ]) {
      const { side, path } = qrSvg(url);
      const { data, size } = rasterize(side, path);
      expect(jsQR(data, size, size)?.data).toBe(url);
    }
  });

  it('fail loudly rather than draw a code for text too long to fit', () => {
    expect(() => qrSvg('x'.repeat(5000))).toThrow();
  });
});
