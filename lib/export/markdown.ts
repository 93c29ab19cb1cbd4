/**
 * Markdown export: a heading with the page, then one table row per annotation.
 *
 * Page text never becomes markup: in every cell `\` and the inline specials
 * `` ` * _ [ ] ~ ! | $ `` are backslash-escaped, `&`, `<`, `>` become entities (`&lt;img …&gt;`
 * shows as text, so no HTML is ever rendered from the page), line breaks become `<br>` (the
 * only HTML in the file, written by us) and tabs spaces; anything a renderer would turn into a
 * link (URLs, `www.`, e-mail addresses, host names) becomes a code span. Text is cleaned
 * first (text.ts). lib/export/markdown-render.test.ts renders the result with markdown-it.
 * Block syntax (`#`, `-`, `>` at a line start) cannot occur: every table line starts with `|`.
 */
import type { PageReport, ReportRow } from './report';
import { cleanText } from './text';

/**
 * Text a Markdown renderer would make a link of: a URL with a scheme, `www.`, an e-mail
 * address, or a host name with a top-level domain (markdown-it's linkify links bare `nos.nl`).
 * Backslash escapes do not stop that (linkifiers read the text after escapes), so such text is
 * written as a code span instead, which no renderer links or interprets: shown as written,
 * copyable, never clickable. The class stops at characters a code span in a table cell cannot
 * hold as they are (white space, backtick, `|`, `<`, `>`) and at quotes.
 */
const LINKLIKE =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>`|"']*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:\/[^\s<>`|"']*)?/gi;
/** Punctuation that ends a sentence rather than a link: left outside the code span. */
const TRAILING = /[.,;:!?)\]]+$/;

/** Escape text so no Markdown or HTML is read from it. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]~!|$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function markdownLine(line: string): string {
  let out = '';
  let at = 0;
  for (const m of line.matchAll(LINKLIKE)) {
    const link = m[0].replace(TRAILING, '');
    if (!link) continue;
    out += escapeInline(line.slice(at, m.index)) + '`' + link + '`';
    at = m.index + link.length;
  }
  return (out + escapeInline(line.slice(at))).trim();
}

export function markdownCell(s: string | null | undefined): string {
  if (!s) return '';
  return cleanText(s)
    .replace(/\t/g, ' ')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => markdownLine(line.trim()))
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
  // A verdict's note: why there is none, or which period's figure a differs equals.
  const note = r.why ?? r.otherPeriod;
  return [
    String(r.index),
    r.kind,
    r.sentence,
    r.asWritten,
    r.readAs ?? r.understood,
    r.conceptLabel,
    r.period,
    r.geo,
    r.verdict ? w.verdicts[r.verdict] + (note ? ` — ${note}` : '') : r.why,
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
