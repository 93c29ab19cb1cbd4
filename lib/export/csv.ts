/**
 * CSV export (RFC 4180): comma-separated, CRLF line ends, every text cell in double quotes
 * with inner quotes doubled, numbers unquoted.
 *
 * CSV injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
 * also after a leading TAB, CR or LF, or spaces) as a formula — `=HYPERLINK(...)` from a page
 * would become a live link. Rule: after cleaning (text.ts), a *text* cell whose first
 * non-blank character is one of `= + - @`, their full-width forms `＝ ＋ － ＠`, or whose first
 * character is TAB, CR or LF, gets a leading apostrophe `'` (the spreadsheet convention for
 * "this is text"; the apostrophe is shown in the cell). *Number* cells (value, source value,
 * differences) are written as plain numbers and never get one, so "-1325" stays a number a
 * spreadsheet can compute with. Figures as text ("−2,1%") use the typographic minus and
 * need nothing.
 */
import type { PageReport, ReportRow } from './report';
import { cleanText } from './text';

/** A cell: text (escaped and neutralised), a number (written as is), or empty. */
export type Cell = string | number | null | undefined;

export interface CsvColumn {
  name: string;
  cell: (row: ReportRow, report: PageReport) => Cell;
}

const src = <K extends keyof NonNullable<ReportRow['source']>>(k: K) => (r: ReportRow) => r.source?.[k] ?? null;

/** The columns, in order (also the header row). */
export const CSV_COLUMNS: CsvColumn[] = [
  { name: 'page_url', cell: (_r, p) => p.page.url },
  { name: 'page_title', cell: (_r, p) => p.page.title },
  { name: 'page_published', cell: (_r, p) => p.page.published },
  { name: 'checked_at', cell: (_r, p) => p.checkedAt },
  { name: 'lang', cell: (_r, p) => p.lang },
  { name: 'index', cell: (r) => r.index },
  { name: 'kind', cell: (r) => r.kind },
  { name: 'sentence', cell: (r) => r.sentence },
  { name: 'as_written', cell: (r) => r.asWritten },
  { name: 'understood', cell: (r) => r.understood },
  { name: 'read_as', cell: (r) => r.readAs },
  { name: 'value', cell: (r) => r.value },
  { name: 'range_low', cell: (r) => r.range?.[0] },
  { name: 'range_high', cell: (r) => r.range?.[1] },
  { name: 'unit', cell: (r) => r.unit },
  { name: 'qualifier', cell: (r) => r.qualifier },
  { name: 'concept_id', cell: (r) => r.conceptId },
  { name: 'concept', cell: (r) => r.conceptLabel },
  { name: 'pillar', cell: (r) => r.pillar },
  { name: 'period', cell: (r) => r.period },
  { name: 'geo', cell: (r) => r.geo },
  { name: 'verdict', cell: (r) => r.verdict },
  { name: 'why_no_verdict', cell: (r) => r.why },
  { name: 'source_figure', cell: (r) => r.sourceFigure },
  { name: 'source_value', cell: (r) => r.sourceValue },
  { name: 'source_range_low', cell: (r) => r.sourceRange?.[0] },
  { name: 'source_range_high', cell: (r) => r.sourceRange?.[1] },
  { name: 'difference', cell: (r) => r.difference },
  { name: 'difference_abs', cell: (r) => r.differenceAbs },
  { name: 'difference_rel', cell: (r) => r.differenceRel },
  { name: 'other_period', cell: (r) => r.otherPeriod },
  { name: 'fact_id', cell: src('factId') },
  { name: 'source_as_of', cell: src('asOf') },
  { name: 'source_title', cell: src('title') },
  { name: 'source_publisher', cell: src('publisher') },
  { name: 'source_date', cell: src('date') },
  { name: 'source_reference', cell: src('reference') },
  { name: 'source_url', cell: src('url') },
  { name: 'source_citing', cell: src('citing') },
  { name: 'quote', cell: src('quote') },
  { name: 'evidence', cell: src('evidence') },
  { name: 'locator', cell: src('locator') },
  { name: 'citation_plain_nl', cell: (r) => r.citations?.plain.nl },
  { name: 'citation_plain_en', cell: (r) => r.citations?.plain.en },
  { name: 'citation_apa_nl', cell: (r) => r.citations?.apa.nl },
  { name: 'citation_apa_en', cell: (r) => r.citations?.apa.en },
];

const FORMULA_START = /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** The text of a cell as the spreadsheet should show it: cleaned, neutralised, line breaks as LF. */
export function textCell(s: string): string {
  const clean = cleanText(s).replace(/\r\n?/g, '\n');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** The logical cells of the CSV (header first), as a parser should read them back. */
export function csvCells(report: PageReport): string[][] {
  const value = (c: Cell): string => (c === null || c === undefined ? '' : typeof c === 'number' ? (Number.isFinite(c) ? String(c) : '') : textCell(c));
  return [CSV_COLUMNS.map((c) => c.name), ...report.rows.map((r) => CSV_COLUMNS.map((c) => value(c.cell(r, report))))];
}

function encode(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  return `"${textCell(c).replace(/"/g, '""')}"`;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (downloads). */
  bom?: boolean;
}

export function toCsv(report: PageReport, opts: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.map((c) => encode(c.name)), ...report.rows.map((r) => CSV_COLUMNS.map((c) => encode(c.cell(r, report))))];
  return (opts.bom ? '\ufeff' : '') + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
