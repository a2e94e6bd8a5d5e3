/**
 * A site served from memory through playwright's `context.route`: no real network. Every request (the page,
 * each script, each API call) is answered after the same fixed latency, so the waterfall shows. The site records
 * how many requests a page made and which scripts it fetched, for the bytes it loaded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ORIGIN = 'https://partner.bench.invalid';

const TYPES = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every file under `dir`, by URL path under `prefix` (no source maps), with its gzip size (level 9). */
export function filesOf(dir, prefix = '/') {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    files.set(prefix + relative(dir, path).split('\\').join('/'), { body, gzip: gzipSync(body, { level: 9 }).length });
  }
  return files;
}

/** An HTML page that loads `script` (a module) and holds `body`. */
export function htmlPage(script, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${script}"></script></head>
<body style="margin:0;font-family:system-ui"><div id="chart" style="width:760px">${body}</div></body></html>`;
}

/**
 * Routes `context` to the site: `html` at `/`, `files` by path, and everything else to `api(request, url)`,
 * which returns `{ status, body }` (body a string) or null (a 404, counted as unexpected). Returns what was
 * served.
 */
export async function serve(context, { html, files, api, latency }) {
  const served = { requests: 0, scripts: [], unexpected: [] };
  await context.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    served.requests++;
    await sleep(latency);
    if (url.pathname === '/') return route.fulfill({ body: html, contentType: TYPES.html });
    const file = files.get(url.pathname);
    if (file) {
      if (url.pathname.endsWith('.js')) served.scripts.push({ path: url.pathname, gzip: file.gzip });
      return route.fulfill({ body: file.body, contentType: TYPES[url.pathname.split('.').pop()] });
    }
    const answer = await api(request, url);
    if (!answer) served.unexpected.push(`${request.method()} ${url.pathname}${url.search}`);
    const { status, body } = answer ?? { status: 404, body: '{"error":"Not found"}' };
    return route.fulfill({ status, body, contentType: TYPES.json });
  });
  return served;
}

/** The token endpoint's answer: a token that expires an hour from now. */
export const tokenAnswer = (token) => ({
  status: 200,
  body: JSON.stringify({ token, expires_at: new Date(Date.now() + 3_600_000).toISOString() }),
});
