/**
 * Stands in for Astro's reference() in the schema tests: an id string becomes
 * `{ collection, id }`, as it does on the site, so a test can see which collection a field points at.
 */
import { z } from 'astro/zod';

import type { RefFactory } from '../../../../src/lib/content/schemas';

export const referenceTo = ((collection) =>
  z.string().transform((id) => ({ collection, id }))) satisfies RefFactory;
