/**
 * `npm run bench`: how much the extension costs a page, in real Chromium, against the floor
 * (a bare TreeWalker read of all text) and against mark.js. Contract: ../shared/DESIGN.md.
 *
 *   npm run bench [-- --reps 5] [-- --no-build] [-- --quick] [-- --help]
 *
 * What runs, all in one run:
 * - pages: generated news-like pages of ~1k, ~10k and ~100k words (tools/bench/generate.ts,
 *   fixed seed) and the bundled demo page;
 * - on the bench origin (no extension), per page, each repetition on a freshly loaded page:
 *   the bare walk, the pass with the engine run in the page (how the extension worked before
 *   recognition moved to the background; kept for comparison and for the lexicon ×10 check),
 *   its page side alone (annotations recognised before the clock starts), and mark.js with
 *   every surface form of the bundled concepts. All timed from the start of the work to just
 *   after the first frame once it finished (tools/bench/harness.ts);
 * - with the real test build (recognition in its service worker): the content script's own
 *   pass, run in the content script's isolated world after the content script was switched
 *   off on the page: wall time, first highlights in view (warm background, and after the
 *   service worker was stopped over CDP), the bytes the tab receives, and, from a DevTools
 *   trace, the main-thread time it takes (10k) and the longest main-thread task (100k);
 * - the longest task running the extension's code on the first page of a new renderer (a
 *   trace of a new tab on an origin no other tab has open), and the content script's size;
 * - the content script's JS heap growth on the 100k page, and pointer-event-to-card latency;
 * - in Node: recognise() and the number parser over generated text, in MB/s (the engine
 *   bundled by Vite as the extension bundles it).
 *
 * Prints a table, PASS/FAIL per target, then (last) one JSON line. Exits 1 when a target fails.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import type { CompiledLexicon } from '../lib/recognise/recognise';
import { chromiumArgs, requireChromium, TEST_BUILD_DIR } from './browser';
import { startStaticServer } from './serve';
import { generateArticleText, generatePage } from './bench/generate';
import { bundledLexicon, bundledSnapshot, grownLexicon, markTerms, vocabulary } from './bench/lexicon';
import type { ExtensionTiming, Timing } from './bench/harness';
import { HIGHLIGHTS_STYLESHEET } from '../lib/page/highlights';

const require = createRequire(import.meta.url);
const OUT = resolve('test-results/bench');
const BENCH_ORIGIN = 'http://bench.test'; // served by the bench itself; the extension is not active there

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
if (flag('--help') || flag('-h')) {
  process.stdout.write(
    'npm run bench [-- options]\n' +
      '  --reps N        repetitions per page and method (default 5)\n' +
      '  --quick         2 repetitions (for iterating; figures are noisier)\n' +
      '  --no-build      reuse .output/chrome-mv3-test\n' +
      '  --markjs-100k   also run mark.js on 100k words (minutes per run)\n',
  );
  process.exit(0);
}
const REPS = Math.max(1, option('--reps', flag('--quick') ? 2 : 5));

// ---------------------------------------------------------------------------------------
// small helpers

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const log = (s: string) => process.stderr.write(s + '\n');

function machine() {
  const cpu = readFileSafe('/proc/cpuinfo').match(/model name\s*:\s*(.+)/)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execSync(`"${requireChromium()}" --version`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    /* keep unknown */
  }
  return { cores: cpus().length, memGb: Math.round(totalmem() / 2 ** 30), cpu, chromium: chromiumVersion, node: process.version };
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------
// preparation: pages, lexicons, the in-page bundle, the test build

interface BenchPage {
  name: string;
  file: string;
  words: number;
}

function preparePages(): BenchPage[] {
  mkdirSync(OUT, { recursive: true });
  const vocab = vocabulary();
  const pages: BenchPage[] = [];
  const demo = readFileSync('test/fixtures/pages/demo.html', 'utf8');
  copyFileSync('test/fixtures/pages/demo.html', join(OUT, 'demo.html'));
  const demoWords = demo.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  pages.push({ name: 'demo', file: 'demo.html', words: demoWords });
  for (const [name, target] of [['1k', 1_000], ['10k', 10_000], ['100k', 100_000]] as const) {
    const page = generatePage(target, vocab);
    writeFileSync(join(OUT, `${name}.html`), page.html);
    pages.push({ name, file: `${name}.html`, words: page.words });
  }
  return pages;
}

/** Bundles a bench entry with Vite, as the extension's code is bundled; returns the file. */
async function bundle(name: string, format: 'iife' | 'es', fileName: string): Promise<string> {
  const outDir = join(OUT, name);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(`tools/bench/${name}.ts`), formats: [format], name: 'mlBench', fileName: () => fileName },
    },
  });
  return join(outDir, fileName);
}

async function buildHarness(): Promise<string> {
  return readFileSync(await bundle('harness', 'iife', 'harness.js'), 'utf8');
}

type Engine = typeof import('./bench/engine');

/** The engine bundled as the extension bundles it (tools/bench/engine.ts), loaded in Node. */
async function buildEngine(): Promise<Engine> {
  return (await import(pathToFileURL(await bundle('engine', 'es', 'engine.mjs')).href)) as Engine;
}

function ensureTestBuild(): void {
  if (flag('--no-build') && existsSync(join(TEST_BUILD_DIR, 'manifest.json'))) return;
  log('Building the test build of the extension (npm run build:test)…');
  execSync('npm run -s build:test', { stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---------------------------------------------------------------------------------------
// Node: the engine's throughput

function throughput(fn: () => unknown, bytes: number, runs = 5): number {
  fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return bytes / 1e6 / (median(times) / 1000);
}

function engineThroughput({ recognise, parseNumbers }: Engine, lexicon: CompiledLexicon) {
  const text = generateArticleText(2_000_000, vocabulary());
  const bytes = Buffer.byteLength(text);
  let annotations = 0;
  const engine = throughput(() => {
    annotations = recognise(text, lexicon, { lang: 'nl', published: '2024-06-20' }).annotations.length;
  }, bytes);
  // Number-dense text: the parser layer alone.
  const para =
    'In 2023 kwamen ruim 38.000 eerste asielaanvragen binnen (Kamerstuk 19637, nr. 2535). Circa 40 procent vertrekt daadwerkelijk; ' +
    'de kosten stegen van € 1,2 miljard naar 1,5 miljard euro. Op 14 oktober 2019 om 10:56 meldde de IND dat tussen de 84 en 87 procent ' +
    'werd ingewilligd, bijna 2900 meer dan in 2022. Een derde van de nareizigers, zo’n vijftigduizend mensen, wacht nog. Bel 020-1234567. ';
  const dense = para.repeat(Math.ceil(1_000_000 / para.length));
  let numbers = 0;
  const parser = throughput(() => {
    numbers = parseNumbers(dense, { lang: 'nl' }).length;
  }, Buffer.byteLength(dense));
  return { engine, engineBytes: bytes, annotations, parser, parserBytes: Buffer.byteLength(dense), numbers };
}

// ---------------------------------------------------------------------------------------
// Chromium

async function launch(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ml-bench-')), {
    executablePath: requireChromium(),
    headless: true,
    // expose-gc: the harness collects the setup's garbage before each timed run.
    args: [...chromiumArgs(TEST_BUILD_DIR), '--js-flags=--expose-gc'],
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  // The bench origin: pages served from test-results/bench without the content script.
  await context.route(`${BENCH_ORIGIN}/**`, (route) => {
    const path = join(OUT, new URL(route.request().url()).pathname);
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    // The extension injects its highlight stylesheet before the page is styled (manifest /
    // registered content script `css`, insertCSS): here it heads the page, for every method
    // alike, so the full pass paints under it as in the extension.
    const html = readFileSync(path, 'utf8').replace(/<head[^>]*>/i, (h) => `${h}<style>${HIGHLIGHTS_STYLESHEET}</style>`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return context;
}

/** A fresh load of the page, settled: loaded, laid out, two frames drawn, idle. */
async function freshLoad(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(
    () =>
      new Promise<void>((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50))),
      ),
  );
}

type Method = 'walk' | 'full' | 'pageSide' | 'mark';

interface RunContext {
  page: Page;
  harness: string;
  markJs: string;
  lexicon: CompiledLexicon;
  terms: string[];
}

async function runOnce(rc: RunContext, file: string, method: Method, lexicon = rc.lexicon): Promise<Timing> {
  const { page } = rc;
  await freshLoad(page, `${BENCH_ORIGIN}/${file}`);
  await page.evaluate(rc.harness + '\n;0');
  if (method === 'mark') await page.evaluate(rc.markJs + '\n;0');
  // The lexicon arrives as the content script gets it: already parsed from a message.
  if (method === 'full' || method === 'pageSide') await page.evaluate((json) => ((globalThis as Record<string, unknown>).__mlLexicon = JSON.parse(json)), JSON.stringify(lexicon));
  return page.evaluate(
    ([m, terms]) => {
      const b = (globalThis as any).__mlBench;
      if (m === 'walk') return b.walk();
      if (m === 'full') return b.full((globalThis as any).__mlLexicon);
      if (m === 'pageSide') return b.pageSide((globalThis as any).__mlLexicon);
      return b.mark(terms);
    },
    [method, method === 'mark' ? rc.terms : []] as const,
  ) as Promise<Timing>;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

// ---------------------------------------------------------------------------------------
// with the real extension

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hs = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
    let n = 0;
    hs?.forEach((h, name) => {
      if (name.startsWith('migration-lens-')) n += h.size;
    });
    return n;
  });
}

/** Waits until the content script's highlights stop changing. */
async function waitForExtension(page: Page, timeoutMs = 30_000): Promise<number> {
  const t0 = Date.now();
  let last = -1;
  let stable = 0;
  while (Date.now() - t0 < timeoutMs) {
    const n = await highlightCount(page);
    if (n > 0 && n === last) {
      if (++stable >= 3) return n;
    } else stable = 0;
    last = n;
    await page.waitForTimeout(250);
  }
  throw new Error(`the extension did not finish annotating ${page.url()} within ${timeoutMs} ms`);
}

async function heapUsed(page: Page): Promise<{ js: number; embedder: number }> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
}

/**
 * The content script's heap growth on a page: the page's heap (after garbage collection)
 * with the content script done, minus the same page's heap on an origin where the content
 * script does not run. Includes everything the extension keeps in the page: the fact-base
 * snapshot and lexicon, the blocks, annotations and ranges, the UI.
 */
async function heapGrowth(context: BrowserContext, origin: string, file: string, reps = 3) {
  const page = await context.newPage();
  const withExt: number[] = [];
  const without: number[] = [];
  const embWith: number[] = [];
  const embWithout: number[] = [];
  let annotations = 0;
  for (let i = 0; i < reps; i++) {
    await freshLoad(page, `${BENCH_ORIGIN}/${file}`);
    await page.waitForTimeout(500);
    const a = await heapUsed(page);
    without.push(a.js);
    embWithout.push(a.embedder);
    await freshLoad(page, `${origin}/${file}`);
    annotations = await waitForExtension(page);
    const b = await heapUsed(page);
    withExt.push(b.js);
    embWith.push(b.embedder);
  }
  await page.close();
  return {
    jsMb: (median(withExt) - median(without)) / 2 ** 20,
    embedderMb: (median(embWith) - median(embWithout)) / 2 ** 20,
    annotations,
  };
}

async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated');
  const world = isolated.find((c) => /Migration Lens/i.test(c.name)) ?? isolated[0];
  if (!world) throw new Error('no content-script world found');
  return world.id;
}

/**
 * Pointer event → card painted, with the real content script: a probe in the content
 * script's isolated world notes the pointermove's timeStamp, watches the UI's closed shadow
 * root (chrome.dom.openOrClosedShadowRoot) for the card, and stops the clock in a task
 * posted when the card appears, i.e. after the frame that paints it.
 */
async function cardLatency(context: BrowserContext, origin: string, file: string, samples = 9) {
  const page = await context.newPage();
  await freshLoad(page, `${origin}/${file}`);
  await waitForExtension(page);
  const cdp = await context.newCDPSession(page);
  const world = await isolatedWorld(cdp);
  const run = async (expression: string) => {
    const res = (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })) as {
      result: { value: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  };
  await run(`(() => {
    const host = document.querySelector('migration-lens-ui');
    const root = chrome.dom.openOrClosedShadowRoot(host);
    const probe = { armed: false, move: 0, waiting: false, results: [] };
    globalThis.__mlProbe = probe;
    globalThis.__mlCardOpen = () => !!root.querySelector('.card');
    const moved = (e) => {
      if (!probe.armed) return;
      probe.armed = false;
      probe.move = e.timeStamp;
      probe.waiting = true;
    };
    // On window, capturing: runs before the content script's own listener for this move.
    window.addEventListener('pointermove', moved, { capture: true });
    new MutationObserver(() => {
      if (!probe.waiting || !root.querySelector('.card')) return;
      probe.waiting = false;
      const dom = performance.now() - probe.move;
      // pointermove is dispatched at the start of a frame, so the card appears during that
      // frame's input phase: a task posted now runs once the frame has painted it.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => probe.results.push({ dom, painted: performance.now() - probe.move });
      ch.port2.postMessage(0);
    }).observe(root, { childList: true, subtree: true, characterData: true });
    return true;
  })()`);
  // Targets: annotations in view, spread over the page's first screen.
  const targets = (await page.evaluate((n) => {
    const out: { x: number; y: number }[] = [];
    const hs = (CSS as any).highlights as Map<string, Set<Range>>;
    const all: Range[] = [];
    hs.forEach((h, name) => name.startsWith('migration-lens-') && h.forEach((r) => all.push(r)));
    const boxes = all
      .map((r) => r.getClientRects()[0])
      .filter((b) => b && b.top > 40 && b.bottom < innerHeight - 40 && b.width > 8)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const step = Math.max(1, Math.floor(boxes.length / n));
    for (let i = 0; i < boxes.length && out.length < n; i += step) out.push({ x: boxes[i].left + Math.min(6, boxes[i].width / 2), y: boxes[i].top + boxes[i].height / 2 });
    return out;
  }, samples)) as { x: number; y: number }[];
  const results: { dom: number; painted: number }[] = [];
  for (const t of targets) {
    await page.mouse.move(4, 4); // the page margin: no annotation
    for (let i = 0; i < 40 && (await run('__mlCardOpen()')); i++) await page.waitForTimeout(50);
    await page.waitForTimeout(100);
    await run('(__mlProbe.armed = true, __mlProbe.results.length = 0, true)');
    await page.mouse.move(t.x, t.y);
    let r: { dom: number; painted: number }[] = [];
    for (let i = 0; i < 40; i++) {
      r = (await run('__mlProbe.results')) as typeof r;
      if (r.length) break;
      await page.waitForTimeout(25);
    }
    if (r.length) results.push(r[0]);
  }
  await cdp.detach();
  await page.close();
  return {
    ms: results.length ? median(results.map((r) => r.painted)) : NaN,
    domMs: results.length ? median(results.map((r) => r.dom)) : NaN,
    max: results.length ? Math.max(...results.map((r) => r.painted)) : NaN,
    samples: results.length,
    tried: targets.length,
  };
}

// ---------------------------------------------------------------------------------------
// what a page pays with recognition in the extension's background

/** Stops the extension's service worker, as Chrome does when it has been idle, and waits until it has stopped. */
async function stopBackground(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < 100 && !status.size; i++) await page.waitForTimeout(20);
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 250 && ![...status.values()].every((s) => s === 'stopped'); i++) await page.waitForTimeout(20);
    if (![...status.values()].every((s) => s === 'stopped')) throw new Error('the service worker did not stop');
  } finally {
    await cdp.detach();
  }
}

interface ExtensionPage {
  page: Page;
  /** Evaluate in the content script's isolated world. */
  run<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The page with the test build's content script done, then switched off on it (the site
 * switch's own message), so the harness's pass in the content script's world is the only
 * one painting; the background stays as the content script left it (warm).
 */
async function extensionPage(context: BrowserContext, origin: string, file: string, harness: string): Promise<ExtensionPage> {
  const page = await context.newPage();
  await freshLoad(page, `${origin}/${file}`);
  await waitForExtension(page);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async (url) => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ url });
    await c.tabs.sendMessage(tab.id, { type: 'siteDisabled' });
  }, page.url());
  for (let i = 0; i < 100 && (await highlightCount(page)) > 0; i++) await page.waitForTimeout(50);
  const cdp = await context.newCDPSession(page);
  const world = await isolatedWorld(cdp);
  const run = async <T,>(expression: string): Promise<T> => {
    const res = (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })) as {
      result: { value: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  };
  await run(harness + '\n;0');
  await page.waitForTimeout(200);
  return { page, run, close: async () => (await cdp.detach().catch(() => undefined), await page.close()) };
}

/** Records a DevTools trace of the renderer while `work` runs. */
async function traced<T>(page: Page, work: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', '__metadata'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { events, result };
}

const isTask = (e: TraceEvent) => e.ph === 'X' && !!e.dur && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

/** Every task on the renderer's main thread between the bench's start and end marks: their sum and the longest. */
function mainThreadBetweenMarks(events: TraceEvent[]): { sumMs: number; longestMs: number; longestWhat: string } {
  const start = events.find((e) => e.name === 'ml-bench-start');
  const end = events.find((e) => e.name === 'ml-bench-end');
  if (!start || !end) return { sumMs: NaN, longestMs: NaN, longestWhat: '' };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? start.tid;
  let sum = 0;
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== tid || !isTask(e)) continue;
    if (e.ts + e.dur! < start.ts || e.ts > end.ts) continue;
    // Only the part inside the window (the first task began before the start mark).
    const ms = (Math.min(e.ts + e.dur!, end.ts) - Math.max(e.ts, start.ts)) / 1000;
    sum += ms;
    if (!longest || e.dur! > longest.dur!) longest = e;
  }
  if (!longest) return { sumMs: sum, longestMs: 0, longestWhat: '' };
  // What the longest task spent its time on: its largest events (script, style, layout, paint, GC).
  const t = longest;
  const inside = events
    .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e !== t && !isTask(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!)
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 4)
    .map((e) => `${e.name} ${fmt(e.dur! / 1000)}`);
  return { sumMs: sum, longestMs: t.dur! / 1000, longestWhat: inside.join(', ') };
}

/** A pass of the extension on a page: untraced (wall time, first paint, bytes) or traced (main-thread time, longest task). */
async function extensionPass(context: BrowserContext, origin: string, file: string, harness: string, opts: { cold?: boolean; trace?: boolean } = {}) {
  const ep = await extensionPage(context, origin, file, harness);
  try {
    if (opts.cold) await stopBackground(ep.page);
    const go = () => ep.run<ExtensionTiming>('globalThis.__mlBench.extension()');
    if (!opts.trace) return { timing: await go(), sumMs: NaN, longestMs: NaN, longestWhat: '' };
    const { events, result } = await traced(ep.page, go);
    return { timing: result, ...mainThreadBetweenMarks(events) };
  } finally {
    await ep.close();
  }
}

/** The bare walk's main-thread time, traced the same way (on the bench origin, without the extension). */
async function tracedWalk(rc: RunContext, file: string): Promise<number> {
  await freshLoad(rc.page, `${BENCH_ORIGIN}/${file}`);
  await rc.page.evaluate(rc.harness + '\n;0');
  const { events } = await traced(rc.page, () => rc.page.evaluate(() => (globalThis as any).__mlBench.walk()));
  return mainThreadBetweenMarks(events).sumMs;
}

/**
 * The longest main-thread task that runs the extension's code on the first page of a new
 * renderer process: a new tab on an origin no other tab has open, traced from navigation until
 * the content script has painted. A task counts when an event in it names the extension's URL
 * (its scripts being compiled and run, its callbacks).
 */
async function startupTask(context: BrowserContext, origin: string, file: string): Promise<number> {
  const page = await context.newPage();
  try {
    const { events } = await traced(page, async () => {
      await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
      await waitForExtension(page);
    });
    // The page's renderer main thread (not the service worker's, whose tasks are off the page).
    const url = `${origin}/${file}`;
    const pagePids = new Set(events.filter((e) => e.args && JSON.stringify(e.args).includes(url)).map((e) => e.pid));
    const mains = new Set(
      events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pagePids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
    );
    const ours = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.args && JSON.stringify(e.args).includes('chrome-extension://'));
    let longest = 0;
    for (const task of events) {
      if (!isTask(task) || !mains.has(`${task.pid}:${task.tid}`)) continue;
      const inside = ours.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur!);
      if (inside) longest = Math.max(longest, task.dur! / 1000);
    }
    return longest;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const tStart = Date.now();
  const info = machine();
  const loadStart = loadavg().map((x) => x.toFixed(1)).join(' ');
  log(`Migration Lens bench — ${info.cores} cores, ${info.memGb} GB, ${info.cpu}, ${info.chromium}, node ${info.node}; ${REPS} repetitions`);

  const pages = preparePages();
  const snapshot = bundledSnapshot();
  const lexicon = bundledLexicon();
  const terms = markTerms(snapshot);
  const lexicon10 = grownLexicon(10);
  log(`Lexicon: ${lexicon.terms.patterns.length} surface forms (${(JSON.stringify(lexicon).length / 1024).toFixed(0)} KB as JSON); ×10: ${lexicon10.terms.patterns.length} forms (${(JSON.stringify(lexicon10).length / 1024).toFixed(0)} KB); mark.js: ${terms.length} terms`);

  log('Engine throughput in Node…');
  const node = engineThroughput(await buildEngine(), lexicon);

  ensureTestBuild();
  const harness = await buildHarness();
  const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

  const server = await startStaticServer(OUT);
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  const rc: RunContext = { page, harness, markJs, lexicon, terms };

  type Row = { page: BenchPage; walk: Timing[]; full: Timing[]; pageSide: Timing[]; mark: Timing[] };
  const rows: Row[] = [];
  try {
    // First, before any page of the extension's origin is open: the content script's start-up
    // on a new renderer (each sample a new tab on an origin no other tab has open).
    log('With the extension: start-up on the first page of a new renderer…');
    const localOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const startups: number[] = [];
    for (let i = 0; i < 3; i++) startups.push(await startupTask(context, localOrigin, 'demo.html'));

    for (const p of pages) {
      const row: Row = { page: p, walk: [], full: [], pageSide: [], mark: [] };
      // mark.js on 100k words takes minutes per run (about 5 on the reference machine): only
      // with --markjs-100k, once.
      const markReps = p.name === '100k' ? (flag('--markjs-100k') ? 1 : 0) : REPS;
      for (let i = 0; i < REPS; i++) {
        log(`${p.name}: repetition ${i + 1}/${REPS}`);
        row.walk.push(await runOnce(rc, p.file, 'walk'));
        row.full.push(await runOnce(rc, p.file, 'full'));
        row.pageSide.push(await runOnce(rc, p.file, 'pageSide'));
        if (i < markReps) row.mark.push(await runOnce(rc, p.file, 'mark'));
      }
      rows.push(row);
    }

    log('10k words with a lexicon ten times larger (the engine run in the page)…');
    const full10x: Timing[] = [];
    const full1x: Timing[] = [];
    for (let i = 0; i < REPS; i++) {
      full1x.push(await runOnce(rc, '10k.html', 'full'));
      full10x.push(await runOnce(rc, '10k.html', 'full', lexicon10));
    }

    log('With the extension: 10k words, warm and cold background…');
    type Pass = Awaited<ReturnType<typeof extensionPass>>;
    const warm10: Pass[] = [];
    const cold10: Pass[] = [];
    for (let i = 0; i < REPS; i++) {
      warm10.push(await extensionPass(context, server.origin, '10k.html', harness));
      cold10.push(await extensionPass(context, server.origin, '10k.html', harness, { cold: true }));
    }
    log('With the extension: 10k words traced (main-thread time), and the bare walk traced…');
    const traced10: Pass[] = [];
    const walkTraced: number[] = [];
    for (let i = 0; i < 3; i++) {
      traced10.push(await extensionPass(context, server.origin, '10k.html', harness, { trace: true }));
      walkTraced.push(await tracedWalk(rc, '10k.html'));
    }
    log('With the extension: 100k words (and traced: the longest main-thread task)…');
    const warm100: Pass[] = [];
    for (let i = 0; i < REPS; i++) warm100.push(await extensionPass(context, server.origin, '100k.html', harness));
    const traced100: Pass[] = [];
    for (let i = 0; i < 3; i++) traced100.push(await extensionPass(context, server.origin, '100k.html', harness, { trace: true }));

    log('With the extension loaded: heap growth on 100k words…');
    const heap = await heapGrowth(context, server.origin, '100k.html');
    const heapDemo = await heapGrowth(context, server.origin, 'demo.html', 2);
    log('With the extension loaded: pointer → card…');
    const card = await cardLatency(context, server.origin, '10k.html');

    // -------------------------------------------------------------------------------------
    // report
    const med = (ts: Timing[], k: keyof Timing = 'ms') => median(ts.map((t) => t[k]));
    const medPass = (ps: Pass[], f: (p: Pass) => number) => median(ps.map(f));
    const byName = (n: string) => rows.find((r) => r.page.name === n)!;
    const r10 = byName('10k');

    const header = ['page', 'words', 'walk ms', 'in-page ms', 'page side ms', 'mark.js ms', 'in-page/walk', 'longest slice', 'annotations', 'marks'];
    const table = rows.map((r) => [
      r.page.name,
      String(r.page.words),
      fmt(med(r.walk)),
      fmt(med(r.full)),
      fmt(med(r.pageSide)),
      r.mark.length ? fmt(med(r.mark)) + (r.mark.length < REPS ? ` (n=${r.mark.length})` : '') : '–',
      fmt(med(r.full) / med(r.walk), 2),
      fmt(Math.max(...r.full.map((t) => t.longestSliceMs))),
      String(r.full[0]?.count ?? 0),
      String(r.mark[0]?.count ?? '–'),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log('');
    console.log(`On the bench origin, without the extension: medians of ${REPS} repetitions, each on a freshly loaded page; times from the start of the work to after the first frame once it finished.`);
    console.log('"in-page": collect + recognise + paint with the engine run on the page (how the extension worked before; for comparison). "page side": the same with every annotation recognised before the clock started (collect, place, paint).');
    console.log(line(header));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of table) console.log(line(row));

    const walk10 = med(r10.walk);
    const full10 = medPass(warm10, (p) => p.timing.ms);
    const full100 = medPass(warm100, (p) => p.timing.ms);
    const mainThread = medPass(traced10, (p) => p.sumMs);
    const walkMainThread = median(walkTraced);
    // ÷ the bare walk as the contract times it (start → after the first frame once done): what
    // reading the text once costs a page. (Its main-thread time alone is printed beside it.)
    const mainRatio = mainThread / walk10;
    const firstWarm = medPass(warm10, (p) => p.timing.firstPaintMs);
    const firstCold = medPass(cold10, (p) => p.timing.firstPaintMs);
    const tabBytes = medPass(warm10, (p) => p.timing.tabBytes);
    const startup = Math.max(...startups);
    const contentKb = statSync(join(TEST_BUILD_DIR, 'content-scripts/content.js')).size / 1024;
    const ratio = full10 / walk10;
    const speedup = med(r10.mark) / mainThread;
    const longestTrace = Math.max(...traced100.map((p) => p.longestMs));
    const longestObserved = Math.max(...traced100.map((p) => p.timing.longtaskMs), ...warm100.map((p) => p.timing.longtaskMs));
    const longest = Math.max(Number.isFinite(longestTrace) ? longestTrace : 0, longestObserved);
    const scaling = full100 / full10;
    const lexRatio = med(full10x) / med(full1x);
    const pageSideRatio = med(r10.pageSide) / walk10;

    console.log('');
    console.log('With the test build (recognition in the background; the content script\'s pass run in its own world, medians):');
    console.log(`  10k words: pass ${fmt(full10)} ms start to last highlight (${fmt(full10 / walk10, 2)}× the walk's ${fmt(walk10)} ms); main-thread time ${fmt(mainThread)} ms (DevTools trace, median of ${traced10.length}) → ${fmt(mainRatio, 2)}× the walk (the walk's own main-thread time, traced the same way, is ${fmt(walkMainThread)} ms: ${fmt(mainThread / walkMainThread, 2)}× that)`);
    console.log(`  10k words: first highlights in view after ${fmt(firstWarm)} ms with a warm background, ${fmt(firstCold)} ms with a stopped one (the service worker started again; it reads the compiled fact base it kept for the session)`);
    console.log(`  10k words: the tab receives ${fmt(tabBytes / 1024)} KB (every piece's annotations and the cards of the first screen); the content script is ${fmt(contentKb)} KB`);
    console.log(`  first page of a new renderer: longest task running the extension's code ${fmt(startup)} ms (worst of ${startups.length}: ${startups.map((x) => fmt(x)).join(', ')})`);
    console.log(`  100k words: pass ${fmt(full100)} ms (${fmt(scaling, 2)}× the 10k pass); longest main-thread task ${fmt(longest)} ms (DevTools trace, worst of ${traced100.length}: ${fmt(longestTrace)} ms, in it: ${traced100.find((p) => p.longestMs === longestTrace)?.longestWhat || '–'}; longtask observer: ${longestObserved > 0 ? fmt(longestObserved) + ' ms' : 'no task over 50 ms'})`);
    console.log(`  100k words: content-script JS heap growth ${fmt(heap.jsMb, 2)} MB (Blink/embedder heap: ${fmt(heap.embedderMb, 2)} MB; ${heap.annotations} highlights registered); on the demo page ${fmt(heapDemo.jsMb, 2)} MB`);
    console.log(`  pointer event → card painted: median ${fmt(card.ms)} ms, worst ${fmt(card.max)} ms (card in the DOM after ${fmt(card.domMs)} ms; ${card.samples}/${card.tried} hovers)`);
    console.log(`Lexicon ×10 (${lexicon10.terms.patterns.length} forms), engine run in the page: 10k pass ${fmt(med(full10x))} ms vs ${fmt(med(full1x))} ms → ${fmt(lexRatio, 2)}×`);
    console.log(`10k words in the page: the page side alone is ${fmt(pageSideRatio, 2)}× the bare walk`);
    console.log(`Engine in Node: recognise() ${fmt(node.engine)} MB/s over ${fmt(node.engineBytes / 1e6, 1)} MB (${node.annotations} annotations); number parser ${fmt(node.parser)} MB/s on number-dense text (${node.numbers} numbers)`);

    const targets: [string, boolean, string][] = [
      ['10k words: main-thread time ≤ 2× the bare walk', mainRatio <= 2, `${fmt(mainRatio, 2)}×`],
      ['10k words: first highlights ≤ 100 ms (warm background)', firstWarm <= 100, `${fmt(firstWarm)} ms`],
      ['10k words: first highlights ≤ 400 ms (cold background)', firstCold <= 400, `${fmt(firstCold)} ms`],
      ['first page of a new renderer: no task of the extension > 50 ms', startup <= 50, `${fmt(startup)} ms`],
      ['content script ≤ 80 KB', contentKb <= 80, `${fmt(contentKb)} KB`],
      ['100k words: no main-thread task > 50 ms', longest <= 50, `${fmt(longest)} ms`],
      ['100k ÷ 10k ≤ 12', scaling <= 12, `${fmt(scaling, 2)}`],
      ['100k words: heap growth < 2 MB', heap.jsMb < 2, `${fmt(heap.jsMb, 2)} MB`],
      ['card < 16 ms after the pointer event', card.ms < 16, `${fmt(card.ms)} ms`],
      ['≥ 25× faster than mark.js (main-thread time, 10k)', speedup >= 25, `${fmt(speedup, 1)}×`],
      ['lexicon ×10: 10k pass ≤ 1.5×', lexRatio <= 1.5, `${fmt(lexRatio, 2)}×`],
      ['10k words: the tab receives ≤ 50 KB', tabBytes <= 50 * 1024, `${fmt(tabBytes / 1024)} KB`],
    ];
    console.log('');
    for (const [name, ok, value] of targets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
    const allPass = targets.every(([, ok]) => ok);
    console.log(`(${((Date.now() - tStart) / 1000).toFixed(0)} s; load average at start ${loadStart}, at end ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
    const round = (x: number, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
    console.log(
      JSON.stringify({
        ratio_vs_walk_10k: round(ratio),
        speedup_vs_markjs_10k: round(speedup, 1),
        longest_task_ms_100k: round(longest, 1),
        scaling_100k_over_10k: round(scaling),
        heap_mb_100k: round(heap.jsMb),
        heap_mb_demo: round(heapDemo.jsMb),
        card_open_ms: round(card.ms, 1),
        engine_mb_per_s: round(node.engine, 1),
        main_thread_ms_10k: round(mainThread, 1),
        main_thread_ratio_10k: round(mainRatio),
        first_paint_ms_10k_warm: round(firstWarm, 1),
        first_paint_ms_10k_cold: round(firstCold, 1),
        startup_task_ms: round(startup, 1),
        content_script_kb: round(contentKb, 1),
        tab_bytes_10k: Math.round(tabBytes),
        lexicon_10x_ratio_10k: round(lexRatio),
        parser_mb_per_s: round(node.parser, 1),
        walk_ms_10k: round(walk10),
        walk_main_thread_ms_10k: round(walkMainThread),
        full_ms_10k: round(full10),
        full_ms_100k: round(full100),
        markjs_ms_10k: round(med(r10.mark), 1),
        in_page_ms_10k: round(med(r10.full)),
        page_side_ms_10k: round(med(r10.pageSide)),
        page_side_ratio_10k: round(pageSideRatio),
        pass: allPass,
        machine: { ...info, loadavg_start: loadStart },
      }),
    );
    process.exitCode = allPass ? 0 : 1;
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`npm run bench failed: ${err instanceof Error ? err.stack : err}`);
  process.exit(2);
});
