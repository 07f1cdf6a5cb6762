/** The HTML of the package's launch page: a full-size frame for the training pages. */
export interface LaunchPageInput {
  version: '1.2' | '2004';
  title: string;
  /** The first training page, relative to the package root. */
  start: string;
  /** The bundled launch script's file name. */
  script: string;
}

export function launchPageHtml({ version, title, start, script }: LaunchPageInput): string {
  const safeTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="en" data-scorm-version="${version}" data-start="${start}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  [data-lms-status]:empty { display: none; }
  [data-lms-status] { margin: 0; padding: 0.5rem 1rem; background: #fff4d6; color: #3a2a00; }
  iframe { flex: 1; width: 100%; border: 0; }
</style>
<script type="module" src="${script}"></script>
</head>
<body>
<p data-lms-status role="status"></p>
<iframe data-training title="${safeTitle}"></iframe>
<noscript><p><a href="${start}">Open the training path</a> (JavaScript is off, so nothing is reported to the learning platform).</p></noscript>
</body>
</html>
`;
}
