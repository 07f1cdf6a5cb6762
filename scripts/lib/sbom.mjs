// /sbom.json: a CycloneDX bill of materials of what the site ships (production dependencies),
// from `npm sbom`. Its random serial number, clock time and folder name are replaced by values
// that follow from the lockfile and SOURCE_DATE_EPOCH, so the file is reproducible.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export function writeSbom(path, sourceDateEpoch) {
  const raw = execFileSync(
    'npm',
    ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--package-lock-only'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const sbom = JSON.parse(raw);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const lockDigest = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
  // A UUID-shaped serial derived from the lockfile: same dependencies, same serial.
  sbom.serialNumber = `urn:uuid:${lockDigest.slice(0, 8)}-${lockDigest.slice(8, 12)}-5${lockDigest.slice(13, 16)}-a${lockDigest.slice(17, 20)}-${lockDigest.slice(20, 32)}`;
  sbom.metadata.timestamp = new Date(Number(sourceDateEpoch) * 1000).toISOString();
  sbom.metadata.component.name = pkg.name;
  const text = JSON.stringify(sbom, null, 2) + '\n';
  writeFileSync(path, text);
  return text;
}
