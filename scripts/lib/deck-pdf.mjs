// Prints the presenter deck, opened on the chosen cut, as a 16:9 PDF: one slide per page in the
// order of the talk, optionally each followed by its speaker notes. Shared by `npm run deck:pdf`
// and its end-to-end test, so the test checks exactly what the script writes.
import { printToPdf } from './chromium-pdf.mjs';

/** The page size: a 1920×1080 projector, in CSS pixels. */
export const DECK_PAGE = { width: 1920, height: 1080 };

/** How long a live simulation frame may take to draw its step before printing goes on. */
const FRAME_WAIT_MS = 15_000;

/**
 * `page` must be at DECK_PAGE size, on /present/?… of the cut to print. Steps through every slide
 * (each fits itself and its live frame loads as it would in the talk), then lays the talk's
 * slides out as pages and prints. Resolves to the PDF bytes and the number of slides.
 */
export async function printDeck(page, { notes = false, notesUrl } = {}) {
  await page.waitForSelector('xz-present-deck [data-total]', { state: 'attached' });
  const total = Number(await page.locator('[data-total]').textContent());
  for (let i = 0; i < total; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await page.evaluate(async (wait) => {
      const slide = [...document.querySelectorAll('[data-slide]')].find((s) => !s.hidden);
      const frames = [...(slide?.querySelectorAll('iframe') ?? [])];
      const started = performance.now();
      while (
        frames.some((f) => !f.contentDocument?.querySelector('.sim-terminal .is-current')) &&
        performance.now() - started < wait
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, FRAME_WAIT_MS);
  }
  await page.evaluate(
    async ({ withNotes, notesHref }) => {
      const stage = document.querySelector('[data-stage]');
      const ids = [...document.querySelectorAll('[data-overview-item]')]
        .filter((cell) => !cell.hidden && !cell.querySelector('[data-goto]').disabled)
        .map((cell) => cell.dataset.overviewItem);
      let notesDoc = null;
      if (withNotes) {
        const html = await (await fetch(notesHref)).text();
        notesDoc = new DOMParser().parseFromString(html, 'text/html');
      }
      for (const slide of document.querySelectorAll('[data-slide]')) slide.hidden = true;
      for (const id of ids) {
        const slide = document.querySelector(`[data-slide][data-slide-id="${id}"]`);
        slide.hidden = false;
        slide.setAttribute('data-print-page', '');
        stage.append(slide);
        const article = notesDoc?.querySelector(`[data-notes][data-slide-id="${id}"]`);
        if (article) {
          const page = document.createElement('section');
          page.className = 'deck-print-notes';
          page.setAttribute('data-print-page', '');
          article.hidden = false;
          article.querySelector('[data-planned]')?.remove();
          page.append(document.adoptNode(article));
          stage.append(page);
        }
      }
      document.documentElement.classList.add('deck-print');
    },
    { withNotes: notes, notesHref: notesUrl ?? new URL('notes/', page.url()).href },
  );
  const pdf = await printToPdf(page, {
    width: `${DECK_PAGE.width}px`,
    height: `${DECK_PAGE.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  });
  return { pdf, slides: total };
}
