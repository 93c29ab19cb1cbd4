/**
 * Caps inside the 50 MB file limit: field lengths, numbers of things, surface forms that would
 * mark every sentence, and what every annotated tab is sent.
 */
import { describe, expect, it } from 'vitest';
import mini from '../../test/fixtures/packs/mini-pack.json';
import { LensDatabase } from './db';
import { FactBaseService } from '../background/factbase-service';
import { dumpDatabase, userPack } from '../../test/helpers/factbase';
import { parsePack, validatePack } from './validate';

const problems = (pack: unknown) => {
  const r = validatePack(pack);
  return r.ok ? [] : r.problems;
};

describe('surface forms', () => {
  it('refuses stop words, forms under 3 letters and short * stems, with their paths', () => {
    const pack = userPack();
    pack.concepts[1].terms.nl = ['hervestiging*', 'de', 'Het', 'ab', 'her*', '12', 'voor'];
    pack.concepts[1].terms.en = ['the', 'EU', 'resettled'];
    const found = problems(pack).map((p) => p.path);
    expect(found.sort()).toEqual(
      ['concepts[1].terms.nl[1]', 'concepts[1].terms.nl[2]', 'concepts[1].terms.nl[3]', 'concepts[1].terms.nl[4]', 'concepts[1].terms.nl[5]', 'concepts[1].terms.nl[6]', 'concepts[1].terms.en[0]'].sort(),
    );
    expect(problems(pack).find((p) => p.path === 'concepts[1].terms.nl[6]')?.message).toMatch(/"voor" is too common/);
  });

  it('accepts what the bundled packs use: capitals such as IND, EU, and three-letter words such as azc', () => {
    const pack = userPack();
    pack.concepts[1].terms.nl = ['azc', 'IND', 'EU', 'DT&V', 'terugkeerbeleid', 'hervestigingsmissie*'];
    expect(problems(pack)).toEqual([]);
  });

  it('caps the forms per concept and language', () => {
    const pack = userPack();
    pack.concepts[1].terms.nl = Array.from({ length: 101 }, (_, i) => `hervestiging${'x'.repeat(i)}`);
    expect(problems(pack).map((p) => p.path)).toEqual(['concepts[1].terms.nl']);
  });
});

describe('lengths and counts', () => {
  it('caps labels and titles at 300 characters and definitions at 3,000', () => {
    const pack = userPack();
    pack.title.nl = 'x'.repeat(301);
    pack.concepts[1].label.en = 'y'.repeat(301);
    pack.concepts[1].definition.nl = 'z'.repeat(3001);
    expect(problems(pack).map((p) => p.path).sort()).toEqual(['concepts[1].definition.nl', 'concepts[1].label.en', 'title.nl']);
  });

  it('caps the number of sources (and concepts, facts, series, notes, facets)', () => {
    const pack = userPack();
    pack.sources = Array.from({ length: 5001 }, (_, i) => ({ ...pack.sources[0], id: i ? `s-${i}` : pack.sources[0].id }));
    expect(problems(pack)).toContainEqual(expect.objectContaining({ path: 'sources' }));
  });
});

describe('what the background holds ready for pages', () => {
  // The budget is 8 MB (WORKING_SET_BUDGET_CHARS: a 15,000-fact pack is refused in Chromium, measured
  // by hand: 12.4 MB); here a smaller one, since fake-indexeddb reads its own uncommitted
  // writes slowly.
  it('refuses a pack that would make the fact base kept ready for pages larger than the budget, and writes nothing', async () => {
    const db = new LensDatabase('pack-limits-budget');
    const service = new FactBaseService(() => [parsePack(mini)], () => db, { workingSetBudgetChars: 300_000 });
    await service.snapshot();
    const before = await dumpDatabase(db);
    const big = userPack('big-pack');
    const base = big.facts[0];
    big.facts = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `fact-${i}`, value: i, period: String(2000 + (i % 25)) }));
    const result = await service.importPack(JSON.stringify(big));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/the fact base kept ready for every page would be 0\.\d MB, and at most 0\.3 MB/) }] });
    expect(await dumpDatabase(db)).toEqual(before);
    // A pack within the budget imports.
    big.facts = big.facts.slice(0, 100);
    expect(await service.importPack(JSON.stringify(big))).toMatchObject({ ok: true });
  });
});
