/**
 * Month names in Dutch and English, the one table the recogniser (dates and periods on a page)
 * and the UI (dates in citations and cards) read them from. Index 0 is January.
 */

/** Full names as written in running text: Dutch in lower case, English capitalised. */
export const MONTH_NAMES = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** The usual three-letter abbreviations. */
export const MONTH_ABBREVIATIONS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** Other abbreviations seen in news text, with their month (1–12). */
export const OTHER_MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [['sept', 9]];

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every name and abbreviation above, lower-cased, with its month (1–12); full names first. */
export function monthWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of [MONTH_NAMES.nl, MONTH_NAMES.en, MONTH_ABBREVIATIONS.nl, MONTH_ABBREVIATIONS.en]) {
    list.forEach((m, i) => {
      if (!out.has(m.toLowerCase())) out.set(m.toLowerCase(), i + 1);
    });
  }
  for (const [m, n] of OTHER_MONTH_ABBREVIATIONS) out.set(m, n);
  return out;
}
