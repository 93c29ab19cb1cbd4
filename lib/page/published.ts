/**
 * The date an article was published, for reading "vorig jaar" / "last year". Taken from what
 * the page says about the article itself, never from the first date anywhere on the page (a
 * reader's comment under the article has a <time> element too, and came first in the old
 * reading whenever the page put comments or a "latest news" box before the article's byline):
 *
 * 1. article metadata: `article:published_time` and its relatives in <meta>;
 * 2. JSON-LD `datePublished`;
 * 3. a <time> element that marks itself as the publication date (`itemprop="datePublished"`,
 *    `pubdate`);
 * 4. the first <time datetime> of the article itself: inside the page's first <article> (or
 *    <main>), not inside an article nested in it, an aside, a footer or anything named like a
 *    comment or a reaction.
 *
 * Works on any DOM (the page in the browser; linkedom in the annotate CLI).
 */

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

const METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
];

/** Containers whose dates are not the article's own. */
const NOT_THE_ARTICLE = 'aside, footer, [class*="comment" i], [id*="comment" i], [class*="reactie" i], [class*="reaction" i]';

const dateOf = (v: string | null | undefined): string | null => (v ? (DATE.exec(v.trim())?.[0] ?? null) : null);

export function publishedDate(doc: Document): string | null {
  for (const sel of METAS) {
    const d = dateOf(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = (script.textContent ?? '').slice(0, 200_000);
    const d = dateOf(/"datePublished"\s*:\s*"([^"]{4,40})"/.exec(text)?.[1]);
    if (d) return d;
  }
  const marked = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  const own = dateOf(marked?.getAttribute('datetime'));
  if (own) return own;
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  if (!article) return null;
  for (const time of article.querySelectorAll('time[datetime]')) {
    if (time.closest(NOT_THE_ARTICLE)) continue;
    const nearest = time.parentElement?.closest('article');
    if (nearest && nearest !== article && article.contains(nearest)) continue;
    const d = dateOf(time.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}
