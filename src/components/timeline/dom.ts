/** Query that must succeed: the server-rendered markup is ours, so a miss is a bug to report. */
export function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`timeline markup is missing ${selector}`);
  return found;
}
