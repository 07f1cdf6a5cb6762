/** What the deck and the speaker view both need to know about a key press before handling it. */

const CONTROLS = 'a[href], button, input, select, textarea, summary, [contenteditable="true"]';

/** True when a focused link or button should keep Enter and Space for itself. */
export function isActivationForControl(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  return event.target instanceof Element && event.target.closest(CONTROLS) !== null;
}

/** True when the key is being typed into a field, where shortcuts must stay quiet. */
export function isTyping(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable="true"]') !== null;
}
