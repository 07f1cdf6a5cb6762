/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Vitest runs the pure logic in tests/unit; Playwright owns tests/e2e.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A test that asserts nothing cannot fail: every test must make at least one assertion.
    expect: { requireAssertions: true },
    // Snapshots are never written by a test run (CI mode everywhere): a missing or changed
    // snapshot fails. Write them on purpose with `npx vitest run -u <file>` and review the diff.
    update: 'none',
  },
});
