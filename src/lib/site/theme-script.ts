/**
 * The inline script every layout puts first in <head>: it sets data-theme before the first paint,
 * so the page never flashes the wrong theme. The reader's stored choice ("light" | "dark") wins;
 * otherwise the system preference. It is a string so astro.config.mjs can hash it: a policy sent
 * as a header (not only the <meta> tag, which comes after it) must allow it by that hash.
 */
export const THEME_SCRIPT = `(function () {
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch (e) {
    /* storage blocked: follow the system */
  }
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();`;
