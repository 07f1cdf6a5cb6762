/** What the page and the check workers say to each other. */
import type { CheckReport, CheckSideInput } from '../../lib/check/types';

export interface CheckRequest {
  id: number;
  tarball: File;
  git: { kind: 'archive'; file: File } | { kind: 'listing'; text: string };
}

export type CheckReply =
  | { id: number; progress: string }
  | { id: number; report: CheckReport; text: string; listing: string }
  | { id: number; error: string };

/** The check worker asks the side reader for one archive's entries. */
export interface SideRequest {
  id: number;
  file: File;
}

export type SideReply = { id: number; side: CheckSideInput } | { id: number; error: string };
