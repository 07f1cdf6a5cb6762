/**
 * Keeps a popover that opens under an inline term inside the viewport: how far (in px) to
 * move it left or right from where it naturally lands. Pure so it can be unit-tested.
 */
export function horizontalShift(
  left: number,
  width: number,
  viewportWidth: number,
  margin = 8,
): number {
  const room = viewportWidth - 2 * margin;
  if (width >= room) return margin - left; // wider than the screen: pin to the left margin
  if (left < margin) return margin - left;
  const overflow = left + width - (viewportWidth - margin);
  return overflow > 0 ? -overflow : 0;
}
