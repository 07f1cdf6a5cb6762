import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { embedPath, EMBEDS } from '../../../../src/lib/embed/catalog';

describe('the embed catalog', () => {
  it('offers only embeds that have a page at src/pages/embed/<id>/', () => {
    const pages = new URL('../../../../src/pages/embed/', import.meta.url);
    for (const embed of EMBEDS)
      expect(existsSync(new URL(`${embed.id}/index.astro`, pages)), embed.id).toBe(true);
  });

  it('builds example addresses that keep commas readable', () => {
    const simulation = EMBEDS.find((embed) => embed.id === 'simulation')!;
    expect(embedPath(simulation, true)).toBe(
      '/embed/simulation/?step=gate-compiler&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc',
    );
    expect(embedPath(simulation, false)).toBe('/embed/simulation/');
  });

  it('gives the simulation’s stage view the same options as the full simulation', () => {
    const stage = EMBEDS.find((embed) => embed.id === 'simulation-stage')!;
    expect(embedPath(stage, true)).toBe(
      '/embed/simulation-stage/?step=gate-compiler&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc',
    );
  });

  it('uses ids that are valid height-message ids', () => {
    for (const embed of EMBEDS) expect(embed.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
  });
});

describe('embed addresses', () => {
  it('gives an embed without parameters a plain path, with no empty query', () => {
    const bare = { ...EMBEDS[0]!, parameters: [] };
    expect(embedPath(bare, true)).toBe(`/embed/${bare.id}/`);
  });
});
