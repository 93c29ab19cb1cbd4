/**
 * JSON export (the PageReport itself, pretty-printed) and ClaimReview JSON-LD drafts.
 *
 * Both keep the page's text exactly, with `<`, `>`, `&`, line/paragraph separators, bidi
 * controls and invisible characters written as \uXXXX escapes (text.ts): the files stay
 * valid JSON, parse back to the same strings, and can be pasted into a
 * `<script type="application/ld+json">` element without breaking out of it.
 */
import type { PageReport, ReportRow } from './report';
import { escapeJsonText } from './text';

export function toJson(report: PageReport): string {
  return escapeJsonText(JSON.stringify(report, null, 2)) + '\n';
}

/** Placeholders the fact-checker replaces before publishing the draft. */
export const AUTHOR_PLACEHOLDER = '[your organisation]';

/**
 * Ratings on a 1–3 scale: the extension compares a figure with its source, it does not judge
 * a claim true or false; the fact-checker edits the rating and the review body.
 */
const RATINGS = {
  consistent: { value: 3, en: 'Consistent with the source', nl: 'Komt overeen met de bron' },
  context: { value: 2, en: 'No source figure for this period: context from the sources', nl: 'Geen broncijfer voor deze periode: context uit de bronnen' },
  differs: { value: 1, en: 'Differs from the source', nl: 'Wijkt af van de bron' },
} as const;

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}

function reviewBody(r: ReportRow, report: PageReport): string {
  const nl = report.lang === 'nl';
  const s = r.source;
  const parts = [
    nl ? `De pagina schrijft “${r.asWritten}”, gelezen als: ${r.readAs ?? r.understood}.` : `The page says “${r.asWritten}”, read as: ${r.readAs ?? r.understood}.`,
  ];
  if (r.sourceFigure) parts.push(nl ? `De bron geeft ${r.sourceFigure}${s?.asOf ? ` (stand ${s.asOf})` : ''}.` : `The source gives ${r.sourceFigure}${s?.asOf ? ` (as of ${s.asOf})` : ''}.`);
  if (r.difference) parts.push(nl ? `Verschil: ${r.difference}.` : `Difference: ${r.difference}.`);
  if (s && r.citations) parts.push(r.citations.plain[report.lang]);
  return parts.join(' ');
}

/**
 * One ClaimReview per figure with a verdict the engine can justify slot by slot: consistent or
 * differs. A figure given context is no claim the engine reviewed, so it gets no draft.
 */
export function claimReviews(report: PageReport): Record<string, unknown>[] {
  const date = report.checkedAt.slice(0, 10);
  return report.rows
    .filter((r) => r.kind !== 'term' && (r.verdict === 'consistent' || r.verdict === 'differs'))
    .map((r) => {
      const rating = RATINGS[r.verdict!];
      const s = r.source;
      const work = s
        ? defined({
            '@type': 'CreativeWork',
            name: s.title,
            publisher: { '@type': 'Organization', name: s.publisher },
            datePublished: s.date,
            url: s.url,
            identifier: s.reference,
            citation: s.citing,
          })
        : undefined;
      const review: Record<string, unknown> = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: '',
        datePublished: date,
        inLanguage: report.lang,
        author: { '@type': 'Organization', name: AUTHOR_PLACEHOLDER, url: '' },
        claimReviewed: r.sentence,
        itemReviewed: defined({
          '@type': 'Claim',
          appearance: defined({ '@type': 'CreativeWork', url: report.page.url, headline: report.page.title, datePublished: report.page.published }),
          datePublished: report.page.published,
        }),
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.value,
          bestRating: 3,
          worstRating: 1,
          alternateName: rating[report.lang],
        },
        reviewBody: reviewBody(r, report),
      };
      if (work) {
        review.citation = work;
        review.isBasedOn = work;
      }
      return review;
    });
}

/** The drafts as one JSON-LD document: an array of ClaimReview objects. */
export function toClaimReviewJsonLd(report: PageReport): string {
  return escapeJsonText(JSON.stringify(claimReviews(report), null, 2)) + '\n';
}
