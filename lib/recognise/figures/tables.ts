/**
 * Tables written as text: a heading line of cells between bars ("Year | Immigration (in
 * thousands) | Emigration (in thousands) |"), then rows ("2018 | 243.737 | -157.366 |"). A number
 * that fills a row's cell counts what its column's heading names, in the heading's unit
 * ("in thousands"); its row's label (a year, a quarter) is its time, read like any time in its
 * line; a heading that is a year ("2018 (x 1,000)") is the time of its column, and the row's label
 * says what is counted. Pure: offsets into the normalised text.
 *
 * Columns are matched by position when the heading has a cell for every cell of the row, else
 * the headings that name something are matched in order with the row's number cells (a heading
 * line that leaves the label columns out: "Asylum seekers | Following family members | ||" over
 * "2014 | Q1 | 3255 | 960 |"). Anything else is no table this module reads.
 */

export interface TableCell {
  /** The heading cell of the number's column: [start, end). */
  heading: [number, number];
  /** What the heading says the numbers are counted in: 1, 1,000 or 1,000,000. */
  scale: number;
  /**
   * A heading that is a year ("2018 (x 1,000)"): the year's span; what is counted is then the
   * row's label (`label`, its first cell: "Immigration | 230.7 | 235 |").
   */
  year?: [number, number];
  label?: [number, number];
}

type Cell = [number, number];

/** A cell that only separates a heading from its rows: "---", ":--". */
const SEPARATOR_LINE = /^[\s|:\-–—]+$/;
const NUMBER_CELL = /^[-+−]?\s?\d[\d.,\s]*$/;
const YEAR_CELL = /^(?:19|20)\d\d$/;
/** A heading that is a year, perhaps with a unit or a note mark: "2018", "2019* (x 1,000)". */
const YEAR_HEADING = /^(?:19|20)\d\d(?![\d\p{L}])/u;
const THOUSANDS = /\((?:in |x ?)?(?:thousands|duizenden|1[ .,]?000)\)|\bin (?:thousands|duizenden)\b|\bx ?1[ .,]?000\b/i;
const MILLIONS = /\((?:in |x ?)?(?:millions|miljoenen|1[ .,]?000[ .,]?000)\)|\bin (?:millions|miljoenen)\b/i;

/** The cells of the line [from, to): spans between bars, trimmed; the empty cell after a closing bar is dropped. */
function cellsOf(t: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (i < to && t[i] !== '|') continue;
    let s = a;
    let e = i;
    while (s < e && /\s/.test(t[s])) s++;
    while (e > s && /\s/.test(t[e - 1])) e--;
    cells.push([s, e]);
    a = i + 1;
  }
  while (cells.length && cells[cells.length - 1][0] === cells[cells.length - 1][1]) cells.pop();
  return cells;
}

/** A table's line is short: no more than this many characters. */
const MAX_LINE = 400;

/** The line around position p, [start, end), or null when it is longer than a table's line (looked at no further). */
function lineAt(t: string, p: number): [number, number] | null {
  const lo = Math.max(0, p - MAX_LINE);
  const back = t.slice(lo, p).lastIndexOf('\n');
  const start = back >= 0 ? lo + back + 1 : lo === 0 ? 0 : -1;
  if (start < 0) return null;
  const ahead = t.slice(p, start + MAX_LINE + 1);
  const nl = ahead.indexOf('\n');
  const end = nl >= 0 ? p + nl : p + ahead.length === t.length ? t.length : -1;
  return end < 0 ? null : [start, end];
}

/** The heading of the table whose row holds the number at [ns, ne), or null when it stands in no such row. */
export function tableCell(t: string, ns: number, ne: number): TableCell | null {
  const line = lineAt(t, ns);
  if (!line) return null;
  const [ls, le] = line;
  const bar = t.indexOf('|', ls);
  if (bar < 0 || bar >= le) return null;
  const row = cellsOf(t, ls, le);
  if (row.length < 2) return null;
  const k = row.findIndex(([a, b]) => a <= ns && ne <= b);
  if (k < 0) return null;
  const text = (c: Cell) => t.slice(c[0], c[1]);
  // The number fills its cell (a sign before it at most).
  if (!/^[-+−]?\s?$/.test(t.slice(row[k][0], ns)) || row[k][1] !== ne) return null;
  // The heading: the first line of the block of bar lines above, separators skipped.
  let heading: [number, number] | null = null;
  for (let p = ls, n = 0; p > 0 && n < 80; n++) {
    const above = lineAt(t, p - 1);
    if (!above) break;
    const [s, e] = above;
    const words = t.slice(s, e);
    if (!words.includes('|')) break;
    if (!SEPARATOR_LINE.test(words)) heading = [s, e];
    p = s;
  }
  if (!heading) return null;
  const head = cellsOf(t, heading[0], heading[1]);
  // A heading names things; it holds no numbers of its own (a unit such as "x 1 000" aside).
  if (head.some((c) => NUMBER_CELL.test(text(c)) && !YEAR_CELL.test(text(c)))) return null;
  let cell: Cell | undefined;
  if (head.length === row.length) cell = head[k];
  else {
    const values = row.filter((c, i) => NUMBER_CELL.test(text(c)) && !(i === 0 && YEAR_CELL.test(text(c))));
    const named = head.filter((c) => c[1] > c[0]);
    const at = values.findIndex((c) => c[0] === row[k][0]);
    if (at >= 0 && named.length === values.length) cell = named[at];
  }
  if (!cell || cell[1] <= cell[0]) return null;
  const words = text(cell);
  // (A row may carry its own unit in its label: "Saldo (x 1.000) | 64 | 98 |".)
  const scaleOf = (w: string) => (MILLIONS.test(w) ? 1_000_000 : THOUSANDS.test(w) ? 1000 : 1);
  const scale = scaleOf(words) === 1 && k > 0 && !NUMBER_CELL.test(text(row[0])) ? scaleOf(text(row[0])) : scaleOf(words);
  const year = YEAR_HEADING.exec(words);
  if (year && k > 0 && !NUMBER_CELL.test(text(row[0]))) return { heading: cell, scale, year: [cell[0], cell[0] + 4], label: row[0] };
  return { heading: cell, scale };
}

/** A row of a table whose columns stand apart by spaces: a label, then numbers only ("Immigratie 150.000 160.000 170.000"). */
const SPACED_ROW = /^(\p{L}[\p{L} ()'’-]*?)(?:\s+[-+−]?\d[\d.,]*\*?){3,}\s*$/u;
/** A row of numbers only, its label the table's title over the line of years ("21.800 43.100 18.200"). */
const NUMBERS_ROW = /^[^\S\n]*(?:[-+−]?\d[\d.,]*\*?[^\S\n]+){2,}[-+−]?\d[\d.,]*\*?[^\S\n]*$/;
/** A year heading a column, perhaps with a note mark or a short note in brackets: "2024*", "2019 (jan-jul)". */
const YEAR_COLUMN = '(?:19|20)\\d\\d\\*?(?:[^\\S\\n]*\\([^()\\n\\d]{1,16}\\))?';
/** Its heading: a line of years only, one per column ("2021 2022 2023 2024*"); tested on one line or a whole text. */
const SPACED_YEARS = new RegExp(`^[^\\S\\n]*(?:${YEAR_COLUMN}[^\\S\\n]+){2,}${YEAR_COLUMN}[^\\S\\n]*$`, 'm');
const YEAR_COLUMNS = new RegExp(YEAR_COLUMN, 'g');
const SPACED_NUMBER = /[-+−]?\d[\d.,]*/g;

/** Whether the text has a line of years that may head a table whose columns stand apart by spaces (checked once per text). */
export function hasSpacedYearsLine(t: string): boolean {
  return SPACED_YEARS.test(t);
}

/** The spans of the numbers of a spaced line [from, to), after its label. */
function spacedNumbers(t: string, from: number, to: number): Cell[] {
  const out: Cell[] = [];
  SPACED_NUMBER.lastIndex = 0;
  const s = t.slice(from, to);
  for (let m: RegExpExecArray | null; (m = SPACED_NUMBER.exec(s)); ) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/**
 * A table whose columns stand apart by spaces (a table's text as a page gives it): a line of
 * years over rows of a label and as many numbers. A number of such a row counts what its label
 * names, in the year over its column. A row of numbers only, right under the years, counts what
 * the title line over the years names ("Eerste asielaanvragen per jaar"). Anything else is no
 * table this reads.
 */
export function spacedTableCell(t: string, ns: number, ne: number): TableCell | null {
  const line = lineAt(t, ns);
  if (!line) return null;
  const [ls, le] = line;
  // (Cheap first: such a row ends in a number, perhaps before trailing spaces.)
  if (!/[\d*]/.test(t.slice(ls, le).trimEnd().slice(-1))) return null;
  const row = SPACED_ROW.exec(t.slice(ls, le));
  // A row of numbers only speaks of what the line over its years names: the table's title.
  const bare = !row && NUMBERS_ROW.test(t.slice(ls, le));
  if (!row && !bare) return null;
  const labelEnd = row ? ls + row[1].length : ls;
  const cells = spacedNumbers(t, labelEnd, le);
  const k = cells.findIndex(([a, b]) => a === ns && b === ne);
  if (k < 0) return null;
  // Up through rows of as many numbers to the line of years.
  for (let p = ls, n = 0; p > 0 && n < 12; n++) {
    const above = lineAt(t, p - 1);
    if (!above) return null;
    const [s, e] = above;
    const words = t.slice(s, e);
    if (SPACED_YEARS.test(words)) {
      const years = [...words.matchAll(YEAR_COLUMNS)];
      if (years.length !== cells.length) return null;
      // (A column with a note, "2019 (jan-jul)", counts a part of its year: not read here.)
      if (years[k][0].includes('(')) return null;
      const year: [number, number] = [s + years[k].index!, s + years[k].index! + 4];
      if (row) return { heading: year, scale: 1, year, label: [ls, labelEnd] };
      // (The title right over the years, in words: "Eerste asielaanvragen per jaar".)
      const title = n === 0 ? lineAt(t, s - 1) : null;
      if (!title || !/\p{L}{3}/u.test(t.slice(title[0], title[1])) || NUMBERS_ROW.test(t.slice(title[0], title[1]))) return null;
      return { heading: year, scale: 1, year, label: title };
    }
    if (bare) return null;
    const other = SPACED_ROW.exec(words);
    if (words.trim() && (!other || spacedNumbers(t, s + other[1].length, e).length !== cells.length)) return null;
    p = s;
  }
  return null;
}
