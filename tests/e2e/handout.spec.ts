import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

import { countPdfPages } from '../../src/lib/handout/pdf-pages';
import { readCollection } from '../support/content-files';
import { expect, test } from './fixtures';

const SITE = process.env.SITE_URL ?? 'https://xz-timeline.example';
const PAPER = { A4: { width: 794 }, Letter: { width: 816 } } as const; // CSS pixels at 96 per inch

async function openForPrint(page: Page, format: keyof typeof PAPER) {
  await page.setViewportSize({ width: PAPER[format].width, height: 1123 });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto('/handout/');
  await page.evaluate(() => document.fonts.ready);
}

test('the handout lists every key moment and the whole attack chain, checklist and QR codes', async ({
  page,
}) => {
  await page.goto('/handout/');
  const events = await readCollection<{ title: string; importance: number }>('events');
  const key = events
    .filter((event) => event.data.importance === 1)
    .map((event) => event.data.title);
  expect(key.length).toBeGreaterThan(5);
  const sheet1 = page.getByRole('article', { name: 'Page 1 of 2' });
  const moments = await sheet1.locator('.moment-title').allTextContents();
  expect(moments.toSorted()).toEqual(key.toSorted());
  const sheet2 = page.getByRole('article', { name: 'Page 2 of 2' });
  await expect(sheet2.locator('.chain > li')).toHaveCount(9);
  await expect(
    sheet2.getByRole('heading', { name: 'Only the Ed448 key holder can trigger it' }),
  ).toBeVisible();
  await expect(sheet1.getByRole('heading', { name: /Check which xz you run/ })).toBeVisible();
  await expect(sheet2.getByRole('img', { name: /^QR code for https?:\/\// })).toHaveCount(4);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on exactly two ${format} pages`, async ({ page }) => {
    await openForPrint(page, format);
    const pdf = await page.pdf({ format, printBackground: true });
    expect(countPdfPages(pdf)).toBe(2);
  });

  test(`nothing on a handout sheet is cut off at ${format} width`, async ({ page }) => {
    await openForPrint(page, format);
    const sheets = await page.locator('.sheet').evaluateAll((elements) =>
      elements.map((sheet) => ({
        content: sheet.scrollHeight,
        room: sheet.clientHeight,
        wide: sheet.scrollWidth - sheet.clientWidth,
      })),
    );
    expect(sheets).toHaveLength(2);
    for (const sheet of sheets) {
      expect(sheet.content, 'content height within the sheet').toBeLessThanOrEqual(sheet.room);
      expect(sheet.wide, 'no sideways overflow').toBeLessThanOrEqual(0);
    }
  });
}

test('the handout’s QR codes scan to the site’s absolute addresses', async ({ page }) => {
  await page.goto('/handout/');
  const codes = await page.locator('figure.qr').evaluateAll(async (figures) =>
    Promise.all(
      figures.map(async (figure) => {
        // Draw the SVG as a printer would, then hand the pixels to the decoder.
        // A sized copy, serialised: the serialiser writes the SVG namespace itself (adding it
        // again by hand makes a duplicate attribute, which Chromium 150 refuses to decode).
        const svg = figure.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
        const size = 240;
        svg.setAttribute('width', String(size));
        svg.setAttribute('height', String(size));
        const markup = new XMLSerializer().serializeToString(svg);
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0, size, size);
        // One character per pixel, dark or light: a few kilobytes to send instead of megabytes.
        const rgba = context.getImageData(0, 0, size, size).data;
        let dark = '';
        for (let i = 0; i < rgba.length; i += 4) dark += rgba[i]! < 128 ? '1' : '0';
        return { url: figure.getAttribute('data-qr-url'), dark, size };
      }),
    ),
  );
  expect(codes.map((code) => code.url)).toEqual(
    ['/', '/timeline/', '/simulation/', '/check/'].map((path) => new URL(path, SITE).href),
  );
  for (const code of codes) {
    const pixels = new Uint8ClampedArray(code.size * code.size * 4).fill(255);
    [...code.dark].forEach((bit, i) => bit === '1' && pixels.fill(0, i * 4, i * 4 + 3));
    expect(jsQR(pixels, code.size, code.size)?.data).toBe(code.url);
  }
});

// Axe: tests/e2e/sitemap.spec.ts scans the handout in both themes, in the state it opens in.

test('the handout reflows on a 320 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/handout/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
