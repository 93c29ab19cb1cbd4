/**
 * File names and contents for downloads and the clipboard. Output is text (UTF-8 when
 * written to a file); the caller makes a Blob or copies the string.
 */
import { toCsv } from './csv';
import { toClaimReviewJsonLd, toJson } from './json';
import { toMarkdown } from './markdown';
import type { PageReport } from './report';

export type ExportFormat = 'csv' | 'markdown' | 'json' | 'claimreview';

const EXT: Record<ExportFormat, string> = { csv: '.csv', markdown: '.md', json: '.json', claimreview: '-claimreview.jsonld' };
const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  claimreview: 'application/ld+json;charset=utf-8',
};

/** The page's host as a safe file-name part: lower case, `www.` dropped, [a-z0-9.-] only. */
export function hostPart(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  host = host.toLowerCase().replace(/^www\./, '').replace(/[^a-z0-9.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 80);
  return host || 'page';
}

/** `migration-lens-<host>-<YYYY-MM-DD>.csv` (`.md`, `.json`, `-claimreview.jsonld`). */
export function reportFilename(report: Pick<PageReport, 'page' | 'checkedAt'>, format: ExportFormat): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(report.checkedAt) ? report.checkedAt.slice(0, 10) : 'undated';
  return `migration-lens-${hostPart(report.page.url)}-${date}${EXT[format]}`;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

/**
 * Everything a download needs. `clipboard: true` gives the text for copying instead (no
 * byte order mark in the CSV; a download gets one so Excel reads UTF-8).
 */
export function exportFile(report: PageReport, format: ExportFormat, opts: { clipboard?: boolean } = {}): ExportFile {
  const text =
    format === 'csv' ? toCsv(report, { bom: !opts.clipboard })
    : format === 'markdown' ? toMarkdown(report)
    : format === 'json' ? toJson(report)
    : toClaimReviewJsonLd(report);
  return { filename: reportFilename(report, format), mimeType: MIME[format], text };
}
