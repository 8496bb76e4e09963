// Benchmark of the public dashboard against a running instance:
//   node apps/dashboard/bench/endpoints.ts --base http://127.0.0.1:5173 [--runs 40] [--json] [--no-browser]
//
// Latency, p50/p95 over --runs sequential requests per endpoint, three ways:
//   warm  a repeated request: the figures come from the server's cache for the
//         current data version (still one query to read that version);
//   cold  `Cache-Control: no-cache` on the request: the server recomputes the
//         figures from ClickHouse, exactly what the first request after a data
//         change (a sync landing) does; ClickHouse's own caches stay warm;
//   304   a revalidation with If-None-Match: the data version is read and
//         compared, nothing is computed or sent.
// Aims: warm p95 < 50 ms, cold p95 < 300 ms.
//
// JavaScript size: for each public page, the client JS chunks it loads, from
// the build output (apps/dashboard/build/client), gzipped at level 9 and
// summed. "static" is what the page's HTML preloads (modulepreload and its
// entry imports); "loaded" is what headless Chromium actually fetched while
// the page rendered its charts (includes LayerChart's lazily imported parts).
// Aim: < 150 kB gzipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    runs: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    client: { type: 'string', default: fileURLToPath(new URL('../build/client', import.meta.url)) },
  },
});
if (!args.base) {
  console.error('usage: node apps/dashboard/bench/endpoints.ts --base URL [--runs N] [--json] [--no-browser]');
  process.exit(2);
}
const BASE = args.base.replace(/\/$/, '');
const RUNS = Number(args.runs);

const ENDPOINTS = [
  '/api/v1/metrics/coverage',
  '/api/v1/metrics/coverage?district=nanshan&ownership=central_soe',
  '/api/v1/metrics/demands',
  '/api/v1/metrics/demands?category=financing&from=2024-01-01',
  '/api/v1/metrics/investment',
  '/api/v1/metrics/investment?sector=new_energy&format=csv',
  '/api/v1/quality',
  '/api/v1/definitions',
  '/api/v1/openapi.json',
];
const PAGES = ['/', '/coverage', '/demands', '/investment', '/quality'];

const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))] ?? NaN;

async function timed(path: string, headers: Record<string, string>): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(BASE + path, { headers });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

interface Latency {
  path: string;
  status: number;
  warm: [number, number];
  cold: [number, number];
  revalidate: [number, number] | null;
}

async function series(path: string, headers: Record<string, string>): Promise<[number, number]> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push((await timed(path, headers)).ms);
  return [pct(ms, 50), pct(ms, 95)];
}

async function latency(path: string): Promise<Latency> {
  const first = await fetch(BASE + path);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  return {
    path,
    status: first.status,
    warm: await series(path, {}),
    cold: await series(path, { 'cache-control': 'no-cache' }),
    revalidate: etag ? await series(path, { 'if-none-match': etag }) : null,
  };
}

const gz = new Map<string, number>();
async function gzipSize(file: string): Promise<number> {
  let n = gz.get(file);
  if (n === undefined) gz.set(file, (n = gzipSync(await readFile(join(args.client, file)), { level: 9 }).length));
  return n;
}

/** JS files the page's HTML preloads or imports, as paths under the client build. */
async function staticJs(page: string): Promise<string[]> {
  const html = await (await fetch(BASE + page)).text();
  const refs = [...html.matchAll(/(?:href="|import\(")\.?\.?\/?((?:\.\.\/)*_app\/immutable\/[^"]+\.js)"/g)].map((m) =>
    m[1]!.replace(/^(\.\.\/)+/, ''),
  );
  return [...new Set(refs)];
}

/** JS files Chromium fetched from the site while loading the page and drawing its charts. */
async function loadedJs(pages: string[]): Promise<Map<string, string[]> | null> {
  if (args['no-browser']) return null;
  const { launchChromium } = await import('@liaison/stack/chromium');
  const browser = await launchChromium();
  const out = new Map<string, string[]>();
  try {
    for (const path of pages) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      const files = new Set<string>();
      page.on('response', (r) => {
        const u = new URL(r.url());
        if (u.pathname.endsWith('.js') && u.pathname.includes('/_app/immutable/')) files.add(u.pathname.replace(/^\//, ''));
      });
      await page.goto(BASE + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      out.set(path, [...files]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const sum = async (files: string[]) => (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);
const kb = (n: number) => Math.round(n / 102.4) / 10;

const latencies: Latency[] = [];
for (const path of [...ENDPOINTS, ...PAGES]) latencies.push(await latency(path));
const loaded = await loadedJs(PAGES).catch((e: unknown) => {
  console.error(`(no browser measurement: ${(e as Error).message.split('\n')[0]})`);
  return null;
});
const js = [];
for (const page of PAGES) {
  const s = await staticJs(page);
  const l = loaded?.get(page);
  js.push({
    page,
    staticKb: kb(await sum(s)),
    staticFiles: s.length,
    loadedKb: l ? kb(await sum(l)) : null,
    loadedFiles: l?.length ?? null,
  });
}

if (args.json) {
  console.log(JSON.stringify({ base: BASE, runs: RUNS, latencies, js }, null, 2));
} else {
  const f = ([a, b]: [number, number]) => `${a.toFixed(1).padStart(6)} ${b.toFixed(1).padStart(6)}`;
  console.log(`${BASE}, ${RUNS} requests each (ms)          status   warm p50/p95   cold p50/p95    304 p50/p95`);
  for (const l of latencies) {
    console.log(`${l.path.padEnd(64)} ${l.status}  ${f(l.warm)}  ${f(l.cold)}  ${l.revalidate ? f(l.revalidate) : '     —      —'}`);
  }
  console.log('\nclient JS per page, gzipped (kB)   static (preloaded)   loaded (Chromium)');
  for (const j of js) {
    console.log(
      `${j.page.padEnd(34)} ${String(j.staticKb).padStart(8)} (${j.staticFiles} files)   ${j.loadedKb === null ? '—' : `${j.loadedKb} (${j.loadedFiles} files)`}`,
    );
  }
}
