/** What the deck and the speaker view both need to know about a key press before handling it. */

const CONTROLS = 'a[href], button, input, select, textarea, summary, [contenteditable="true"]';

/**
 * The element a key press came from. Not `instanceof Element`: the deck also hears keys from the
 * simulation in its build-step frames, whose elements belong to another window.
 */
function sourceElement(event: KeyboardEvent): Element | null {
  const target = event.target as Partial<Element> | null;
  return target && typeof target.closest === 'function' ? (target as Element) : null;
}

/** True when a focused link or button should keep Enter and Space for itself. */
export function isActivationForControl(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  return sourceElement(event)?.closest(CONTROLS) != null;
}

/** True when the key is being typed into a field, where shortcuts must stay quiet. */
export function isTyping(event: KeyboardEvent): boolean {
  return sourceElement(event)?.closest('input, select, textarea, [contenteditable="true"]') != null;
}
