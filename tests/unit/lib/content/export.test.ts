import { describe, expect, it } from 'vitest';

import { csvField, toCsv, toEventRecords } from '../../../../src/lib/content/export';
import type { StoryEvent } from '../../../../src/lib/content/model';

const freundMail = {
  id: 'freund-mail',
  title: 'backdoor in upstream xz/liblzma',
  publisher: 'oss-security',
  url: 'https://www.openwall.com/lists/oss-security/2024/03/29/4',
  published: '2024-03-29',
  kind: 'primary' as const,
};
const cveRecord = {
  ...freundMail,
  id: 'cve',
  title: 'CVE record, "JSON"',
  publisher: 'CVE Program',
  url: 'https://example.org/cve',
};

const event: StoryEvent = {
  id: '2024-03-29-cve-reserved',
  title: 'CVE-2024-3094 is reserved, CVSS 10.0',
  date: '2024-03-29',
  datePrecision: 'day',
  time: '15:38',
  timeBasis: 'other',
  lanes: ['response'],
  actors: [{ id: 'red-hat', name: 'Red Hat', kind: 'organisation', note: 'CNA.', aliases: [] }],
  tags: ['cve'],
  certainty: 'confirmed',
  sources: [cveRecord],
  summary: 'Red Hat reserves the CVE.',
  conflict: {
    summary: 'First report',
    claims: [
      { source: cveRecord, says: '03-27' },
      { source: freundMail, says: 'Debian first' },
    ],
  },
  era: 'discovery',
  importance: 2,
};

describe('the open data export', () => {
  it('turns an event into the documented JSON record', () => {
    const [record] = toEventRecords([event], (id) => `https://site.example/events/${id}/`);
    expect(record).toEqual({
      id: '2024-03-29-cve-reserved',
      title: 'CVE-2024-3094 is reserved, CVSS 10.0',
      date: '2024-03-29',
      datePrecision: 'day',
      time: '15:38',
      timeBasis: 'other',
      lanes: ['response'],
      actors: [{ id: 'red-hat', name: 'Red Hat', kind: 'organisation' }],
      tags: ['cve'],
      certainty: 'confirmed',
      summary: 'Red Hat reserves the CVE.',
      url: 'https://site.example/events/2024-03-29-cve-reserved/',
      sources: [
        {
          title: 'CVE record, "JSON"',
          url: 'https://example.org/cve',
          kind: 'primary',
          publisher: 'CVE Program',
        },
      ],
      conflict: {
        summary: 'First report',
        claims: [
          { source: 'CVE record, "JSON"', url: 'https://example.org/cve', says: '03-27' },
          {
            source: 'backdoor in upstream xz/liblzma',
            url: 'https://www.openwall.com/lists/oss-security/2024/03/29/4',
            says: 'Debian first',
          },
        ],
      },
    });
  });

  it('leaves out time, its basis and conflict when an event has none', () => {
    const [record] = toEventRecords(
      [{ ...event, time: undefined, timeBasis: undefined, conflict: undefined }],
      () => 'u',
    );
    expect(record).not.toHaveProperty('time');
    expect(record).not.toHaveProperty('timeBasis');
    expect(record).not.toHaveProperty('conflict');
  });

  it('quotes CSV cells that hold commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes one CSV header and one row per event', () => {
    const csv = toCsv(toEventRecords([event], () => 'https://site.example/e/'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,date,datePrecision,time,title,certainty,lanes,actors,tags,summary,url,sources,conflict,timeBasis',
    );
    expect(lines[1]).toBe(
      '2024-03-29-cve-reserved,2024-03-29,day,15:38,"CVE-2024-3094 is reserved, CVSS 10.0",confirmed,response,Red Hat,cve,Red Hat reserves the CVE.,https://site.example/e/,https://example.org/cve,First report,other',
    );
    expect(lines).toHaveLength(2);
  });

  it('joins lists with " | ", leaves empty cells for what an event lacks and ends with a line break', () => {
    const plain: StoryEvent = {
      ...event,
      time: undefined,
      timeBasis: undefined,
      conflict: undefined,
      lanes: ['response', 'discovery'],
      actors: [
        ...event.actors,
        { id: 'f', name: 'Andres Freund', kind: 'person', note: '', aliases: [] },
      ],
      tags: ['cve', 'disclosure'],
      sources: [cveRecord, freundMail],
    };
    const csv = toCsv(toEventRecords([plain], () => 'https://site.example/e/'));
    expect(csv.split('\r\n')).toEqual([
      'id,date,datePrecision,time,title,certainty,lanes,actors,tags,summary,url,sources,conflict,timeBasis',
      '2024-03-29-cve-reserved,2024-03-29,day,,"CVE-2024-3094 is reserved, CVSS 10.0",confirmed,response | discovery,Red Hat | Andres Freund,cve | disclosure,Red Hat reserves the CVE.,https://site.example/e/,https://example.org/cve | https://www.openwall.com/lists/oss-security/2024/03/29/4,,',
      '',
    ]);
  });
});
