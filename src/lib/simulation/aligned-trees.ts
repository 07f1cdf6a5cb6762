/**
 * The git tag and the release tarball side by side, one row per path: the same file sits on
 * the same row in both columns, and a path that one side lacks leaves that side's cell empty.
 * That empty cell is the lesson (build-to-host.m4 has no row partner in git).
 */
import { type TreeFile, type TreeNode, treeOrder } from './trees.ts';

export interface AlignedRow {
  path: string;
  name: string;
  /** 0 for top-level entries. */
  depth: number;
  directory: boolean;
  /** The file on each side; for a directory, whether that side has it. */
  git: TreeFile | boolean;
  tarball: TreeFile | boolean;
}

const keyOf = (node: TreeNode) => `${node.file ? 'f' : 'd'}:${node.name}`;

function presence(node: TreeNode | undefined): TreeFile | boolean {
  if (!node) return false;
  return node.file ?? true;
}

/** Merges two nested trees into rows; both trees' roots are the nestTree roots. */
export function alignTrees(git: TreeNode, tarball: TreeNode): AlignedRow[] {
  const rows: AlignedRow[] = [];
  const walk = (left: TreeNode | undefined, right: TreeNode | undefined, depth: number) => {
    const byKey = new Map<string, { git?: TreeNode; tarball?: TreeNode; node: TreeNode }>();
    for (const node of left?.children ?? []) byKey.set(keyOf(node), { git: node, node });
    for (const node of right?.children ?? []) {
      const pair = byKey.get(keyOf(node));
      if (pair) pair.tarball = node;
      else byKey.set(keyOf(node), { tarball: node, node });
    }
    // The order nestTree gives each side, so that the merged rows read like either tree.
    const pairs = [...byKey.values()].sort((a, b) => treeOrder(a.node, b.node));
    for (const pair of pairs) {
      rows.push({
        path: pair.node.path,
        name: pair.node.name,
        depth,
        directory: !pair.node.file,
        git: presence(pair.git),
        tarball: presence(pair.tarball),
      });
      if (!pair.node.file) walk(pair.git, pair.tarball, depth + 1);
    }
  };
  walk(git, tarball, 0);
  return rows;
}
