/** What the page and the check worker say to each other. */
import type { CheckReport } from '../../lib/check/types';

export interface CheckRequest {
  id: number;
  tarball: File;
  git: { kind: 'archive'; file: File } | { kind: 'listing'; text: string };
}

export type CheckReply =
  | { id: number; progress: string }
  | { id: number; report: CheckReport; text: string; listing: string }
  | { id: number; error: string };
