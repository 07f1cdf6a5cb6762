/**
 * The one inline script of the deck: a reload mid-talk must never flash slide 1 on the
 * projector, so when the address names a later slide it hides the title before the first paint
 * and the stage stays dark until the deck's module script, which knows the cuts, shows the slide. The site's Content-Security-Policy allows no inline
 * script without its hash, so the page that renders the deck registers this script's hash.
 */
export const FIRST_PAINT_SCRIPT = `(function () {
  var match = /[?&]slide=(\\d+)(?:&|$)/.exec(location.search);
  var n = match ? Number(match[1]) : 1;
  if (n < 2) return;
  var first = document.querySelector('[data-slide]');
  if (first) first.hidden = true;
})();`;
