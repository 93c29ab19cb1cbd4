/**
 * Test helpers for the bundled fact pack in data/nl-migration-agenda: assemble the five JSON
 * files into one pack object, locate the seed documents, and apply the quote normalisation
 * of the fact-pack contract (../shared/DESIGN.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const PACK_DIR = path.resolve(process.cwd(), 'data/nl-migration-agenda');
export const SEEDS_DIR = path.resolve(process.cwd(), '../shared/seeds');

/** Which seed file each document source of the bundled pack was built from. */
export const SEED_FILES: Record<string, string> = {
  'rijksoverheid-video-migratie-2019': '000_488680d8782c9db7.txt',
  'rijksoverheid-staat-van-migratie-2024': '001_98404a9bb64a0523.txt',
  'rijksoverheid-integrale-migratieagenda-2018': '002_a446bea78bc9ba1a.txt',
  'kst-19637-2375': '003_ced6dc69d86eba20.txt',
  'kst-19637-2535': '004_8fe19c38945734b1.txt',
};

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(PACK_DIR, name), 'utf8'));
}

/** The raw (unparsed) pack: pack.json's meta fields plus the four collections. */
export function assemblePack(): Record<string, unknown> {
  const meta = readJson('pack.json') as Record<string, unknown>;
  return {
    ...meta,
    sources: readJson('sources.json'),
    concepts: readJson('concepts.json'),
    facts: readJson('facts.json'),
    series: readJson('series.json'),
  };
}

/**
 * Join words hyphenated across a line break ("asielin-\nstroom" → "asielinstroom") and
 * collapse white space. Applied to both the seed text and the quote before comparing.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{L})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function seedsAvailable(): boolean {
  return existsSync(SEEDS_DIR);
}

const seedCache = new Map<string, string>();
/** The normalised text of the seed a document source was built from. Throws when absent. */
export function seedText(sourceId: string): string {
  const file = SEED_FILES[sourceId];
  if (!file) throw new Error(`no seed file is mapped to source '${sourceId}' (see SEED_FILES in test/unit/data/pack.ts)`);
  const full = path.join(SEEDS_DIR, file);
  if (!existsSync(full)) {
    throw new Error(`seed document ${full} is missing: the quote check cannot run without ../shared/seeds`);
  }
  let text = seedCache.get(full);
  if (text === undefined) {
    text = normaliseForQuote(readFileSync(full, 'utf8'));
    seedCache.set(full, text);
  }
  return text;
}

/** Number words that the seeds use for figures, with their values. */
const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, vijftien: 15, twintig: 20, honderd: 100, duizend: 1000,
  vijftal: 5, tiental: 10, helft: 50, // "meer dan de helft" = more than 50 percent
};
const SCALE: Record<string, number> = { miljoen: 1e6, miljard: 1e9, million: 1e6, billion: 1e9 };

/**
 * Every value a quote states as written: Dutch numerals ("47.000", "50,5", "1.750"), with a
 * scale word ("EUR 128 miljoen", "een miljoen"), and the number words in NUMBER_WORDS.
 * Both the bare and the scaled value are returned ("128 miljoen" → 128 and 128 000 000).
 */
export function numbersInQuote(quote: string): Set<number> {
  const text = normaliseForQuote(quote);
  const found = new Set<number>();
  const scaleAfter = (rest: string): number | undefined => {
    const m = /^\s*(miljoen|miljard|million|billion)\b/i.exec(rest);
    return m ? SCALE[m[1].toLowerCase()] : undefined;
  };
  for (const m of text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const v = Number(m[0].replace(/\./g, '').replace(',', '.'));
    found.add(v);
    const scale = scaleAfter(text.slice(m.index! + m[0].length));
    if (scale) found.add(Math.round(v * scale * 1000) / 1000);
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    const v = NUMBER_WORDS[w];
    if (v === undefined) continue;
    found.add(v);
    const scale = scaleAfter(text.slice(m.index! + m[0].length));
    if (scale) found.add(v * scale);
  }
  return found;
}
