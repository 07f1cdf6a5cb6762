/** Helpers for the presenter tests: where the deck is and how the speaker view reads. */
import { expect, type Page } from '@playwright/test';

/** The slide shown now (1-based) must be `n`, and the address must say so. */
export async function expectSlide(page: Page, n: number) {
  await expect(page.locator(`[data-slide="${n - 1}"]`)).toBeVisible();
  await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(?:&|$)`));
}

export async function slideCount(page: Page): Promise<number> {
  return page.locator('[data-slide]').count();
}

/** The speaker view's position line must read "Slide n of N". */
export async function expectNotesAt(notes: Page, n: number) {
  await expect(notes.locator('[data-position]')).toHaveText(new RegExp(`^Slide ${n} of \\d+$`));
  await expect(notes.locator(`[data-notes="${n - 1}"]`)).toBeVisible();
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
