import { describe, expect, it } from 'vitest';
import { EMBEDS, availableEmbeds, embedPath } from '../../../../src/lib/embed/catalog';

describe('the embed catalog', () => {
  it('offers an embed only once its page exists, in catalog order', () => {
    const found = availableEmbeds(EMBEDS, ['./attack-chain/index.astro', './index.astro', './timeline.astro', './other/index.astro']);
    expect(found.map((embed) => embed.id)).toEqual(['timeline', 'attack-chain']);
  });

  it('builds example addresses that keep commas readable', () => {
    const simulation = EMBEDS.find((embed) => embed.id === 'simulation')!;
    expect(embedPath(simulation, true)).toBe('/embed/simulation/?step=gate-compiler&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc');
    expect(embedPath(simulation, false)).toBe('/embed/simulation/');
  });

  it('gives the simulation’s stage view the same options as the full simulation', () => {
    const stage = EMBEDS.find((embed) => embed.id === 'simulation-stage')!;
    expect(embedPath(stage, true)).toBe('/embed/simulation-stage/?step=gate-compiler&env=5.6.1,tarball,x86_64,gcc,gnu-ld,deb,shared,ifunc');
  });

  it('uses ids that are valid height-message ids', () => {
    for (const embed of EMBEDS) expect(embed.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
  });
});
