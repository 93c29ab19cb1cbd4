/**
 * Language detection (Dutch or English) from stop-word counts.
 *
 * Counts frequent function words of each language that are rare in the other; a text with
 * no evidence at all falls back to `fallback` (default 'nl': the product's home language and
 * the language of the Dutch migration agenda). Only the first 20,000 characters are read.
 */
import type { Lang } from './types';

const NL = new Set(
  'de het een en van in is dat op te zijn voor met niet aan er door wordt worden ook als bij om naar uit dan nog maar werd waren heeft hebben was zij ze hij wij deze die dit tot over meer geen jaar kan zal volgens tussen onder sinds na ruim bijna circa vorig afgelopen echter omdat waar wel daar al zich hun haar wat welke moet moeten kunnen gaat mensen aantal procent'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and of to in is that for on with as was were are be by it this from at an have has had not but or which their they who will would been more than said says its into about after last year people number percent per cent also there these those such while we our between'.split(
    ' ',
  ),
);
// Words both sets share ("in", "is") do not count.
for (const w of [...NL]) if (EN.has(w)) {
  NL.delete(w);
  EN.delete(w);
}

export interface LangScore {
  nl: number;
  en: number;
}

export function langScores(text: string): LangScore {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL.has(w)) nl++;
    else if (EN.has(w)) en++;
  }
  // Letter patterns as a weak tie-breaker for stop-word-poor text (headlines, lists).
  if (nl + en < 3) {
    nl += 0.25 * (sample.match(/ij|oe|aa|uu|sch/gi)?.length ?? 0);
    en += 0.25 * (sample.match(/th|wh|ck|sh/gi)?.length ?? 0);
  }
  return { nl, en };
}

export function detectLang(text: string, fallback: Lang = 'nl'): Lang {
  const { nl, en } = langScores(text);
  if (nl === en) return fallback;
  return nl > en ? 'nl' : 'en';
}

/** Whether the text holds enough evidence for detection to be trusted. */
export function langConfident(text: string): boolean {
  const { nl, en } = langScores(text);
  return Math.abs(nl - en) >= 2;
}
