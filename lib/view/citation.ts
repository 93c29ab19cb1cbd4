/**
 * Citations for a source or a fact, in plain and APA-like form, in Dutch or English.
 * Used by the card's "copy citation" and by the exports. Output is plain text.
 */
import type { Lang } from '../factbase/schema';
import type { SourceLine } from './source-line';
import { MONTH_NAMES } from '../util/months';

export type CitationStyle = 'plain' | 'apa';

/** "2019-10-14" → "14 October 2019" / "14 oktober 2019"; "2018" stays "2018". */
export function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return lang === 'nl' ? 'z.d.' : 'n.d.';
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[lang][Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** APA puts the date after the author: (2019, October 14) / (2019, 14 oktober). */
function apaDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return lang === 'nl' ? 'z.d.' : 'n.d.';
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[lang][Number(m) - 1];
  if (!d) return `${y}, ${month}`;
  return lang === 'nl' ? `${y}, ${Number(d)} ${month}` : `${y}, ${month} ${Number(d)}`;
}

export interface CitedFact {
  quote?: string;
  evidence?: string;
  locator?: string;
}

const WORDS = {
  en: { citing: 'citing', quote: 'Quote', evidence: 'Evidence (paraphrase)', at: 'at' },
  nl: { citing: 'met verwijzing naar', quote: 'Citaat', evidence: 'Onderbouwing (parafrase)', at: 'vindplaats' },
};

export function formatCitation(source: SourceLine, lang: Lang, style: CitationStyle = 'plain', fact?: CitedFact): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (style === 'apa') {
    let head = `${source.publisher}. (${apaDate(source.date, lang)}). ${source.title}`;
    if (source.reference) head += ` (${source.reference})`;
    parts.push(head + '.');
    if (source.citing) parts.push(`${w.citing[0].toUpperCase()}${w.citing.slice(1)} ${source.citing}.`);
    if (source.url) parts.push(source.url);
  } else {
    const bits = [source.title, source.publisher, formatDate(source.date, lang), source.reference].filter(Boolean);
    let head = bits.join(', ');
    if (source.citing) head += `, ${w.citing} ${source.citing}`;
    parts.push(head + '.');
    if (source.url) parts.push(source.url);
  }
  if (fact?.locator) parts.push(`(${w.at}: ${fact.locator})`);
  if (fact?.quote) parts.push(`${w.quote}: “${fact.quote}”`);
  else if (fact?.evidence) parts.push(`${w.evidence}: ${fact.evidence}`);
  return parts.join(' ');
}
