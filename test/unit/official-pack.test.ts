/**
 * The official-statistics pack (data/official-statistics) against its material
 * (../shared/official-figures/official-figures.json) and the fact-pack contract:
 * validity, traceability of every fact to exactly one material entry, completeness (every
 * high/medium entry once, no low entry), counting-rule concepts with their profiles and
 * facets, revisions, series, and the documented disagreements of the material's README as
 * pairs of facts that keep their rules apart (or a later release that names the earlier one).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, validatePack } from '../../lib/factbase/validate';
import { declaredIds } from '../../lib/factbase/bundled';
import type { Concept, Facet, Fact, FactPack, Series, Source } from '../../lib/factbase/schema';
import { buildOfficialPack, serialise, withAdditions } from '../../tools/official-pack/build';
import { readBuildData } from '../../tools/official-pack/build-data';
import type { MaterialEntry } from '../../tools/official-pack/material';
import { compileTerms } from '../../lib/recognise/term-trie';
import { matchTerms } from '../../lib/recognise/terms';

const MATERIAL = path.resolve(process.cwd(), '../shared/official-figures/official-figures.json');
const PACK_DIR = path.resolve(process.cwd(), 'data/official-statistics');
const FIRST_PACK_DIR = path.resolve(process.cwd(), 'data/nl-migration-agenda');
const FILES = ['pack.json', 'sources.json', 'concepts.json', 'facts.json', 'series.json', 'facets.json'] as const;
const PREVIOUS = path.resolve(process.cwd(), 'test/fixtures/packs/official-statistics-1.0.0.json');

const readJson = (dir: string, name: string): unknown => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

const materialPresent = existsSync(MATERIAL);
const shared: MaterialEntry[] = materialPresent ? (JSON.parse(readFileSync(MATERIAL, 'utf8')) as MaterialEntry[]) : [];
// With the entries the team found beyond it (build/additions.json), each with its evidence and URL.
const material: MaterialEntry[] = materialPresent ? withAdditions(shared, readBuildData()) : [];
const kept = material.filter((e) => e.confidence !== 'low');
const lows = material.filter((e) => e.confidence === 'low');

const raw = {
  ...(readJson(PACK_DIR, 'pack.json') as object),
  sources: readJson(PACK_DIR, 'sources.json'),
  concepts: readJson(PACK_DIR, 'concepts.json'),
  facts: readJson(PACK_DIR, 'facts.json'),
  series: readJson(PACK_DIR, 'series.json'),
  facets: readJson(PACK_DIR, 'facets.json'),
};
const firstPackRaw = { concepts: readJson(FIRST_PACK_DIR, 'concepts.json') };
const thesaurusRaw = { concepts: readJson(path.resolve(FIRST_PACK_DIR, '../migration-thesaurus'), 'concepts.json') };
// `refines` names generic concepts of the other bundled packs: validated as the extension does, knowing them.
const validation = validatePack(raw, declaredIds([firstPackRaw, thesaurusRaw]));
const pack = (validation.ok ? validation.pack : raw) as FactPack;
const facts: Fact[] = pack.facts;
const factById = new Map(facts.map((f) => [f.id, f]));
const conceptById = new Map<string, Concept>(pack.concepts.map((c) => [c.id, c]));
const sourceById = new Map<string, Source>(pack.sources.map((s) => [s.id, s]));

/** The material's URL as the pack must store it (packs accept only https links). */
const packUrl = (u: string) => u.replace(/^http:\/\//, 'https://');
/** The material's bound or value as a fact states it. */
function expectedFigure(e: MaterialEntry): { value: number; qualifiers: string[] } {
  if (e.range?.min !== undefined) return { value: e.range.min, qualifiers: ['more-than'] };
  if (e.range?.max !== undefined) return { value: e.range.max, qualifiers: ['less-than', 'almost'] };
  return { value: e.value as number, qualifiers: ['exact', 'approximately', 'at-least'] };
}
const SCHEMA_PERIOD =
  /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/;

function matchesEntry(f: Fact, e: MaterialEntry): boolean {
  const { value, qualifiers } = expectedFigure(e);
  const change = /change vs previous year/.test(e.measure);
  const valueOk = change ? f.value === Math.abs(value) : f.value === value;
  const periodOk = f.period === e.period || (f.periodNote !== undefined && f.periodNote.includes(`"${e.period}"`));
  return valueOk && qualifiers.includes(f.qualifier) && periodOk && f.url === packUrl(e.url);
}

describe('official-statistics pack: material', () => {
  it('the official-figures material is present', () => {
    // Never pass silently: without the material nothing below can be checked.
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    expect(material.length).toBeGreaterThan(0);
  });

  it('the committed JSON is what tools/official-pack generates from the material', () => {
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    const built = buildOfficialPack(shared);
    for (const name of [...FILES, 'refines.json'] as const) {
      expect(readFileSync(path.join(PACK_DIR, name), 'utf8'), `${name} is stale: run npm run build:official`).toBe(
        serialise(built[name]),
      );
    }
  });
});

describe('official-statistics pack: schema and references', () => {
  it('validates (schema, references, duplicate ids)', () => {
    expect(validation.ok ? [] : validation.problems).toEqual([]);
  });

  it('carries the pack meta, with a version above the previous release so installs replace it', () => {
    const previous = JSON.parse(readFileSync(PREVIOUS, 'utf8')) as { id: string; version: string };
    expect(pack.id).toBe(previous.id);
    expect(pack.format).toBe('migration-lens/fact-pack');
    expect(compareVersions(pack.version, previous.version)).toBeGreaterThan(0);
  });

  it('is not valid on its own: its refinements name the concepts of nl-migration-agenda', () => {
    const alone = validatePack(raw);
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(new Set(alone.problems.map((p) => p.message.replace(/".*"/, '"…"')))).toEqual(new Set(['unknown concept "…"']));
  });

  it('loadBundledPacks() returns nl-migration-agenda first, then official-statistics, then migration-thesaurus', async () => {
    const { loadBundledPacks, loadOfficialPack, officialRefines } = await import('../../lib/factbase/bundled');
    expect(loadBundledPacks().map((p) => p.id)).toEqual(['nl-migration-agenda', 'official-statistics', 'migration-thesaurus']);
    expect(loadOfficialPack().facts.length).toBe(facts.length);
    expect(loadOfficialPack().facets.map((f) => f.id)).toEqual((pack.facets as Facet[]).map((f) => f.id));
    expect(Object.keys(officialRefines).length).toBeGreaterThan(0);
  });

  it('every source is a web page with a unique https url, and backs at least one fact', () => {
    const urls = new Set<string>();
    for (const s of pack.sources) {
      expect(s.kind, s.id).toBe('webpage');
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(urls.has(s.url!), `duplicate url ${s.url}`).toBe(false);
      urls.add(s.url!);
      expect(facts.some((f) => f.sourceId === s.id), `${s.id} backs no fact`).toBe(true);
    }
  });

  it("every fact's url is its source's url, and it is backed by evidence, not a quote", () => {
    for (const f of facts) {
      expect(f.url, f.id).toBe(sourceById.get(f.sourceId)?.url);
      expect(f.quote, f.id).toBeUndefined();
      expect(f.evidence, f.id).toBeTruthy();
      expect(f.published !== undefined || f.publishedNote !== undefined, `${f.id}: published or publishedNote`).toBe(true);
    }
  });
});

describe('official-statistics pack: traceability to the material', () => {
  it('every fact traces to exactly one material entry (same value or bound, period, url)', () => {
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    const problems: string[] = [];
    for (const f of facts) {
      const byId = material.filter((e) => e.id.toLowerCase() === f.id);
      if (byId.length !== 1) {
        problems.push(`${f.id}: ${byId.length} material entries with this id`);
        continue;
      }
      const e = byId[0];
      if (!matchesEntry(f, e)) problems.push(`${f.id}: value/bound, period or url differs from the material`);
      // Same figure, period and page, and same concept: that must single out this entry.
      const twins = kept.filter((x) => matchesEntry(f, x) && factById.get(x.id.toLowerCase())?.concept === f.concept);
      if (twins.length !== 1) problems.push(`${f.id}: matches ${twins.length} material entries`);
      if (f.evidence !== e.evidence) problems.push(`${f.id}: evidence is not the material's, verbatim`);
      if (f.confidence !== e.confidence) problems.push(`${f.id}: confidence ${f.confidence} ≠ ${e.confidence}`);
      if ((f.via ?? null) !== e.via) problems.push(`${f.id}: via ${f.via} ≠ ${e.via}`);
      if (f.geo !== e.geo) problems.push(`${f.id}: geo ${f.geo} ≠ ${e.geo}`);
      if (f.unit !== (e.unit === 'percent' ? 'percent' : 'count')) problems.push(`${f.id}: unit ${f.unit} for ${e.unit}`);
      if (f.period !== e.period && (f.period === null ? false : !SCHEMA_PERIOD.test(f.period))) {
        problems.push(`${f.id}: period ${f.period}`);
      }
      if (f.published !== undefined && !e.published.startsWith(f.published)) {
        problems.push(`${f.id}: published ${f.published} is not a prefix of "${e.published}"`);
      }
      if (f.published !== e.published && !f.publishedNote?.includes(e.published)) {
        problems.push(`${f.id}: the material's date "${e.published}" is not kept in publishedNote`);
      }
      if (/change vs previous year/.test(e.measure)) {
        const dir = (e.value as number) < 0 ? 'decrease' : 'increase';
        if (f.change?.direction !== dir) problems.push(`${f.id}: change direction ${f.change?.direction} ≠ ${dir}`);
      } else if (f.change) problems.push(`${f.id}: a change the material does not state`);
    }
    expect(problems).toEqual([]);
  });

  it('every high or medium entry is in the pack exactly once', () => {
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    const problems: string[] = [];
    for (const e of kept) {
      const n = facts.filter((f) => f.id === e.id.toLowerCase()).length;
      if (n !== 1) problems.push(`${e.id}: ${n} facts`);
    }
    expect(problems).toEqual([]);
    expect(facts.length).toBe(kept.length);
  });

  it('no low-confidence entry appears, by id or by figure, period and page', () => {
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    expect(lows.length).toBeGreaterThan(0);
    for (const e of lows) {
      expect(factById.has(e.id.toLowerCase()), e.id).toBe(false);
      expect(facts.filter((f) => matchesEntry(f, e)).map((f) => f.id), e.id).toEqual([]);
    }
    expect(facts.filter((f) => f.confidence === 'low').map((f) => f.id)).toEqual([]);
  });

  it('qualifiers follow the material: {min} → more-than, {max} → almost after "almost/nearly/close to", else less-than, a hedge word → approximately/at-least', () => {
    for (const e of kept) {
      const f = factById.get(e.id.toLowerCase())!;
      if (e.range?.min !== undefined) expect(f.qualifier, e.id).toBe('more-than');
      // "almost / nearly / close to X": rounds to X from below; "fewer than / under X": below X.
      else if (e.range?.max !== undefined) expect(f.qualifier, e.id).toBe(/\b(almost|nearly|close to|just under)\s+\d/i.test(e.evidence) ? 'almost' : 'less-than');
      else if (f.qualifier === 'approximately') expect(e.evidence, e.id).toMatch(/\b(about|around|some|approximately|roughly)\b/i);
      else if (f.qualifier === 'at-least') expect(e.evidence, e.id).toMatch(/\bat least\b/i);
      else expect(f.qualifier, e.id).toBe('exact');
    }
    // Spot checks against the evidence text.
    expect(factById.get('nl-first-2015-ind')?.qualifier).toBe('approximately'); // "about 43,100"
    expect(factById.get('nl-first-2023-cbs')?.qualifier).toBe('more-than'); // "over 38 thousand"
    expect(factById.get('eu-resettled-2024-euaa')?.qualifier).toBe('almost'); // "close to 14,000"
    expect(factById.get('eu-euaa-2016')?.qualifier).toBe('almost'); // "almost 1.3 million"
    expect(factById.get('eu-euaa-2018')?.qualifier).toBe('less-than'); // "fewer than 635,000"
    expect(factById.get('nl-netmigration-2024q1q3-cbs')?.qualifier).toBe('exact'); // "about" is on the change
    expect(factById.get('nl-ukr-reception-2022-03-28')?.qualifier).toBe('at-least');
  });
});

describe('official-statistics pack: counting-rule concepts', () => {
  const firstConcepts = readJson(FIRST_PACK_DIR, 'concepts.json') as Concept[];
  const firstIds = new Set(firstConcepts.map((c) => c.id));
  // Generic measures live in nl-migration-agenda and the thesaurus pack.
  const genericIds = new Set([...firstIds, ...(readJson(path.resolve(FIRST_PACK_DIR, '../migration-thesaurus'), 'concepts.json') as Concept[]).map((c) => c.id)]);
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();

  it('every concept is a metric with a counting rule, both languages, and its own id', () => {
    for (const c of pack.concepts) {
      expect(c.kind, c.id).toBe('metric');
      expect(c.id, c.id).toMatch(/^stat-/);
      expect(firstIds.has(c.id), `${c.id} clashes with nl-migration-agenda`).toBe(false);
      expect(c.countingRule?.nl, c.id).toBeTruthy();
      expect(c.countingRule?.en, c.id).toBeTruthy();
      expect(c.terms.nl.length, `${c.id} terms.nl`).toBeGreaterThan(0);
      expect(c.terms.en.length, `${c.id} terms.en`).toBeGreaterThan(0);
      expect(facts.some((f) => f.concept === c.id), `${c.id} has no facts`).toBe(true);
    }
  });

  it('confusedWith links are symmetric and never point to the concept itself', () => {
    for (const c of pack.concepts) {
      for (const o of c.confusedWith ?? []) {
        expect(o, c.id).not.toBe(c.id);
        expect(conceptById.get(o)?.confusedWith ?? [], `${o} should list ${c.id}`).toContain(c.id);
      }
    }
  });

  it("each concept's sourceIds are exactly the pages its facts stand on", () => {
    for (const c of pack.concepts) {
      const used = new Set(facts.filter((f) => f.concept === c.id).map((f) => f.sourceId));
      expect(new Set(c.sourceIds), c.id).toEqual(used);
    }
  });

  it('a surface form belongs to one concept, and none repeats a form of nl-migration-agenda', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const firstForms = new Map<string, string>();
    for (const c of firstConcepts) for (const t of [...c.terms.nl, ...c.terms.en]) firstForms.set(fold(t), c.id);
    for (const c of pack.concepts) {
      for (const t of [...c.terms.nl, ...c.terms.en]) {
        const k = fold(t);
        const prev = owner.get(k);
        if (prev && prev !== c.id) clashes.push(`"${t}": ${prev} and ${c.id}`);
        owner.set(k, c.id);
        if (firstForms.has(k)) clashes.push(`"${t}": also on nl-migration-agenda ${firstForms.get(k)}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('refines.json links each refining concept to an existing generic concept of nl-migration-agenda or the thesaurus', () => {
    const refines = readJson(PACK_DIR, 'refines.json') as Record<string, string>;
    for (const [from, to] of Object.entries(refines)) {
      expect(conceptById.has(from), from).toBe(true);
      expect(genericIds.has(to), `${from} → ${to}`).toBe(true);
    }
    // The generated copy says what the concepts say inline.
    expect(refines).toEqual(Object.fromEntries(pack.concepts.filter((c) => c.refines).map((c) => [c.id, c.refines])));
  });

  it('every concept carries its counting-rule profile and refines a generic concept; a population subset marks every fact', () => {
    const problems: string[] = [];
    for (const c of pack.concepts) {
      if (!c.profile) problems.push(`${c.id}: no profile`);
      if (!c.refines) problems.push(`${c.id}: refines no generic concept`);
      else if (!genericIds.has(c.refines)) problems.push(`${c.id}: refines unknown ${c.refines}`);
      // A nationality's count is part of another measure: every fact says which part, so it is
      // compared only with page figures about that nationality, never with a page's total
      // ("3.300" Syrians must not "confirm" 3,300 of all).
      if (c.broader?.length) {
        const parents = c.broader.map((b) => conceptById.get(b));
        if (parents.some((b) => b?.refines !== c.refines)) problems.push(`${c.id}: refines another measure than the one it is part of`);
        const facts = pack.facts.filter((f) => f.concept === c.id);
        if (!facts.length || facts.some((f) => !f.subset?.nationality)) problems.push(`${c.id}: a fact without its subset`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every facet a profile names is one of the pack's facets, and every facet but a look-alike is named by some profile (a look-alike by none)", () => {
    const facets = new Set((pack.facets as Facet[]).map((f) => f.id));
    const named = new Set<string>();
    const missing: string[] = [];
    for (const c of pack.concepts) {
      for (const part of ['tags', 'requires', 'excludes'] as const) {
        for (const id of c.profile?.[part] ?? []) {
          named.add(id);
          if (!facets.has(id)) missing.push(`${c.id}.profile.${part}: ${id}`);
        }
      }
    }
    expect(missing).toEqual([]);
    const lookAlike = new Set((pack.facets as Facet[]).filter((f) => f.kind === 'look-alike').map((f) => f.id));
    expect([...facets].filter((id) => !named.has(id) && !lookAlike.has(id))).toEqual([]);
    expect([...lookAlike].filter((id) => named.has(id))).toEqual([]);
  });
});

describe('official-statistics pack: facets (the words that name a counting rule or a publisher)', () => {
  const facets = pack.facets as Facet[];
  const ids = facets.map((f) => f.id);
  // The facet names of the recogniser's table (lib/recognise/definitions.ts), as slugs.
  const FROM_ENGINE = [
    'first', 'repeat', 'total', 'nareis', 'weekly', 'relres', 'arrivals', 'applications', 'provisional', 'net', 'registered',
    'residing', 'permits', 'sticker', 'reception', 'immigrants', 'seeking', 'evacuees', 'agreement', 'entitled', 'crisis',
    'outflow', 'forced', 'unsupervised', 'supervised', 'independent', 'demonstrable', 'national', 'pledge', 'target',
    'classic', 'one-to-one', 'cumulative', 'returned-outside', 'orders', 'pub-cbs', 'pub-ind', 'pub-ministry', 'pub-dtv',
    'pub-eurostat', 'pub-euaa', 'pub-commission', 'pub-parliament', 'pub-unhcr', 'pub-audit',
  ];

  it("carries every facet of the recogniser's table, with unique ids", () => {
    expect(FROM_ENGINE.filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('publishers are pub- facets, the rest counting rules or their look-alikes; none is a nationality', () => {
    // (Look-alikes: "in totaal" sums, "voor het eerst sinds" tells time; neither names a rule.)
    const lookAlikes = ['altogether', 'first-since'];
    for (const f of facets) expect(f.kind, f.id).toBe(f.id.startsWith('pub-') ? 'publisher' : lookAlikes.includes(f.id) ? 'look-alike' : 'counting-rule');
    expect(ids.filter((id) => /syri|eritre|iraq|irak|turk|ukrain|oekra|national/.test(id) && id !== 'national')).toEqual([]);
  });

  /**
   * Whether a sentence states a facet, matching its forms with the term matcher of the lexicon
   * (forms with "…" are left out: the term matcher of today reads them literally).
   */
  function states(id: string, sentence: string, lang: 'nl' | 'en'): boolean {
    const f = facets.find((x) => x.id === id)!;
    const plain = (forms: string[]) => forms.filter((t) => !t.includes('…'));
    const compiled = compileTerms([{ id, terms: { nl: plain(f.terms.nl), en: plain(f.terms.en) } }]);
    return matchTerms(sentence, compiled, { lang }).length > 0;
  }

  it('names a counting rule where a page does, and not in the look-alikes the old patterns excluded', () => {
    expect(states('first', 'Er kwamen dat jaar ruim 38.000 eerste asielaanvragen binnen.', 'nl')).toBe(true);
    expect(states('first', 'Ongeveer 24.000 mensen vroegen voor het eerst asiel aan.', 'nl')).toBe(true);
    expect(states('first', 'Eurostat counted 155,950 first-time applicants.', 'en')).toBe(true);
    // A quarter or a half year is not a first application.
    expect(states('first', 'In het eerste kwartaal van 2025 vroegen 4.530 mensen asiel aan.', 'nl')).toBe(false);
    expect(states('first', 'In the first half of 2025, 399,000 applications were lodged.', 'en')).toBe(false);
    expect(states('repeat', 'In het tweede kwartaal kwamen 3.700 nareizigers naar Nederland.', 'nl')).toBe(false);
    expect(states('repeat', 'Daarnaast dienden 4.000 mensen een herhaalde aanvraag in.', 'nl')).toBe(true);
    // Compounds the old patterns found inside words are listed as words of their own.
    expect(states('applications', 'Het CBS telde 24.000 asielaanvragen.', 'nl')).toBe(true);
    expect(states('permits', 'Zij kregen 4.730 verblijfsvergunningen.', 'nl')).toBe(true);
    // "unsupervised" is not "supervised"; the verb "besluit" is not a decision.
    expect(states('unsupervised', 'Some 5,740 people left unsupervised.', 'en')).toBe(true);
    expect(states('supervised', 'Some 5,740 people left unsupervised.', 'en')).toBe(false);
    expect(states('decisions', 'Het kabinet besluit 2.000 extra plekken te openen.', 'nl')).toBe(false);
    expect(states('decisions', 'Er vielen 209.860 beslissingen in eerste aanleg.', 'nl')).toBe(true);
    // Publishers in capitals match only as the abbreviation.
    expect(states('pub-ind', 'Volgens de IND wachten bijna 50.000 mensen.', 'nl')).toBe(true);
    expect(states('pub-ind', 'De industrie zocht 50.000 werknemers.', 'nl')).toBe(false);
    expect(states('growth', 'De bevolking groeide met 87.200 inwoners.', 'nl')).toBe(true);
  });

  it('every form is in the surface-form grammar: no regex syntax, "*" only at the end, "…" only between words', () => {
    const bad: string[] = [];
    for (const f of facets) {
      expect(f.terms.nl.length, `${f.id} nl`).toBeGreaterThan(0);
      expect(f.terms.en.length, `${f.id} en`).toBeGreaterThan(0);
      for (const t of [...f.terms.nl, ...f.terms.en]) {
        if (/[\\()[\]{}|?+^$]/.test(t)) bad.push(`${f.id}: "${t}" has regex syntax`);
        if (t.slice(0, -1).includes('*')) bad.push(`${f.id}: "${t}" has "*" before its end`);
        if (t.includes('…') && !/^\S.* … .*\S$/.test(t)) bad.push(`${f.id}: "${t}" has "…" not between words`);
        if (t.includes('...')) bad.push(`${f.id}: "${t}" writes "..." instead of "…"`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('official-statistics pack: series', () => {
  const bySeries = new Map<string, Fact[]>();
  for (const f of facts) if (f.series) bySeries.set(f.series, [...(bySeries.get(f.series) ?? []), f]);

  it("facts in a series share the series' concept, unit and geo, with distinct periods", () => {
    for (const s of pack.series as Series[]) {
      const members = bySeries.get(s.id) ?? [];
      expect(members.length, s.id).toBeGreaterThanOrEqual(2);
      const periods = members.map((f) => f.period);
      expect(new Set(periods).size, s.id).toBe(periods.length);
      for (const f of members) {
        expect([f.concept, f.unit, f.geo, f.period === null], f.id).toEqual([s.concept, s.unit, s.geo, false]);
        expect(f.change, f.id).toBeUndefined();
      }
    }
  });

  it('holds the series the issue names: first applications (CBS), immigration 2014–2024, departures by type', () => {
    const periods = (id: string) => (bySeries.get(id) ?? []).map((f) => f.period).sort();
    expect(periods('nl-first-asylum-cbs-annual')).toEqual(['2015', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2025']);
    expect(periods('nl-first-asylum-cbs-quarterly')).toEqual([
      '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4',
    ]);
    expect(periods('nl-immigration-cbs-annual')).toEqual(
      ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'],
    );
    for (const id of ['nl-dtv-independent-annual', 'nl-dtv-forced-annual', 'nl-dtv-unsupervised-annual']) {
      expect(periods(id).length, id).toBeGreaterThanOrEqual(9);
    }
    // The 2022 immigration point is the final CBS table, not a provisional figure.
    expect(bySeries.get('nl-immigration-cbs-annual')?.find((f) => f.period === '2022')?.value).toBe(403108);
  });

  it('takes the newest release where a later one revises a figure, and never the revised one', () => {
    const point = (series: string, period: string) => bySeries.get(series)?.find((f) => f.period === period);
    // CBS first published 6,800 for Q3 2025 and 8,970 for Q1 2024; its 2026 table gives 6,740 and 9,010.
    expect([point('nl-first-asylum-cbs-quarterly', '2025-Q3')?.value, point('nl-first-asylum-cbs-quarterly', '2024-Q1')?.value]).toEqual([6740, 9010]);
    expect(point('nl-immigration-cbs-annual', '2024')?.value).toBe(316300);
    const revisedIds = new Set(facts.map((f) => f.revises).filter(Boolean));
    expect(facts.filter((f) => f.series && revisedIds.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});

/**
 * The disagreements documented in the material's README ("Why sources disagree"), for pairs
 * whose entries are both high or medium. `definition`: the two facts follow different
 * counting rules (different concepts); `geo`: the same measure over a different area;
 * `revision`: the same measure and area in a later release, which names the earlier one
 * (directly or through a chain of releases); `subset`: a part of a population (one
 * nationality) against the whole, as a narrower concept.
 */
type Reason = 'definition' | 'geo' | 'revision' | 'subset';
const DISAGREEMENTS: Array<[item: number, a: string, b: string, reason: Reason]> = [
  // 1. First asylum applications: IND vs CBS.
  [1, 'nl-first-2017-ind-jv', 'nl-first-2017-cbs', 'definition'],
  [1, 'nl-first-2018-rvk', 'nl-first-2018-cbs', 'definition'],
  [1, 'nl-first-2019-ind-jv2021', 'nl-first-2019-cbs', 'definition'],
  [1, 'nl-first-2020-ind-nos', 'nl-first-2020-cbs', 'definition'],
  [1, 'nl-first-2021-ind', 'nl-first-2021-cbs', 'definition'],
  // 2. Nareizigers: arrivals vs applications; the 2014 definitional break.
  [2, 'nl-nareis-2019-ind', 'nl-nareisappl-2019-ind', 'definition'],
  [2, 'nl-nareis-2020-ind', 'nl-nareisappl-2020-ind', 'definition'],
  [2, 'nl-nareis-2021-ind', 'nl-nareisappl-2021-ind', 'definition'],
  [2, 'nl-nareis-2024-tk', 'nl-nareis-cbs-2024q1', 'definition'],
  // 3. Total asylum inflow: IND definition vs ministry weekly totals and other totals.
  [3, 'nl-total-2021-ind', 'nl-weekly-total-2021', 'definition'],
  [3, 'nl-total-2022-ind', 'nl-weekly-total-2022', 'definition'],
  [3, 'nl-total-2023-svm', 'nl-weekly-total-2023', 'definition'],
  [3, 'nl-weekly-total-2024-tk', 'nl-weekly-total-2024', 'definition'],
  [3, 'nl-total-2016-ind-jv2017', 'nl-total-rr-2016-rvk', 'definition'],
  [3, 'nl-total-2017-ind-jv', 'nl-total-rr-2017-rvk', 'definition'],
  [3, 'nl-total-2017-ind-jv', 'nl-firstplusnareis-2017-cbs', 'definition'],
  [3, 'nl-total-2022-ind', 'nl-asylum-2022-svm', 'definition'],
  [3, 'nl-asylumappl-2022-ind-jv', 'nl-asylum-2022-svm', 'definition'],
  // 5. 2014 in the Netherlands.
  [5, 'nl-asylum-2014-cbs-nu', 'nl-first-cbs-2014q1', 'definition'],
  [5, 'nl-asylum-2014-cbs-nu', 'nl-total-2014-ind-teeven', 'definition'],
  [5, 'nl-total-2014-ind-teeven', 'nl-asylum-2014-coa-nrc', 'definition'],
  // 6. Immigration: CBS vs Staat van Migratie; provisional vs final.
  [6, 'nl-immigration-2023-cbs', 'nl-immigration-2023-ro', 'definition'],
  [6, 'nl-immigration-2022-cbs', 'nl-immigration-2022-cbs-prov', 'definition'],
  [6, 'nl-emigration-2022-cbs', 'nl-emigration-2022-cbs-prov', 'definition'],
  [6, 'nl-netmigration-2022-cbs', 'nl-net-2022-cbs-prov', 'definition'],
  // 7. Ukrainian counts.
  [7, 'nl-ukr-registered-to-2023-01-01-cbs', 'nl-ukr-residing-2022-11-01-cbs', 'definition'],
  [7, 'nl-ukr-registered-to-2023-01-01-cbs', 'nl-ukr-registered-2022-cbs', 'definition'],
  [7, 'nl-ukr-tp-permits-to-2023-11-01-cbs', 'nl-ukr-residing-2023-10-01-cbs', 'definition'],
  [7, 'nl-ukr-immigrants-2022-cbs', 'nl-ukr-registered-2022-cbs', 'definition'],
  [7, 'nl-ukr-reception-2022-04-11', 'nl-ukr-brp-2022-04-11', 'definition'],
  [7, 'nl-ukr-protection-end2024-ro', 'nl-ukr-residing-2023-10-01-cbs', 'definition'],
  // 8. COA measures over time.
  [8, 'nl-coa-2022-06-01', 'nl-coa-2022-06-27', 'definition'],
  [8, 'nl-coa-2022-06-27', 'nl-coa-2022-12-05', 'definition'],
  [8, 'nl-coa-2020-06-01', 'nl-coa-2021-11-01', 'definition'],
  // 9. Departures: DT&V caseload vs national figure.
  [9, 'nl-dtv-indep-2019', 'nl-indep-national-2019', 'definition'],
  [9, 'nl-dtv-total-2019', 'nl-indep-national-2019', 'definition'],
  [9, 'nl-demonstrable-2020-dtv-telegraaf', 'nl-dtv-indep-2020', 'definition'],
  // 10. Eurostat first-time applicants: EU28 vs EU27_2020, and revisions.
  [10, 'eu-ft-2014-eu28', 'eu-ft-2014-eu27', 'geo'],
  [10, 'eu-ft-2015-eu28-2019rel', 'eu-ft-2015-eu27', 'geo'],
  [10, 'eu-ft-2016-eu28', 'eu-ft-2016-eu27', 'geo'],
  [10, 'eu-ft-2018-eu28', 'eu-ft-2018-eu27', 'geo'],
  [10, 'eu-ft-2015-eu28-2016rel', 'eu-ft-2015-eu28-2019rel', 'revision'],
  [10, 'eu-ft-2017-eu28-2018rel', 'eu-ft-2017-eu28-2019rel', 'revision'],
  [10, 'eu-ft-2021-eu27-2022rel', 'eu-ft-2021-eu27-2023rel', 'revision'],
  [10, 'eu-ft-2022-eu27-se', 'eu-ft-2022-eu27-2024rel', 'revision'],
  [10, 'eu-ft-2023-eu27-2024rel', 'eu-ft-2023-eu27-2025rel', 'revision'],
  // 11. EASO/EUAA totals vs Eurostat first-time applicants; EUAA coverage and releases.
  [11, 'eu-euaa-2022', 'eu-ft-2022-eu27-se', 'definition'],
  [11, 'eu-euaa-2022', 'eu-asyapp-2022-eu27-se', 'definition'],
  [11, 'eu-euaa-2019-trends', 'eu-euaa-2019-report', 'geo'],
  [11, 'eu-euaa-2019-trends', 'eu-euaa-2019-eu27plus', 'geo'],
  [11, 'eu-euaa-2020-eu27plus', 'eu-euaa-2020-genreport', 'geo'],
  [11, 'eu-euaa-2023-lat', 'eu-euaa-2023-annual', 'revision'],
  [11, 'nl-asylumappl-2024-euaa', 'nl-weekly-total-2024-tk', 'definition'],
  [11, 'nl-asylumappl-2024-euaa', 'nl-first-2024-tk', 'definition'],
  // 12. EU return rate: Commission vs Parliament research service.
  [12, 'eu-returnrate-2025-ec', 'eu-returnrate-2021', 'definition'],
  [12, 'eu-returnrate-2025-ec', 'eu-returnrate-2013-2021', 'definition'],
  // 13. Resettlement to the EU: EUAA (EU+) vs UNHCR (EU).
  [13, 'eu-resettled-2024-euaa', 'eu-resettled-2024-unhcr', 'geo'],
  // 14. CBS quarterly first requests revised after first publication; CBS vs IND for 2025; nationalities.
  [14, 'nl-first-cbs-2024q1', 'nl-first-cbs-2024q1-2026rel', 'revision'],
  [14, 'nl-first-cbs-2024q2', 'nl-first-cbs-2024q2-2026rel', 'revision'],
  [14, 'nl-first-cbs-2024q3', 'nl-first-cbs-2024q3-2026rel', 'revision'],
  [14, 'nl-first-cbs-2025q2-firstrel', 'nl-first-cbs-2025q2', 'revision'],
  [14, 'nl-first-cbs-2025q3-firstrel', 'nl-first-cbs-2025q3', 'revision'],
  [14, 'nl-first-cbs-2025-anp', 'nl-first-2025-ind-trouw', 'definition'],
  [14, 'nl-first-syr-cbs-2025', 'nl-first-cbs-2025-anp', 'subset'],
  [14, 'nl-first-eri-cbs-2025', 'nl-first-cbs-2025-anp', 'subset'],
  [14, 'nl-first-syr-cbs-2025q3', 'nl-first-cbs-2025q3', 'subset'],
  // 15. Nareizigers 2025: CBS arrivals vs MVV nareis applications granted by the IND.
  [15, 'nl-nareis-cbs-2025jan-sep', 'nl-ind-granted-nareis-2025-to-0922', 'definition'],
  [15, 'nl-nareis-cbs-2025', 'nl-ind-granted-nareis-2025-to-0922', 'definition'],
  // 16. Population 2024–2025: provisional vs later figures; net migration vs population growth.
  [16, 'nl-immigration-2024-cbs', 'nl-immigration-2024-cbs-2026rel', 'revision'],
  [16, 'nl-emigration-2024-cbs', 'nl-emigration-2024-cbs-2026rel', 'revision'],
  [16, 'nl-netmigration-2024-anp', 'nl-popgrowth-2024-cbs', 'definition'],
  [16, 'nl-netmigration-2025-cbs', 'nl-popgrowth-2025-cbs', 'definition'],
  // 17. Grant and recognition rates on different bases.
  [17, 'nl-ind-grantrate-first-2025-to-0922', 'eu-euaa-recrate-2025', 'definition'],
  [17, 'nl-ind-grantrate-2025q1-ro', 'eu-euaa-recrate-2025h1', 'definition'],
  [17, 'eu-euaa-recrate-2025h1', 'eu-positive-2025q3', 'definition'],
  // 18. EU asylum totals 2025: Eurostat first-time applicants vs EUAA applications; EUAA releases.
  [18, 'eu-ft-2025q1-eu27', 'eu-euaa-2025h1', 'definition'],
  [18, 'eu-euaa-2024-prelim', 'eu-euaa-2024', 'revision'],
  // 19. Reception stocks with different scopes.
  [19, 'nl-coa-entitled-2025-01-06', 'nl-ukr-places-2025-09', 'definition'],
  [19, 'nl-coa-entitled-2025-01-06', 'nl-coa-vh-2025-03', 'definition'],
  // 20. Departures and border crossings count different things.
  [20, 'nl-dtv-demonstrable-2024-arm', 'nl-dtv-indep-2024', 'definition'],
  [20, 'nl-dtv-demonstrable-2024-arm', 'nl-dtv-unsup-2024', 'definition'],
  [20, 'eu-returned-noneu-2025q3', 'eu-returned-2023', 'definition'],
  [20, 'eu-frontex-2025jan-sep', 'eu-ft-2025q3-eu27', 'definition'],
];

describe('official-statistics pack: documented disagreements keep their rules apart', () => {
  it.each(DISAGREEMENTS)('README item %i: %s vs %s (%s)', (_item, a, b, reason) => {
    expect(materialPresent, `official-figures material not found at ${MATERIAL}`).toBe(true);
    for (const id of [a, b]) {
      const e = material.find((x) => x.id.toLowerCase() === id);
      expect(e, `${id} is in the material`).toBeDefined();
      expect(e!.confidence, `${id} is high or medium`).not.toBe('low');
    }
    const fa = factById.get(a)!;
    const fb = factById.get(b)!;
    expect(fa, a).toBeDefined();
    expect(fb, b).toBeDefined();
    // A disagreement: the figures differ (value or bound).
    expect([fa.value, fa.qualifier]).not.toEqual([fb.value, fb.qualifier]);
    for (const f of [fa, fb]) expect(conceptById.get(f.concept)?.countingRule, f.concept).toBeDefined();
    if (reason === 'definition') {
      expect(fa.concept, `${a} and ${b} need different concepts`).not.toBe(fb.concept);
    } else if (reason === 'geo') {
      expect(fa.concept).toBe(fb.concept);
      expect(fa.geo, `${a} and ${b} need different geo`).not.toBe(fb.geo);
    } else if (reason === 'subset') {
      expect(conceptById.get(fa.concept)?.broader ?? [], `${a} is a part of ${b}'s measure`).toContain(fb.concept);
    } else {
      expect(fa.concept).toBe(fb.concept);
      expect(fa.geo).toBe(fb.geo);
      expect(fa.published, `${a} and ${b} are different releases`).not.toBe(fb.published);
      // The later release names the earlier one, directly or through a chain of releases.
      const chain: string[] = [];
      for (let at: Fact | undefined = fb; at?.revises; at = factById.get(at.revises)) chain.push(at.revises);
      expect(chain, `${b} revises ${a}`).toContain(a);
    }
  });

  it('covers every item of the README, 1 to 20, except the ones with nothing high or medium on both sides', () => {
    // 4: the mislabelled numbers were not entered.
    const covered = new Set(DISAGREEMENTS.map(([item]) => item));
    expect([...Array(20).keys()].map((i) => i + 1).filter((i) => !covered.has(i))).toEqual([4]);
  });

  it('a revised figure says so in both statements', () => {
    for (const f of facts.filter((x) => x.revises)) {
      const earlier = factById.get(f.revises!)!;
      expect(f.statement.nl, f.id).toContain('Herziening van het eerder gepubliceerde cijfer');
      expect(f.statement.en, f.id).toContain('Revises the figure first published as');
      expect(earlier.statement.en, earlier.id).toContain('Later revised to');
    }
    expect(factById.get('nl-first-cbs-2025q3')?.statement.en).toContain('Revises the figure first published as 6,800 (published 3 November 2025).');
  });

  it('every pair of confused concepts in the table is linked by confusedWith', () => {
    const missing: string[] = [];
    for (const [, a, b, reason] of DISAGREEMENTS) {
      if (reason !== 'definition' && reason !== 'subset') continue;
      const ca = factById.get(a)?.concept;
      const cb = factById.get(b)?.concept;
      if (!ca || !cb) continue;
      if (!(conceptById.get(ca)?.confusedWith ?? []).includes(cb)) missing.push(`${ca} ↔ ${cb}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
