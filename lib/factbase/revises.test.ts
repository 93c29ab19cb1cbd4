/**
 * `revises` on a fact: a later release of the same figure names the earlier one. The pack
 * validation accepts it only when both are the same figure (concept, period, geo) in the same
 * pack, in publication order, without a cycle — otherwise a reader could be told a figure
 * was "revised" from an unrelated one.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from './validate';

const source = { id: 'web-cbs', title: 'CBS-nieuws', publisher: 'CBS', url: 'https://www.cbs.nl/nieuws', language: 'nl', kind: 'webpage' };
const concept = {
  id: 'stat-first',
  kind: 'metric',
  label: { nl: 'Eerste asielverzoeken', en: 'First asylum requests' },
  definition: { nl: 'Eerste asielverzoeken volgens het CBS.', en: 'First asylum requests according to CBS.' },
  terms: { nl: ['eerste asielverzoeken'], en: ['first asylum requests'] },
  sourceIds: ['web-cbs'],
};

function fact(id: string, value: number, published: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    concept: 'stat-first',
    statement: { nl: `Eerste asielverzoeken: ${value}.`, en: `First asylum requests: ${value}.` },
    value,
    unit: 'count',
    period: '2025-Q3',
    geo: 'NL',
    sourceId: 'web-cbs',
    evidence: `CBS gives ${value} first asylum requests for Q3 2025.`,
    url: 'https://www.cbs.nl/nieuws',
    published,
    confidence: 'high',
    ...extra,
  };
}

function pack(facts: unknown[], concepts: unknown[] = [concept]) {
  return {
    format: 'migration-lens/fact-pack',
    formatVersion: 1,
    id: 'revisions-test',
    version: '1.0.0',
    title: { nl: 'Herzieningen', en: 'Revisions' },
    sources: [source],
    concepts,
    facts,
  };
}

const problemsOf = (p: unknown) => {
  const r = validatePack(p);
  return r.ok ? [] : r.problems.map((x) => `${x.path}: ${x.message}`);
};

describe('fact.revises', () => {
  it('accepts a later release of the same figure and keeps both facts', () => {
    const result = validatePack(pack([fact('q3-first', 6800, '2025-11-03'), fact('q3-revised', 6740, '2026-02', { revises: 'q3-first' })]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.facts.map((f) => [f.id, f.value, f.revises])).toEqual([
      ['q3-first', 6800, undefined],
      ['q3-revised', 6740, 'q3-first'],
    ]);
  });

  it('accepts a chain of releases (2016 → 2017 → 2019)', () => {
    expect(
      problemsOf(
        pack([
          fact('r2016', 1255600, '2016-03-04'),
          fact('r2017', 1257000, '2017-03-21', { revises: 'r2016' }),
          fact('r2019', 1256600, '2019-03-14', { revises: 'r2017' }),
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses an id that is not a fact of the pack', () => {
    expect(problemsOf(pack([fact('q3-revised', 6740, '2026-02', { revises: 'q3-elsewhere' })]))).toEqual([
      'facts[0].revises: unknown fact "q3-elsewhere"',
    ]);
  });

  it('refuses a revision of another period, another area or another concept', () => {
    const other = { ...concept, id: 'stat-other', terms: { nl: ['andere maat'], en: ['other measure'] } };
    expect(problemsOf(pack([fact('q2', 5300, '2025-07', { period: '2025-Q2' }), fact('q3', 6740, '2026-02', { revises: 'q2' })]))).toEqual([
      'facts[1].revises: revises "q2", which has another period (2025-Q2 ≠ 2025-Q3)',
    ]);
    expect(problemsOf(pack([fact('eu', 5300, '2025-07', { geo: 'EU27_2020' }), fact('nl', 6740, '2026-02', { revises: 'eu' })]))).toEqual([
      'facts[1].revises: revises "eu", which has another geo (EU27_2020 ≠ NL)',
    ]);
    expect(
      problemsOf(pack([fact('a', 5300, '2025-07', { concept: 'stat-other' }), fact('b', 6740, '2026-02', { revises: 'a' })], [concept, other])),
    ).toEqual(['facts[1].revises: revises "a", which has another concept (stat-other ≠ stat-first)']);
  });

  it('refuses a "revision" published before the release it revises', () => {
    expect(problemsOf(pack([fact('late', 6740, '2026-02'), fact('early', 6800, '2025-11-03', { revises: 'late' })]))).toEqual([
      'facts[1].revises: revises "late", published 2026-02, after this release (2025-11-03)',
    ]);
  });

  it('refuses a fact revising itself and a cycle of revisions', () => {
    expect(problemsOf(pack([fact('self', 6740, '2026-02', { revises: 'self' })]))).toEqual(['facts[0].revises: a fact cannot revise itself']);
    const cycle = problemsOf(pack([fact('a', 6740, '2026-02', { revises: 'b' }), fact('b', 6800, '2026-02', { revises: 'a' })]));
    expect(cycle).toEqual(['facts[0].revises: the revisions from "a" form a cycle', 'facts[1].revises: the revisions from "b" form a cycle']);
  });

  it('is a lowercase slug like every other id', () => {
    expect(problemsOf(pack([fact('a', 1, '2026'), fact('b', 2, '2026', { revises: 'A B' })]))[0]).toMatch(/^facts\.1\.revises|^facts\[1\]\.revises/);
  });
});
