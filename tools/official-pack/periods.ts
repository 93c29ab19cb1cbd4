/**
 * The period a figure is about and the date its page carried, as the pack schema can state
 * them. Periods the schema cannot express as written are mapped by the reviewed table in
 * data/official-statistics/build/periods.json; the material's own words go into a note.
 */
import { Period } from '../../lib/factbase/schema';

export type PeriodTable = Record<string, string | null>;

/** Material period text → schema period (null: no period applies; the note says why). */
export function mapPeriod(p: string, table: PeriodTable): { period: string | null; note?: string } {
  if (Period.safeParse(p).success) return { period: p };
  if (!(p in table)) throw new Error(`no period mapping for material period "${p}" (add it to build/periods.json)`);
  const period = table[p];
  if (period !== null && !Period.safeParse(period).success) throw new Error(`build/periods.json maps "${p}" to an invalid period "${period}"`);
  return {
    period,
    note: period === null ? `No fixed period: the material gives "${p}".` : `The material gives the period as "${p}".`,
  };
}

/**
 * Keep what is certain of the page's date: "2019-05-14" stays; "2020-07/08 (week 31 2020)" →
 * "2020" (month uncertain); "2024-02-01/02" → "2024-02"; "2019-02 (approx.)" → "2019";
 * "2022 (IND annual report 2021)" → "2022"; "undated" → none. The original text goes into a
 * note whenever it is not plain ISO.
 */
export function normalisePublished(p: string): { published?: string; note?: string } {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(p)) return { published: p };
  const note = `The material dates the page "${p}".`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(\/\d{2})?(.*)$/.exec(p);
  if (!m) return { note };
  const [, y, mo, d, alt, rest] = m;
  const approx = /approx/i.test(rest);
  let out = y;
  if (mo && !approx && !(alt && !d)) {
    out += `-${mo}`;
    if (d && !alt) out += `-${d}`;
  }
  return { published: out, note };
}
