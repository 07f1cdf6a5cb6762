/**
 * The inline script every layout puts first in <head>: it sets data-theme before the first paint,
 * so the page never flashes the wrong theme. A ?theme=light|dark in the address wins (the embed
 * generator's fixed theme for a blogger's frame); then the reader's stored choice ("light" |
 * "dark"); otherwise the system preference. It is a string so astro.config.mjs can hash it: a policy sent
 * as a header (not only the <meta> tag, which comes after it) must allow it by that hash.
 */
export const THEME_SCRIPT = `(function () {
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch (e) {
    /* storage blocked: follow the system */
  }
  const fixed = /[?&]theme=(light|dark)(?:&|$)/.exec(location.search);
  if (fixed) stored = fixed[1];
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();`;
