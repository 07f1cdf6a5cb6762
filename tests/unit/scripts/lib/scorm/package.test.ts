/**
 * The package as an LMS receives it: the zip is unpacked, imsmanifest.xml is parsed by a strict
 * XML parser, and every file the manifest names must be in the zip (and every file in the zip
 * in the manifest), with the launch page and the mastery score where each SCORM version wants.
 */
import { unzipSync } from 'fflate';
import sax from 'sax';
import { describe, expect, it } from 'vitest';

import { scormManifest } from '../../../../../scripts/lib/scorm/manifest';
import {
  LAUNCH_PAGE,
  packageFileName,
  scormPackageEntries,
  zipPackage,
} from '../../../../../scripts/lib/scorm/package';
import type { ScormVersion } from '../../../../../src/lib/learn/scorm/find-api';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of the document, in order; throws on XML that is not well-formed. */
function parseXml(xml: string): Element[] {
  const parser = sax.parser(true, { xmlns: false });
  const elements: Element[] = [];
  const open: Element[] = [];
  parser.onopentag = (tag) => {
    const element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
    };
    elements.push(element);
    open.push(element);
  };
  parser.ontext = (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  };
  parser.onclosetag = () => void open.pop();
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return elements;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const files = new Map([
  ['learn/index.html', bytes('<p>path</p>')],
  ['learn/a b/index.html', bytes('<p>a folder with a space</p>')],
  ['_astro/a.js', bytes('1')],
]);

function unpacked(version: ScormVersion) {
  const entries = scormPackageEntries({
    version,
    files,
    launchScript: '/*launch*/',
    start: 'learn/index.html',
  });
  const zip = unzipSync(zipPackage(entries, new Date(2026, 0, 1)));
  const manifest = parseXml(new TextDecoder().decode(zip['imsmanifest.xml']));
  return { zip, manifest };
}

describe.each(['1.2', '2004'] as const)('the SCORM %s package', (version) => {
  it('names exactly the files in the zip, each present, with the launch page as the SCO', () => {
    const { zip, manifest } = unpacked(version);
    const listed = manifest
      .filter((element) => element.name === 'file')
      .map((element) => decodeURIComponent(element.attributes.href!));
    const zipped = Object.keys(zip).filter((name) => name !== 'imsmanifest.xml');
    expect(listed.sort()).toEqual(zipped.sort());
    const resource = manifest.find((element) => element.name === 'resource')!;
    expect(resource.attributes.href).toBe(LAUNCH_PAGE);
    expect(resource.attributes[version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType']).toBe(
      'sco',
    );
    expect(zip[LAUNCH_PAGE]).toBeDefined();
  });

  it('links its one item to the resource and declares its schema version', () => {
    const { manifest } = unpacked(version);
    const item = manifest.find((element) => element.name === 'item')!;
    const resource = manifest.find((element) => element.name === 'resource')!;
    expect(item.attributes.identifierref).toBe(resource.attributes.identifier);
    const organizations = manifest.find((element) => element.name === 'organizations')!;
    const organization = manifest.find((element) => element.name === 'organization')!;
    expect(organizations.attributes.default).toBe(organization.attributes.identifier);
    expect(manifest.find((element) => element.name === 'schemaversion')!.text).toBe(
      version === '1.2' ? '1.2' : '2004 4th Edition',
    );
  });

  it('carries the mastery score of 80 % the way this SCORM version expects', () => {
    const { manifest } = unpacked(version);
    if (version === '1.2') {
      expect(manifest.find((element) => element.name === 'adlcp:masteryscore')!.text).toBe('80');
    } else {
      const objective = manifest.find((element) => element.name === 'imsss:primaryObjective')!;
      expect(objective.attributes.satisfiedByMeasure).toBe('true');
      expect(manifest.find((element) => element.name === 'imsss:minNormalizedMeasure')!.text).toBe(
        '0.8',
      );
    }
  });

  it('starts the launch page in this version’s mode', () => {
    const { zip } = unpacked(version);
    expect(new TextDecoder().decode(zip[LAUNCH_PAGE])).toContain(`data-scorm-version="${version}"`);
    expect(packageFileName(version)).toMatch(/^xz-backdoor-training-scorm(12|2004)\.zip$/);
  });
});

describe('the manifest refuses', () => {
  const input = {
    version: '1.2' as const,
    identifier: 'x',
    title: 'T',
    launch: 'a.html',
    files: ['a.html'],
    masteryPercent: 80,
  };

  it('a launch page that is not in the package', () => {
    expect(() => scormManifest({ ...input, launch: 'b.html' })).toThrow(/launch page "b.html"/);
  });

  it('a mastery score outside 0–100 and an identifier with spaces', () => {
    expect(() => scormManifest({ ...input, masteryPercent: 120 })).toThrow(/mastery score 120/);
    expect(() => scormManifest({ ...input, identifier: 'a b' })).toThrow(
      /not a valid manifest identifier/,
    );
  });

  it('escapes a title that would break the XML', () => {
    expect(() =>
      parseXml(scormManifest({ ...input, title: 'Fish & <chips> "now"' })),
    ).not.toThrow();
  });
});
