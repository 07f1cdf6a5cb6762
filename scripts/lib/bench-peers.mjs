// The two timelines /timeline/ is measured against (npm run bench:timeline): TimelineJS3 and
// vis-timeline, at the versions the comparison in the README names. They are fetched from the npm
// registry on first use (never installed with the project, never shipped), checked against the
// registry's published sha512, cached under node_modules/.cache/, and served to the bench's
// browser from memory with the same events our page draws.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE = 'node_modules/.cache/bench-peers';

/** What each peer's page loads, and the element that counts as its first event mark. */
export const PEERS = {
  timelinejs: {
    label: 'TimelineJS3 3.9.11',
    spec: '@knight-lab/timelinejs@3.9.11',
    tarball: 'knight-lab-timelinejs-3.9.11.tgz',
    integrity:
      'sha512-+jUuY1OJ+9zSO5O3AfYSLd1yB0vQkm22zyIElz8BWT5DQ9mL0rsxlQkBKAqLbWpJjFuAAJeqzLY35xFIg6GW4g==',
    script: 'package/dist/js/timeline.js',
    style: 'package/dist/css/timeline.css',
    mark: '.tl-timemarker',
  },
  vis: {
    label: 'vis-timeline 8.5.4',
    spec: 'vis-timeline@8.5.4',
    tarball: 'vis-timeline-8.5.4.tgz',
    integrity:
      'sha512-Xt7RNrRvOkQiSyk6vFTXSRwTunT0y9MzDgHY8N8H9nPuebJ6Vg+u3xnv0Swbxna/Pa2E3HjaBblEIQiK74E01Q==',
    script: 'package/standalone/umd/vis-timeline-graph2d.min.js',
    style: 'package/styles/vis-timeline-graph2d.min.css',
    mark: '.vis-item',
  },
};

/** The peer's tarball, downloaded once and refused when it is not the published one. */
function tarballOf(peer) {
  const path = join(CACHE, peer.tarball);
  if (!existsSync(path)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync('npm', ['pack', peer.spec, '--silent', '--pack-destination', CACHE], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const digest = `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
  if (digest !== peer.integrity)
    throw new Error(`${path}: sha512 ${digest} is not the registry's ${peer.integrity}.`);
  return path;
}

/** The peer's script and style sheet, read from its tarball. */
export function peerFiles(peer) {
  const tarball = tarballOf(peer);
  const read = (member) =>
    execFileSync('tar', ['-xzOf', tarball, member], { maxBuffer: 64 * 1024 * 1024 });
  return { script: read(peer.script), style: read(peer.style) };
}

/** An event date (YYYY, YYYY-MM or YYYY-MM-DD) as TimelineJS's date object. */
function timelineJsDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** `<` escaped so the JSON cannot close the script element it sits in. */
const inScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A page as a blogger would write it: the library's style sheet and script, a container and the
 * call that draws the events ({ title, date, lane }). Nothing else is on the page, which favours
 * the peers: our page also carries the site's header, the filters and the no-JavaScript list.
 */
export function peerPage(name, events, assetBase) {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="${assetBase}${name}.css"></head><body>`;
  if (name === 'timelinejs') {
    const data = {
      events: events.map((event) => ({
        start_date: timelineJsDate(event.date),
        text: { headline: event.title, text: '' },
      })),
    };
    return `${head}<div id="timeline" style="width:100%;height:600px"></div>
<script src="${assetBase}${name}.js"></script>
<script>new TL.Timeline('timeline', ${inScript(data)}, { script_path: '${assetBase}' });</script></body></html>`;
  }
  const lanes = [...new Set(events.map((event) => event.lane))];
  const groups = lanes.map((lane) => ({ id: lane, content: lane }));
  const items = events.map((event, id) => ({
    id,
    content: event.title,
    start: event.date,
    group: event.lane,
  }));
  return `${head}<div id="timeline"></div>
<script src="${assetBase}${name}.js"></script>
<script>new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(${inScript(items)}), new vis.DataSet(${inScript(groups)}), {});</script></body></html>`;
}
