import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from './published';

const doc = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe("an article's publication date", () => {
  it("is the article's own, not a comment's that comes first on the page", () => {
    const page = doc(`
      <section class="comments"><p>Reactie</p><time datetime="2026-01-05T09:00">gisteren</time></section>
      <article><h1>Asiel</h1><p class="byline"><time datetime="2024-03-01">1 maart 2024</time></p>
        <article class="reply"><time datetime="2025-12-31">oud</time></article></article>`);
    expect(publishedDate(page)).toBe('2024-03-01');
  });

  it('is not a date in a nested article, an aside or a footer of the article', () => {
    const page = doc(`<article><aside><time datetime="2020-01-01">x</time></aside>
      <article><time datetime="2021-01-01">x</time></article>
      <footer><time datetime="2022-01-01">x</time></footer><p><time datetime="2023-06-14">14 juni</time></p></article>`);
    expect(publishedDate(page)).toBe('2023-06-14');
  });

  it('takes article metadata first, then JSON-LD, then a time element marked as the publication date', () => {
    const body = '<article><time datetime="2019-01-01">x</time></article>';
    expect(publishedDate(doc(body, '<meta property="article:published_time" content="2024-06-14T08:00:00+02:00">'))).toBe('2024-06-14');
    expect(publishedDate(doc(body, '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-01T10:00"}</script>'))).toBe('2024-02-01');
    expect(publishedDate(doc(`<div><time datetime="2018-01-01">x</time><time itemprop="datePublished" datetime="2024-05-05">y</time></div>`))).toBe('2024-05-05');
  });

  it('is unknown rather than any date on a page without an article', () => {
    expect(publishedDate(doc('<div class="ticker"><time datetime="2026-01-01">x</time></div><p>Tekst.</p>'))).toBeNull();
    expect(publishedDate(doc('<article><time datetime="gisteren">x</time></article>'))).toBeNull();
  });
});
