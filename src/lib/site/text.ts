/**
 * The first `max` code points of `text`. String#slice counts UTF-16 units and can cut an emoji
 * or any character outside the Basic Multilingual Plane in half, leaving a lone surrogate.
 */
export function truncateCodePoints(text: string, max: number): string {
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) return text.slice(0, end);
    end += char.length;
    count++;
  }
  return text;
}
