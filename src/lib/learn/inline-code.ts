/**
 * Quiz prompts and choices are plain YAML strings; `backticks` in them mark code. This splits a
 * string into text and code runs so a page can render <code> without trusting any HTML.
 * An unpaired backtick stays as literal text.
 */
export interface InlineRun {
  code: boolean;
  text: string;
}

export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of text.matchAll(/`([^`]+)`/g)) {
    if (match.index > last) runs.push({ code: false, text: text.slice(last, match.index) });
    runs.push({ code: true, text: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ code: false, text: text.slice(last) });
  return runs;
}
