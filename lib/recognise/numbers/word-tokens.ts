/**
 * Number words as tokens for the place-value machine (place-value.ts): English words are
 * looked up whole; a Dutch word, which writes numbers below a million as one word
 * ("driehonderdeenentachtigduizend"), is split into morphemes by longest match. Mostly tables.
 */
import { AH, AND, ART, evalSimple, FRAC, H, HALF, MUL, N, POINT, S, t, type Tok } from './place-value';
import type { NumberLang } from './phrases';


const NL_UNITS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const NL_MORPHEMES: Array<[string, Tok]> = [
  ['nul', t(N, 0)],
  ...Object.entries(NL_UNITS).map(([w, v]): [string, Tok] => [w, t(N, v)]),
  ['tien', t(N, 10)], ['elf', t(N, 11)], ['twaalf', t(N, 12)], ['dertien', t(N, 13)],
  ['veertien', t(N, 14)], ['vijftien', t(N, 15)], ['zestien', t(N, 16)], ['zeventien', t(N, 17)],
  ['achttien', t(N, 18)], ['negentien', t(N, 19)],
  ['twintig', t(N, 20)], ['dertig', t(N, 30)], ['veertig', t(N, 40)], ['vijftig', t(N, 50)],
  ['zestig', t(N, 60)], ['zeventig', t(N, 70)], ['tachtig', t(N, 80)], ['negentig', t(N, 90)],
  ['honderd', t(H)], ['duizend', t(S, 1e3)], ['miljoen', t(S, 1e6)], ['miljard', t(S, 1e9)],
  ['biljoen', t(S, 1e12)],
  ['anderhalve', t(AH)], ['anderhalf', t(AH)], ['halve', t(HALF)], ['half', t(HALF)],
  ['kwart', t(FRAC, 4)], ['en', t(AND)],
];
// Longest first, so "zeventig" wins over "zeven" and "achttien" over "acht".
NL_MORPHEMES.sort((a, b) => b[0].length - a[0].length);
/**
 * The split below as one regex: at each step the first morpheme (in the order above) that
 * starts there, never another — `(?=(…))\1` commits to it as the loop does, which also keeps
 * the regex linear on words like "zeventienzeventien…x". A word that does not match is no
 * number word — most words read after a number ("asielzoekers") — and the split, dozens of
 * startsWith calls in cold script, is skipped.
 */
const NL_MORPHEME_WORD = new RegExp(`^(?:(?=(${NL_MORPHEMES.map(([m]) => m).join('|')}))\\1)+$`);

/** Dutch ordinals used as denominators: "derde", "vijfde", "achtste", "twintigste" … */
const NL_ORDINAL_SPECIAL: Record<string, number> = { derde: 3, vierde: 4, kwart: 4 };

const EN_WORDS: Record<string, Tok> = {
  zero: t(N, 0), nought: t(N, 0), naught: t(N, 0),
  one: t(N, 1), two: t(N, 2), three: t(N, 3), four: t(N, 4), five: t(N, 5), six: t(N, 6),
  seven: t(N, 7), eight: t(N, 8), nine: t(N, 9), ten: t(N, 10), eleven: t(N, 11),
  twelve: t(N, 12), thirteen: t(N, 13), fourteen: t(N, 14), fifteen: t(N, 15),
  sixteen: t(N, 16), seventeen: t(N, 17), eighteen: t(N, 18), nineteen: t(N, 19),
  twenty: t(N, 20), thirty: t(N, 30), forty: t(N, 40), fifty: t(N, 50), sixty: t(N, 60),
  seventy: t(N, 70), eighty: t(N, 80), ninety: t(N, 90),
  hundred: t(H), thousand: t(S, 1e3), million: t(S, 1e6), billion: t(S, 1e9),
  trillion: t(S, 1e12), lakh: t(S, 1e5), crore: t(S, 1e7),
  half: t(HALF), a: t(ART), an: t(ART), and: t(AND),
  dozen: t(MUL, 12), dozens: t(MUL, 12), dzs: t(MUL, 12), dozs: t(MUL, 12),
  point: t(POINT),
  third: t(FRAC, 3), thirds: t(FRAC, 3), quarter: t(FRAC, 4), quarters: t(FRAC, 4),
  fourth: t(FRAC, 4), fourths: t(FRAC, 4), fifth: t(FRAC, 5), fifths: t(FRAC, 5),
  sixth: t(FRAC, 6), sixths: t(FRAC, 6), seventh: t(FRAC, 7), sevenths: t(FRAC, 7),
  eighth: t(FRAC, 8), eighths: t(FRAC, 8), ninth: t(FRAC, 9), ninths: t(FRAC, 9),
  tenth: t(FRAC, 10), tenths: t(FRAC, 10), twentieth: t(FRAC, 20), twentieths: t(FRAC, 20),
  thirtieth: t(FRAC, 30), thirtieths: t(FRAC, 30), hundredth: t(FRAC, 100),
  hundredths: t(FRAC, 100), thousandth: t(FRAC, 1000), thousandths: t(FRAC, 1000),
  trillionth: t(FRAC, 1e12), trillionths: t(FRAC, 1e12),
};

export const EN_ORDINAL_UNITS: Record<string, number> = {
  first: 1, firsts: 1, second: 2, seconds: 2, third: 3, thirds: 3, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
};

const NL_WORDS: Record<string, Tok> = {
  een: t(ART), 'één': t(N, 1), en: t(AND), komma: t(POINT),
  dozijn: t(MUL, 12), dozijnen: t(MUL, 12), gros: t(MUL, 144),
};

/**
 * Nouns after which "een derde" / "a third" is an ordinal, not a fraction: "een derde land"
 * (a safe third country) is among the most frequent phrases in migration texts.
 */
export const ORDINAL_NOUN = new Set([
  'land', 'landen', 'landsonderdaan', 'landsonderdanen', 'generatie', 'kwartaal', 'keer', 'plaats',
  'pijler', 'fase', 'ronde', 'partij', 'partijen', 'wereld', 'weg', 'lid', 'jaar', 'dag', 'week',
  'maand', 'klas', 'graad', 'termijn', 'kamer', 'editie', 'versie', 'poging', 'golf', 'optie',
  'country', 'countries', 'time', 'place', 'pillar', 'generation', 'party', 'parties', 'world',
  'way', 'round', 'term', 'phase', 'wave', 'year', 'day', 'week', 'month', 'option', 'attempt',
  'edition', 'version', 'class', 'grade', 'person', 'floor',
  // (A count of flights, boats and claims goes by ordinals too: "een zesde vlucht met evacués",
  // "a third asylum claim".)
  'vlucht', 'boot', 'bus', 'aanvraag', 'asielaanvraag', 'verzoek', 'asielverzoek',
  'flight', 'boat', 'application', 'request', 'claim',
]);

function foldDiacritics(w: string): string {
  // Only the ones that occur in number words: ë (tweeëntwintig), é (één).
  return w.indexOf('ë') >= 0 || w.indexOf('é') >= 0 ? w.replace(/ë/g, 'e').replace(/é/g, 'e') : w;
}

/** Split a Dutch compound number word into tokens, or null if it is not one. */
function splitDutch(w0: string): Tok[] | null {
  const special = NL_WORDS[w0];
  if (special) return [special];
  const w = foldDiacritics(w0);
  if (NL_ORDINAL_SPECIAL[w] !== undefined) return [t(FRAC, NL_ORDINAL_SPECIAL[w])];
  // Ordinal denominators: base + "ste"/"sten"/"de"/"den" ("achtste", "vijfde", "eenentwintigste").
  for (const suf of ['sten', 'ste', 'den', 'de']) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) {
      let base = w.slice(0, w.length - suf.length);
      if (base === 'eer' || base === 'twee') continue; // eerste / tweede: plain ordinals
      if (base.endsWith('der')) continue; // "derde" handled above; "...derde" compounds are rare
      // "vijventwintigste" (a spelling the peer specs use) → "vijfentwintig"
      if (base.startsWith('vijv')) base = 'vijf' + base.slice(4);
      const toks = splitDutchCardinal(base);
      if (toks) {
        const v = evalSimple(toks);
        if (v !== null && v >= 3) return [t(FRAC, v)];
      }
    }
  }
  return splitDutchCardinal(w);
}

function splitDutchCardinal(w: string): Tok[] | null {
  if (!NL_MORPHEME_WORD.test(w)) return null;
  const out: Tok[] = [];
  let p = 0;
  while (p < w.length) {
    let hit: Tok | null = null;
    for (const [m, tok] of NL_MORPHEMES) {
      if (w.startsWith(m, p)) {
        hit = tok;
        p += m.length;
        break;
      }
    }
    if (!hit) return null;
    out.push(hit);
  }
  // Fold "unit en tens" (eenentwintig) into one number; "en" elsewhere stays a connector.
  const folded: Tok[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const c = out[i + 2];
    if (a.k === N && a.v >= 1 && a.v <= 9 && b && b.k === AND && c && c.k === N && c.v >= 20 && c.v % 10 === 0) {
      folded.push(t(N, a.v + c.v));
      i += 2;
    } else folded.push(a);
  }
  if (folded[folded.length - 1].k === AND) return null; // "duizenden", "honderden": vague
  if (folded[0].k === AND) return null;
  return folded;
}

/** The tokens of one lower-cased word, or null when it is no number word. */
export function tokensFor(w: string, lang: NumberLang): Tok[] | null {
  if (lang === 'en') {
    const tk = EN_WORDS[w];
    return tk ? [tk] : null;
  }
  return splitDutch(w);
}

