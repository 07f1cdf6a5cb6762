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
      exclude: [...configDefaults.exclude, 'tests/unit/build/**'],
    },
  };
};
