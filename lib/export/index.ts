/** Exports of a page's annotations: CSV, Markdown, JSON and ClaimReview JSON-LD drafts. */
export { buildPageReport, REPORT_FORMAT, REPORT_FORMAT_VERSION } from './report';
export { sentenceAround } from './sentence';
export type { PageReport, PageReportInput, ReportRow, ReportSource, ReportCitations } from './report';
export { toCsv, csvCells, textCell, CSV_COLUMNS, type CsvOptions } from './csv';
export { toMarkdown, markdownCell, MARKDOWN_COLUMNS } from './markdown';
export { toJson, toClaimReviewJsonLd, claimReviews, AUTHOR_PLACEHOLDER } from './json';
export { exportFile, reportFilename, hostPart, type ExportFormat, type ExportFile } from './file';
export { cleanText, escapeJsonText } from './text';
