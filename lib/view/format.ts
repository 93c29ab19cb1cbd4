/**
 * How figures are written back to the reader: "ruim 38.000" is understood as "> 38,000"
 * (in English) or "> 38.000" (in Dutch), with the unit and the qualifier as a symbol.
 */
import type { Lang, Qualifier, Unit } from '../factbase/schema';

const QUALIFIER_SYMBOL: Record<Qualifier, string> = {
  exact: '',
  approximately: '≈ ',
  'at-least': '≥ ',
  'more-than': '> ',
  'at-most': '≤ ',
  'less-than': '< ',
  almost: '≲ ',
};

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

const DURATION_WORDS: Record<Lang, Record<'days' | 'weeks' | 'months' | 'years', [string, string]>> = {
  nl: { days: ['dag', 'dagen'], weeks: ['week', 'weken'], months: ['maand', 'maanden'], years: ['jaar', 'jaar'] },
  en: { days: ['day', 'days'], weeks: ['week', 'weeks'], months: ['month', 'months'], years: ['year', 'years'] },
};

function withUnit(text: string, unit: Unit | null | undefined, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return lang === 'nl' ? `${text}%` : `${text}%`;
    case 'percentage-points':
      return lang === 'nl' ? `${text} procentpunt` : `${text} percentage points`;
    case 'EUR':
      return `€ ${text}`;
    case 'USD':
      return `$ ${text}`;
    case 'GBP':
      return `£ ${text}`;
    case 'days':
    case 'weeks':
    case 'months':
    case 'years': {
      const [one, many] = DURATION_WORDS[lang][unit];
      return `${text} ${text === '1' ? one : many}`;
    }
    default:
      return text;
  }
}

/** What a figure on a page or in a fact says: a value or a closed range, with its unit and qualifier. */
export interface Amount {
  value?: number;
  range?: [number, number];
  unit?: Unit | null;
  qualifier?: Qualifier | null;
}

/** "> 38.000", "84–87%", "≈ € 2.000.000.000" */
export function formatFigure(f: Amount, lang: Lang): string {
  const core = f.range
    ? `${formatNumber(f.range[0], lang)}–${formatNumber(f.range[1], lang)}`
    : f.value !== undefined
      ? formatNumber(f.value, lang)
      : '?';
  return QUALIFIER_SYMBOL[f.qualifier ?? 'exact'] + withUnit(core, f.unit, lang);
}

/** A signed difference: "+1.325" / "−2,1%" (relative differences as percentages). */
export function formatDifference(abs: number, rel: number | undefined, unit: Unit | null | undefined, lang: Lang): string {
  const sign = abs > 0 ? '+' : abs < 0 ? '−' : '±';
  const absText = withUnit(formatNumber(Math.abs(abs), lang), unit === 'percent' ? 'percentage-points' : unit, lang);
  if (rel === undefined || !Number.isFinite(rel)) return sign + absText;
  const relText = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(Math.abs(rel) * 100);
  return `${sign}${absText} (${sign}${relText}%)`;
}
