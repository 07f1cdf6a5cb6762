/** Helpers for the presenter tests: where the deck is and how the speaker view reads. */
import { expect, type Page } from '@playwright/test';

/** The slide shown now (1-based within the cut) must be `n`, and the address must say so. */
export async function expectSlide(page: Page, n: number) {
  await expect(page.locator('[data-counter]')).toHaveText(String(n));
  await expect(page.locator('[data-stage] [data-slide]:visible')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(?:&|$)`));
}

/** Slides in the talk as given (the cut without its skips). */
export async function slideCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-total]').textContent());
}

/** The id of the slide on screen. */
export async function currentSlideId(page: Page): Promise<string | undefined> {
  return page.locator('[data-stage] [data-slide]:visible').getAttribute('data-slide-id') as Promise<
    string | undefined
  >;
}

/** The speaker view's position line must read "Slide n of N". */
export async function expectNotesAt(notes: Page, n: number) {
  await expect(notes.locator('[data-position]')).toHaveText(new RegExp(`^Slide ${n} of \\d+$`));
  await expect(notes.locator('[data-notes]:visible')).toHaveCount(1);
}

/** A horizontal swipe on the element, as a touch screen would send it. */
export async function swipe(page: Page, selector: string, dx: number) {
  await page.evaluate(
    ([target, distance]) => {
      const element = document.querySelector(target as string)!;
      const at = (x: number) =>
        new Touch({ identifier: 1, target: element, clientX: x, clientY: 300 });
      element.dispatchEvent(
        new TouchEvent('touchstart', {
          touches: [at(500)],
          changedTouches: [at(500)],
          bubbles: true,
        }),
      );
      element.dispatchEvent(
        new TouchEvent('touchend', {
          touches: [],
          changedTouches: [at(500 + (distance as number))],
          bubbles: true,
        }),
      );
    },
    [selector, dx] as const,
  );
}

export interface TerminalMeasure {
  fontSize: number;
  /** The current step's block lies inside the terminal's visible box (its first line at least). */
  currentInView: boolean;
  /** A "Not built yet" card is on screen. */
  notBuiltCard: boolean;
  /** Step counters on screen (the slide's and the frame's together). */
  counters: number;
}

/** Overflow and type of the slide on screen; for a live slide, its terminal once the step is drawn. */
export async function measureSlide(page: Page) {
  const slide = page.locator('[data-stage] [data-slide]:visible');
  const frame = slide.locator('iframe');
  let terminal: TerminalMeasure | undefined;
  if ((await frame.count()) > 0) {
    const inner = page.frameLocator('[data-stage] [data-slide]:visible iframe');
    await expect(inner.locator('.sim-terminal .is-current')).toBeVisible({ timeout: 20_000 });
    // The deck scrolls the step into view once the frame has drawn it.
    await expect
      .poll(async () =>
        inner.locator('.sim-terminal').evaluate((box) => {
          const current = box.querySelector('.is-current')!.getBoundingClientRect();
          const view = box.getBoundingClientRect();
          return current.top >= view.top - 1 && current.top + 20 <= view.bottom;
        }),
      )
      .toBe(true);
    const inside = await inner.locator('body').evaluate((body) => {
      const box = body.querySelector<HTMLElement>('.sim-terminal')!;
      const current = box.querySelector('.is-current')!.getBoundingClientRect();
      const view = box.getBoundingClientRect();
      const card = body.querySelector<HTMLElement>('.sim-outcome');
      return {
        fontSize: parseFloat(getComputedStyle(box).fontSize),
        currentInView: current.top >= view.top - 1 && current.top < view.bottom - 20,
        notBuiltCard:
          card !== null && card.checkVisibility() && /Not built yet/.test(card.textContent ?? ''),
        frameCounters: [...body.querySelectorAll<HTMLElement>('[data-progress-text]')].filter(
          (el) => el.checkVisibility() && /Step \d+ of \d+/.test(el.textContent ?? ''),
        ).length,
      };
    });
    const slideCounters = await slide.evaluate(
      (s) =>
        (s.querySelector('.slide__kicker')?.textContent ?? '').match(/\d+ of \d+/g)?.length ?? 0,
    );
    terminal = {
      fontSize: inside.fontSize,
      currentInView: inside.currentInView,
      notBuiltCard: inside.notBuiltCard,
      counters: inside.frameCounters + slideCounters,
    };
  }
  const box = await slide.evaluate((s) => {
    const root = document.documentElement;
    return {
      id: s.id,
      pageOverflow: Math.max(root.scrollHeight - innerHeight, root.scrollWidth - innerWidth),
      slideOverflow: Math.max(s.scrollHeight - s.clientHeight, s.scrollWidth - s.clientWidth),
      fontSize: parseFloat(getComputedStyle(s).fontSize),
    };
  });
  return { ...box, terminal };
}
