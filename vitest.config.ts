/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Vitest runs the pure logic in tests/unit; Playwright owns tests/e2e.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
