/** Helpers for driving the simulation page like a reader would. */
import { expect, type Page } from '@playwright/test';

const SIMULATION = '/simulation/';

export async function openSimulation(page: Page, query = '') {
  await page.goto(`${SIMULATION}${query}`);
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true', {
    timeout: 20_000,
  });
}

/** Runs the build to its end at instant speed and returns the outcome region. */
export async function runToEnd(page: Page) {
  await page.getByLabel('Speed').selectOption('instant');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const status = page.locator('xz-sim-outcome [role="status"]');
  await expect(status).not.toHaveAttribute('data-verdict', 'pending');
  return status;
}

export async function choose(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).selectOption(value);
  await expect(page.locator('xz-simulation')).toHaveAttribute('data-ready', 'true');
}

export const terminal = (page: Page) => page.getByRole('log', { name: /Terminal/ });
