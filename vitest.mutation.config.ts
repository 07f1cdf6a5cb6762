import type { ConfigEnv } from 'vite';
import { configDefaults } from 'vitest/config';

import projectConfig from './vitest.config';

// The unit suite as StrykerJS runs it for every mutant (npm run mutate): the same settings,
// without tests/unit/build/, which builds copies of the site or reads dist/ — minutes per run,
// and src/lib is covered by the unit tests beside it.
export default async (env: ConfigEnv) => {
  const config = await projectConfig(env);
  return {
    ...config,
    test: {
      ...config.test,
      // MUTATE_SKIP_TESTS: test files an area's run leaves out (comma-separated; see SETTINGS in
      // scripts/mutate.mjs). Leaving a test out can only lower a score, never raise it.
      exclude: [
        ...configDefaults.exclude,
        'tests/unit/build/**',
        ...(process.env.MUTATE_SKIP_TESTS?.split(',').filter(Boolean) ?? []),
      ],
    },
  };
};
