/**
 * The certainty rule: `confirmed` wherever the event's own primary record was found and read,
 * `reported` only where none could be. A record is a source whose address shows it is one of the
 * kinds below (a git commit or tag, a mail, a bug or pull request, an advisory, a package-archive
 * entry); other primary sources (statements, news posts, profiles) do not count as records.
 */
import { gitCitationOf } from './git-records';
import type { Certainty, SourceKind } from './vocabulary';

export type RecordKind = 'git' | 'mail' | 'bug' | 'pull-request' | 'advisory' | 'package-archive';

const RECORD_ADDRESSES: [RecordKind, RegExp][] = [
  [
    'mail',
    /^https:\/\/(www\.)?mail-archive\.com\/|^https:\/\/lore\.kernel\.org\/|^https:\/\/www\.openwall\.com\/lists\//,
  ],
  [
    'advisory',
    /^https:\/\/lists\.debian\.org\/debian-security-announce\/|^https:\/\/www\.cisa\.gov\/news-events\/alerts\/|^https:\/\/github\.com\/CVEProject\/cvelistV5\//,
  ],
  [
    'bug',
    /^https:\/\/bugs\.debian\.org\/|^https:\/\/bugs\.gentoo\.org\/|^https:\/\/bugzilla\.|^https:\/\/bugs\.launchpad\.net\/|^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+/,
  ],
  ['pull-request', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/pull\/\d+/],
  ['package-archive', /^https:\/\/tracker\.debian\.org\/news\//],
];

/** The kind of record a source's address points at, or undefined for anything else. */
export function recordKindOf(url: string): RecordKind | undefined {
  if (gitCitationOf(url)) return 'git';
  return RECORD_ADDRESSES.find(([, pattern]) => pattern.test(url))?.[0];
}

export interface EventForCertaintyCheck {
  id: string;
  filePath: string;
  certainty: Certainty;
  sources: string[];
  contextSources: string[];
  reportedBecause?: string | undefined;
}

export interface SourceForCertaintyCheck {
  kind: SourceKind;
  url: string;
}

/**
 * Problems where a label does not follow the evidence:
 * - a `confirmed` event must cite a primary source as its own (not only as context);
 * - a `reported` event must not cite its own primary record silently: each one has to be named
 *   by id in `reportedBecause`, which says why it does not confirm the event (not read, or it
 *   does not give the day …). Once it has been read and shows the event, the label is `confirmed`.
 */
export function checkCertainty(
  events: EventForCertaintyCheck[],
  sources: ReadonlyMap<string, SourceForCertaintyCheck>,
): string[] {
  const problems: string[] = [];
  for (const event of events) {
    const own = event.sources.filter((id) => !event.contextSources.includes(id));
    const ownPrimary = own.filter((id) => sources.get(id)?.kind === 'primary');
    if (event.certainty === 'confirmed' && ownPrimary.length === 0) {
      problems.push(
        `${event.filePath}: certainty: "confirmed" needs a primary source cited as the event's own record, but every primary source is under contextSources`,
      );
    }
    if (event.certainty !== 'reported') continue;
    const reason = event.reportedBecause ?? '';
    for (const id of ownPrimary) {
      const kind = recordKindOf(sources.get(id)!.url);
      if (kind && !reason.includes(id)) {
        problems.push(
          `${event.filePath}: certainty: "reported" although it cites the ${kind} record "${id}": read it and mark the event confirmed, or say in reportedBecause why "${id}" does not confirm it`,
        );
      }
    }
  }
  return problems;
}
