/**
 * The one way the site copies text: the Clipboard API when the browser allows it; otherwise
 * (an http page, a denied permission, an old browser) the text is left selected in `field`
 * for Ctrl+C. Never throws; says which happened so the button can tell the reader.
 */
export type CopyOutcome = 'copied' | 'selected' | 'failed';

export async function copyText(
  text: string,
  field?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!field) return 'failed';
    field.focus();
    field.select();
    return 'selected';
  }
}

/** What to tell the reader when the text was left selected instead of copied. */
export const SELECTED_MESSAGE =
  'Your browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
