/**
 * The bundled fact pack (data/nl-migration-agenda) against the fact-pack contract:
 * schema validity, referential integrity, bilingual completeness, and — against the seed
 * documents in ../shared/seeds — that every quote is verbatim and carries its figure.
 */
import { describe, expect, it } from 'vitest';
import { FactPack, type FactPack as FactPackT } from '../../../lib/factbase/schema';
import { figure } from '../../helpers/recognise';
import { assemblePack, normaliseForQuote, numbersInQuote, SEED_FILES, SEEDS_DIR, seedText, seedsAvailable } from './pack';

const raw = assemblePack();
const parsed = FactPack.safeParse(raw);
const pack = (parsed.success ? parsed.data : raw) as FactPackT;

function dupes(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

describe('bundled fact pack: schema', () => {
  it('validates against FactPack', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it('carries the pack meta', () => {
    expect(pack.format).toBe('migration-lens/fact-pack');
    expect(pack.formatVersion).toBe(1);
    expect(pack.id).toBe('nl-migration-agenda');
    expect(pack.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has no duplicate ids in any collection', () => {
    expect(dupes(pack.sources.map((s) => s.id))).toEqual([]);
    expect(dupes(pack.concepts.map((c) => c.id))).toEqual([]);
    expect(dupes(pack.facts.map((f) => f.id))).toEqual([]);
    expect(dupes(pack.series.map((s) => s.id))).toEqual([]);
  });
});

describe('bundled fact pack: references', () => {
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const conceptIds = new Set(pack.concepts.map((c) => c.id));
  const seriesIds = new Set(pack.series.map((s) => s.id));
  const kindOf = new Map(pack.sources.map((s) => [s.id, s.kind]));

  it('every concept reference exists', () => {
    const missing: string[] = [];
    for (const c of pack.concepts) {
      for (const s of c.sourceIds) if (!sourceIds.has(s)) missing.push(`${c.id}.sourceIds → ${s}`);
      for (const r of c.related ?? []) if (!conceptIds.has(r)) missing.push(`${c.id}.related → ${r}`);
      for (const r of c.confusedWith ?? []) if (!conceptIds.has(r)) missing.push(`${c.id}.confusedWith → ${r}`);
      if ((c.related ?? []).includes(c.id)) missing.push(`${c.id}.related → itself`);
    }
    for (const f of pack.facts) {
      if (!conceptIds.has(f.concept)) missing.push(`${f.id}.concept → ${f.concept}`);
      if (!sourceIds.has(f.sourceId)) missing.push(`${f.id}.sourceId → ${f.sourceId}`);
      if (f.originId && !sourceIds.has(f.originId)) missing.push(`${f.id}.originId → ${f.originId}`);
      if (f.series && !seriesIds.has(f.series)) missing.push(`${f.id}.series → ${f.series}`);
    }
    for (const s of pack.series) if (!conceptIds.has(s.concept)) missing.push(`series ${s.id}.concept → ${s.concept}`);
    expect(missing).toEqual([]);
  });

  it('facts quote a document and cite a "cited" publication as origin; every cited source is used', () => {
    const bad: string[] = [];
    for (const f of pack.facts) {
      if (kindOf.get(f.sourceId) !== 'document') bad.push(`${f.id}: sourceId ${f.sourceId} is not a document`);
      if (f.originId && kindOf.get(f.originId) !== 'cited') bad.push(`${f.id}: originId ${f.originId} is not a cited source`);
    }
    const origins = new Set(pack.facts.map((f) => f.originId).filter(Boolean));
    for (const s of pack.sources) if (s.kind === 'cited' && !origins.has(s.id)) bad.push(`cited source ${s.id} is no fact's origin`);
    expect(bad).toEqual([]);
  });

  it('every document source is mapped to a seed file and dated', () => {
    for (const s of pack.sources.filter((x) => x.kind === 'document')) {
      expect(SEED_FILES[s.id], `seed mapping for ${s.id}`).toBeDefined();
      expect(s.date, `date of ${s.id}`).toBeDefined();
    }
    expect(Object.keys(SEED_FILES).sort()).toEqual(pack.sources.filter((x) => x.kind === 'document').map((s) => s.id).sort());
  });

  it('series have at least two facts that agree with the series on unit, geo and concept', () => {
    for (const s of pack.series) {
      const members = pack.facts.filter((f) => f.series === s.id);
      expect(members.length, `facts in series ${s.id}`).toBeGreaterThanOrEqual(2);
      for (const f of members) {
        expect(f.unit, `${f.id}.unit`).toBe(s.unit);
        expect(f.geo, `${f.id}.geo`).toBe(s.geo);
        expect(f.concept, `${f.id}.concept`).toBe(s.concept);
        expect(f.period, `${f.id}.period`).not.toBeNull();
      }
      const periods = members.map((f) => f.period);
      expect(dupes(periods as string[]), `periods in series ${s.id}`).toEqual([]);
    }
  });
});

describe('bundled fact pack: completeness', () => {
  it('has the six pillars as pillar-1 … pillar-6', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const c = pack.concepts.find((x) => x.id === `pillar-${n}`);
      expect(c, `pillar-${n}`).toBeDefined();
      expect(c!.kind).toBe('pillar');
      expect(c!.pillar).toBe(n);
    }
    expect(pack.concepts.filter((c) => c.kind === 'pillar')).toHaveLength(6);
  });

  it('has at least 40 non-pillar concepts', () => {
    expect(pack.concepts.filter((c) => c.kind !== 'pillar').length).toBeGreaterThanOrEqual(40);
  });

  it('speaks both languages everywhere', () => {
    const bad: string[] = [];
    for (const c of pack.concepts) {
      for (const k of ['label', 'definition'] as const) {
        if (!c[k].nl.trim() || !c[k].en.trim()) bad.push(`${c.id}.${k}`);
      }
      if (c.terms.nl.length === 0) bad.push(`${c.id}.terms.nl is empty`);
      if (c.terms.en.length === 0) bad.push(`${c.id}.terms.en is empty`);
    }
    for (const f of pack.facts) if (!f.statement.nl.trim() || !f.statement.en.trim()) bad.push(`${f.id}.statement`);
    for (const s of pack.series) if (!s.label.nl.trim() || !s.label.en.trim()) bad.push(`series ${s.id}.label`);
    expect(bad).toEqual([]);
  });

  it('every fact has a unit, a period (or a periodNote saying why not), a geo, a quote and a locator', () => {
    const bad: string[] = [];
    for (const f of pack.facts) {
      if (!f.unit) bad.push(`${f.id}: unit`);
      if (f.period === null && !f.periodNote) bad.push(`${f.id}: period null without periodNote`);
      if (f.period === undefined) bad.push(`${f.id}: period missing`);
      if (!f.geo) bad.push(`${f.id}: geo`);
      if (!f.quote) bad.push(`${f.id}: quote`);
      if (!f.locator) bad.push(`${f.id}: locator`);
      if (f.change && f.change.from !== undefined && f.change.to !== undefined) {
        const up = f.change.to > f.change.from;
        if (up !== (f.change.direction === 'increase')) bad.push(`${f.id}: change direction disagrees with from/to`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a stock whose source gives no reference date is low confidence: it never backs a verdict', () => {
    // As ../shared/official-figures marks the same statements: "91.000 naar 110.000" in a news
    // item that says neither on which day.
    const undated = pack.facts.filter((f) => /no reference date/.test(f.periodNote ?? ''));
    expect(undated.map((f) => f.id)).toEqual(['nl-ukrainian-refugees-received-2022', 'nl-ukrainian-refugees-received-2023']);
    expect(undated.filter((f) => f.confidence !== 'low').map((f) => f.id)).toEqual([]);
    const f = figure('Het aantal vluchtelingen uit Oekraïne dat Nederland opving, steeg in 2023 naar 110.000.', '110.000', 'nl', '2024-06-20');
    expect(f.verdict).not.toBe('consistent');
    expect(f.factIds).not.toContain('nl-ukrainian-refugees-received-2023');
  });

  it('no surface form belongs to two concepts', () => {
    const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of pack.concepts) {
      for (const lang of ['nl', 'en'] as const) {
        for (const t of c.terms[lang]) {
          const key = `${lang}:${fold(t)}`;
          const prev = owner.get(key);
          if (prev && prev !== c.id) clashes.push(`${key} in ${prev} and ${c.id}`);
          owner.set(key, c.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('bundled fact pack: quotes against the seed documents', () => {
  it('finds the seed documents in ../shared/seeds', () => {
    expect(
      seedsAvailable(),
      `seed documents not found at ${SEEDS_DIR}: the quote checks cannot run (they must not pass silently)`,
    ).toBe(true);
  });

  it('every quote and every alsoAt quote occurs verbatim in its cited seed', () => {
    if (!seedsAvailable()) throw new Error(`seed documents not found at ${SEEDS_DIR}; cannot check quotes`);
    const missing: string[] = [];
    for (const f of pack.facts) {
      const text = seedText(f.sourceId);
      const quotes = [f.quote!, ...(f.alsoAt ?? []).map((p) => p.quote)];
      for (const q of quotes) if (!text.includes(normaliseForQuote(q))) missing.push(`${f.id}: «${q}»`);
    }
    expect(missing).toEqual([]);
  });

  it("each fact's figure is written in its quote", () => {
    const bad: string[] = [];
    for (const f of pack.facts) {
      const nums = numbersInQuote(f.quote!);
      const wanted = [...(f.value !== undefined ? [f.value] : []), ...(f.range ?? [])];
      if (f.change?.from !== undefined) wanted.push(f.change.from);
      if (f.change?.to !== undefined) wanted.push(f.change.to);
      for (const v of wanted) if (!nums.has(v)) bad.push(`${f.id}: ${v} not in «${f.quote}» (found ${[...nums].join(', ')})`);
      for (const p of f.alsoAt ?? []) {
        const also = numbersInQuote(p.quote);
        if (f.value !== undefined && !also.has(f.value)) bad.push(`${f.id}: ${f.value} not in alsoAt «${p.quote}»`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the figure check understands Dutch numerals and number words', () => {
    const n = numbersInQuote('meer dan 47.000, EUR 50,5 miljoen, een vijftal, meer dan een miljoen, 40%, tussen de 84 en-87');
    for (const v of [47000, 50.5, 50500000, 5, 1000000, 40, 84, 87]) expect(n.has(v), String(v)).toBe(true);
  });
});

describe('bundled fact pack: the extension loader', () => {
  it('loadBundledPack() (lib/factbase/bundled.ts) accepts the pack and sees every record', async () => {
    const { loadBundledPack } = await import('../../../lib/factbase/bundled');
    const loaded = loadBundledPack();
    expect(loaded.id).toBe(pack.id);
    expect(loaded.sources).toHaveLength(pack.sources.length);
    expect(loaded.concepts).toHaveLength(pack.concepts.length);
    expect(loaded.facts).toHaveLength(pack.facts.length);
    expect(loaded.series).toHaveLength(pack.series.length);
  });
});
