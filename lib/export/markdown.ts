/**
 * Markdown export: a heading with the page, then one table row per annotation.
 *
 * Page text never becomes markup: in every cell `\` and the inline specials
 * `` ` * _ [ ] ~ ! | $ `` are backslash-escaped, `&`, `<`, `>` become entities (`&lt;img …&gt;`
 * shows as text, so no HTML is ever rendered from the page), line breaks become `<br>` (the
 * only HTML in the file, written by us) and tabs spaces. Text is cleaned first (text.ts).
 * Block syntax (`#`, `-`, `>` at a line start) cannot occur: every table line starts with `|`.
 */
import type { PageReport, ReportRow } from './report';
import { cleanText } from './text';

export function markdownCell(s: string | null | undefined): string {
  if (!s) return '';
  return cleanText(s)
    .replace(/\t/g, ' ')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]~!|$]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .trim(),
    )
    .join('<br>');
}

const WORDS = {
  en: {
    heading: 'Migration Lens — checked figures and terms',
    page: 'Page', published: 'Published', checked: 'Checked', none: 'No figures or terms were recognised on this page.',
    cols: ['#', 'Kind', 'Sentence', 'As written', 'Read as', 'Concept', 'Period', 'Area', 'Verdict', 'Source figure', 'Difference', 'Source', 'Quote or evidence'],
    verdicts: { consistent: 'consistent', differs: 'differs', context: 'context' },
  },
  nl: {
    heading: 'Migration Lens — gecontroleerde cijfers en termen',
    page: 'Pagina', published: 'Gepubliceerd', checked: 'Gecontroleerd', none: 'Op deze pagina zijn geen cijfers of termen herkend.',
    cols: ['#', 'Soort', 'Zin', 'Zoals geschreven', 'Gelezen als', 'Begrip', 'Periode', 'Gebied', 'Oordeel', 'Cijfer in de bron', 'Verschil', 'Bron', 'Citaat of onderbouwing'],
    verdicts: { consistent: 'komt overeen', differs: 'wijkt af', context: 'context' },
  },
};

function cells(r: ReportRow, report: PageReport): (string | null)[] {
  const w = WORDS[report.lang];
  const quote = r.source?.quote ? `“${r.source.quote}”` : (r.source?.evidence ?? null);
  return [
    String(r.index),
    r.kind,
    r.sentence,
    r.asWritten,
    r.readAs ?? r.understood,
    r.conceptLabel,
    r.period,
    r.geo,
    r.verdict ? w.verdicts[r.verdict] + (r.why ? ` — ${r.why}` : '') : r.why,
    r.sourceFigure,
    r.difference,
    r.citations ? r.citations.plain[report.lang] + (r.source?.asOf ? ` (${report.lang === 'nl' ? 'stand' : 'as of'} ${r.source.asOf})` : '') : null,
    quote,
  ];
}

export function toMarkdown(report: PageReport): string {
  const w = WORDS[report.lang];
  const line = (xs: (string | null)[]) => `| ${xs.map((x) => markdownCell(x)).join(' | ')} |`;
  const out = [
    `# ${markdownCell(w.heading)}`,
    '',
    `- ${w.page}: ${markdownCell(report.page.title)} — ${markdownCell(report.page.url)}`,
    ...(report.page.published ? [`- ${w.published}: ${markdownCell(report.page.published)}`] : []),
    `- ${w.checked}: ${markdownCell(report.checkedAt)}`,
    '',
  ];
  if (!report.rows.length) out.push(w.none);
  else {
    out.push(line(w.cols), `|${w.cols.map(() => ' --- ').join('|')}|`);
    for (const r of report.rows) out.push(line(cells(r, report)));
  }
  return out.join('\n') + '\n';
}

/** The number of columns of the Markdown table (for tests and callers). */
export const MARKDOWN_COLUMNS = WORDS.en.cols.length;
