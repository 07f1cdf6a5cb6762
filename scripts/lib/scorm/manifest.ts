/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition. The package holds one SCO: the
 * whole training path (README "SCORM packages for a learning platform (LMS)" says why). Its mastery score is written the way
 * each version expects an LMS to find it: adlcp:masteryscore (0–100) in 1.2, a primary
 * objective satisfied by a minimum normalised measure (0–1) in 2004.
 */
import type { ScormVersion } from '../../../src/lib/learn/scorm/find-api.ts';

export interface ManifestInput {
  version: ScormVersion;
  /** Identifier of the package; letters, digits, '-', '_' and '.'. */
  identifier: string;
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the SCO, relative to the package root. */
  files: readonly string[];
  masteryPercent: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A file path as a manifest href: URL-encoded per segment (spaces and the like), slashes kept. */
const href = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

const NAMESPACES: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  ].join(' '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  ].join(' '),
};

const SCHEMA_VERSION: Record<ScormVersion, string> = {
  '1.2': '1.2',
  '2004': '2004 4th Edition',
};

function masteryXml(version: ScormVersion, percent: number): string {
  if (version === '1.2')
    return `        <adlcp:masteryscore>${Math.round(percent)}</adlcp:masteryscore>`;
  return [
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    '            <imsss:primaryObjective objectiveID="path-mastery" satisfiedByMeasure="true">',
    `              <imsss:minNormalizedMeasure>${percent / 100}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    '          </imsss:objectives>',
    '        </imsss:sequencing>',
  ].join('\n');
}

export function scormManifest(input: ManifestInput): string {
  const { version, identifier, launch, masteryPercent } = input;
  if (!/^[A-Za-z_][\w.-]*$/.test(identifier))
    throw new Error(`"${identifier}" is not a valid manifest identifier`);
  if (!(masteryPercent >= 0 && masteryPercent <= 100))
    throw new Error(`mastery score ${masteryPercent} is not between 0 and 100`);
  if (!input.files.includes(launch))
    throw new Error(`the launch page "${launch}" is not among the package's files`);
  const title = escapeXml(input.title);
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const files = [...input.files]
    .sort()
    .map((file) => `      <file href="${href(file)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1" ${NAMESPACES[version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION[version]}</schemaversion>
  </metadata>
  <organizations default="${identifier}-org">
    <organization identifier="${identifier}-org">
      <title>${title}</title>
      <item identifier="${identifier}-path" identifierref="${identifier}-sco">
        <title>${title}</title>
${masteryXml(version, masteryPercent)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${identifier}-sco" type="webcontent" ${scormType}="sco" href="${href(launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
