// Two CycloneDX bills of materials, from `npm sbom` and the lockfile:
// - /sbom.json: what reaches readers' browsers — the packages bundled into the site's scripts
//   (recorded during the build by ./shipped-packages.mjs) and Pagefind's search script and
//   WebAssembly, which its indexer writes into dist/pagefind/;
// - /sbom-build.json: the tooling the site is built with, which never leaves the build machine.
// Random serial numbers, clock times and folder names are replaced by values that follow from
// the lockfile and SOURCE_DATE_EPOCH, so both files are reproducible.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { readShippedPackages } from './shipped-packages.mjs';

/** Shipped although no bundle imports it: its indexer copies its browser files into dist/. */
const WRITTEN_INTO_DIST = ['pagefind'];

/** A component for a package from the lockfile (for those `npm sbom --omit dev` leaves out). */
function lockComponent(lock, name) {
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`sbom: ${name} is not in package-lock.json`);
  const sha512 = /^sha512-(.+)$/.exec(entry.integrity ?? '')?.[1];
  return {
    'bom-ref': `${name}@${entry.version}`,
    type: 'library',
    name,
    version: entry.version,
    scope: 'required',
    purl: `pkg:npm/${name}@${entry.version}`,
    properties: [],
    externalReferences: [],
    hashes: sha512
      ? [{ alg: 'SHA-512', content: Buffer.from(sha512, 'base64').toString('hex') }]
      : [],
    licenses: entry.license ? [{ license: { id: entry.license } }] : [],
  };
}

/** Keeps the components whose package name passes `keep`, and the dependency edges among them. */
function subset(sbom, keep, extra = []) {
  const components = [...sbom.components.filter((c) => keep(c.name)), ...extra].sort((a, b) =>
    a['bom-ref'].localeCompare(b['bom-ref']),
  );
  const refs = new Set(components.map((c) => c['bom-ref']));
  const root = sbom.metadata.component['bom-ref'];
  const dependencies = sbom.dependencies
    .filter((d) => refs.has(d.ref) || d.ref === root)
    .map((d) => ({ ...d, dependsOn: (d.dependsOn ?? []).filter((ref) => refs.has(ref)) }));
  if (!dependencies.some((d) => d.ref === root)) dependencies.push({ ref: root, dependsOn: [] });
  for (const d of dependencies)
    if (d.ref === root)
      d.dependsOn = [...new Set([...d.dependsOn, ...extra.map((c) => c['bom-ref'])])];
  return { ...sbom, components, dependencies };
}

function stamp(sbom, salt, sourceDateEpoch, name) {
  const digest = createHash('sha256')
    .update(readFileSync('package-lock.json'))
    .update(salt)
    .digest('hex');
  // A UUID-shaped serial derived from the lockfile: same dependencies, same serial.
  sbom.serialNumber = `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-a${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
  sbom.metadata = {
    ...sbom.metadata,
    timestamp: new Date(Number(sourceDateEpoch) * 1000).toISOString(),
    component: { ...sbom.metadata.component, name },
  };
  return JSON.stringify(sbom, null, 2) + '\n';
}

/** Returns the text of both files: { shipped: sbom.json, build: sbom-build.json }. */
export function buildSboms(sourceDateEpoch) {
  const raw = execFileSync(
    'npm',
    ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--package-lock-only'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
  const sbom = JSON.parse(raw);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const bundled = new Set(readShippedPackages());
  const absent = [...bundled].filter(
    (name) => !sbom.components.some((component) => component.name === name),
  );
  // npm sbom --omit dev drops a runtime package that a dev tool also depends on (modern-tar,
  // which puppeteer's browser fetcher uses too); the lockfile still lists it as a runtime one.
  const fromLock = absent.filter((name) => {
    const entry = lock.packages[`node_modules/${name}`];
    return entry && !entry.dev && pkg.dependencies?.[name];
  });
  const missing = absent.filter((name) => !fromLock.includes(name));
  if (missing.length > 0)
    throw new Error(
      `sbom: bundled packages missing from the dependency tree: ${missing.join(', ')}`,
    );
  const shipped = subset(
    sbom,
    (name) => bundled.has(name),
    [...WRITTEN_INTO_DIST, ...fromLock].map((name) => lockComponent(lock, name)),
  );
  const build = subset(sbom, (name) => !bundled.has(name));
  return {
    shipped: stamp(shipped, 'shipped', sourceDateEpoch, pkg.name),
    build: stamp(build, 'build', sourceDateEpoch, `${pkg.name} (build tooling)`),
  };
}
