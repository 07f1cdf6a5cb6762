import { describe, expect, it } from 'vitest';

import { readBuiltJson } from '../../support/built-site';

interface Sbom {
  bomFormat: string;
  metadata: { component: { name: string } };
  components: { name: string }[];
}

const namesOf = (sbom: Sbom) => sbom.components.map((component) => component.name);

describe('the bills of materials in dist/', () => {
  it('publishes a CycloneDX bill of materials of what reaches browsers, apart from the build tooling', () => {
    const shipped = readBuiltJson<Sbom>('sbom.json');
    expect(shipped.bomFormat).toBe('CycloneDX');
    expect(shipped.metadata.component.name).toBe('xz-backdoor-timeline');
    expect(namesOf(shipped)).toEqual(
      expect.arrayContaining(['d3-selection', 'd3-zoom', 'pagefind', 'qrcode']),
    );
    expect(namesOf(shipped)).not.toContain('astro');
    const build = readBuiltJson<Sbom>('sbom-build.json');
    expect(namesOf(build)).toEqual(expect.arrayContaining(['astro', 'tailwindcss']));
    expect(namesOf(build)).not.toContain('d3-selection');
    expect(namesOf(build)).not.toContain('vitest');
  });
});
