/**
 * What the bench prepares before it measures: the pages it serves (generated at fixed sizes, and
 * the demo page) and the bench entries bundled with Vite as the extension's code is bundled, so
 * the figures are for the code the extension ships.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { generatePage } from './generate';
import { vocabulary } from './lexicon';

/** Where the bench writes its pages and bundles (served as the bench origin). */
export const OUT = resolve('test-results/bench');

export interface BenchPage {
  name: string;
  file: string;
  words: number;
}

export function preparePages(): BenchPage[] {
  mkdirSync(OUT, { recursive: true });
  const vocab = vocabulary();
  const pages: BenchPage[] = [];
  const demo = readFileSync('test/fixtures/pages/demo.html', 'utf8');
  copyFileSync('test/fixtures/pages/demo.html', join(OUT, 'demo.html'));
  const demoWords = demo.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  pages.push({ name: 'demo', file: 'demo.html', words: demoWords });
  // The e2e tests' hostile pages whose input latency the bench measures (hostile-input.ts).
  mkdirSync(join(OUT, 'hostile'), { recursive: true });
  for (const f of ['storm.html', 'big.html', 'traps.js', 'latency.js']) copyFileSync(join('test/fixtures/pages/hostile', f), join(OUT, 'hostile', f));
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

export async function buildHarness(): Promise<string> {
  return readFileSync(await bundle('harness', 'iife', 'harness.js'), 'utf8');
}

export type Engine = typeof import('./engine');

/** The engine bundled as the extension bundles it (tools/bench/engine.ts), loaded in Node. */
export async function buildEngine(): Promise<Engine> {
  return (await import(pathToFileURL(await bundle('engine', 'es', 'engine.mjs')).href)) as Engine;
}
