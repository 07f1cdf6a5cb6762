/**
 * The one inline script of the deck: it shows the slide the address names before the first
 * paint, so a reload mid-talk never flashes slide 1 on the projector (the deck's module script
 * runs later and does the full parsing). The site's Content-Security-Policy allows no inline
 * script without its hash, so the page that renders the deck registers this script's hash.
 */
export const FIRST_PAINT_SCRIPT = `(function () {
  var match = /[?&]slide=(\\d+)(?:&|$)/.exec(location.search);
  var slides = document.querySelectorAll('[data-slide]');
  var n = match ? Number(match[1]) : 1;
  if (n < 2 || n > slides.length) return;
  slides[0].hidden = true;
  slides[n - 1].hidden = false;
})();`;
