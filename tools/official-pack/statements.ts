/**
 * The fact's `statement` {nl, en}: one plain sentence for the card, written from the
 * material's measure, period, area and figure ("CBS: Eerste asielverzoeken, in het derde
 * kwartaal van 2025 (NL): 6.740.").
 */
import type { Lang } from '../../lib/factbase/schema';
import { formatDate } from '../../lib/view/citation';
import type { FactFigure } from './figures';

const ORDINAL: Record<Lang, string[]> = { nl: ['eerste', 'tweede', 'derde', 'vierde'], en: ['first', 'second', 'third', 'fourth'] };

const QUALIFIER_WORDS: Record<Lang, Record<FactFigure['qualifier'], string>> = {
  nl: { exact: '', approximately: 'ongeveer ', 'at-least': 'ten minste ', 'more-than': 'meer dan ', 'less-than': 'minder dan ', almost: 'bijna ' },
  en: { exact: '', approximately: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'less-than': 'less than ', almost: 'almost ' },
};

/** "2025" → "2025"; "2025-Q3" → "het derde kwartaal van 2025"; "2025-09-22" → "22 september 2025". */
function when(p: string, lang: Lang): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) {
    const ord = ORDINAL[lang][Number(q[2]) - 1];
    return lang === 'nl' ? `het ${ord} kwartaal van ${q[1]}` : `the ${ord} quarter of ${q[1]}`;
  }
  return /^\d{4}(-\d{2}){0,2}$/.test(p) ? formatDate(p, lang) : p;
}

export function periodPhrase(p: string | null, lang: Lang): string {
  if (p === null) return lang === 'nl' ? 'actueel cijfer' : 'current figure';
  if (p.includes('/')) {
    const [a, b] = p.split('/');
    return lang === 'nl' ? `van ${when(a, 'nl')} tot en met ${when(b, 'nl')}` : `from ${when(a, 'en')} to ${when(b, 'en')}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return lang === 'nl' ? `op ${when(p, 'nl')}` : `on ${when(p, 'en')}`;
  return `in ${when(p, lang)}`;
}

/** Every digit the material gives, grouped the language's way (no rounding). */
export function writeNumber(v: number, lang: Lang): string {
  const [int, frac] = String(Math.abs(v)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return frac ? `${grouped}${lang === 'nl' ? ',' : '.'}${frac}` : grouped;
}

export function figurePhrase(f: FactFigure, lang: Lang): string {
  const n = `${QUALIFIER_WORDS[lang][f.qualifier]}${writeNumber(f.value, lang)}${f.unit === 'percent' ? '%' : ''}`;
  if (!f.change) return n;
  const up = f.change.direction === 'increase';
  return lang === 'nl'
    ? `een ${up ? 'stijging' : 'daling'} van ${n} ten opzichte van ${f.change.since}`
    : `${up ? 'an increase' : 'a decrease'} of ${n} compared with ${f.change.since}`;
}

export interface StatementParts {
  publisher: string;
  via: string | null;
  measure: { nl: string; en: string };
  period: string | null;
  geo: string;
  figure: FactFigure;
}

export function statementOf(s: StatementParts): { nl: string; en: string } {
  return {
    nl: `${s.publisher}${s.via ? ` (via ${s.via})` : ''}: ${s.measure.nl}, ${periodPhrase(s.period, 'nl')} (${s.geo}): ${figurePhrase(s.figure, 'nl')}.`,
    en: `${s.publisher}${s.via ? ` (as reported by ${s.via})` : ''}: ${s.measure.en}, ${periodPhrase(s.period, 'en')} (${s.geo}): ${figurePhrase(s.figure, 'en')}.`,
  };
}
