/**
 * The migration thesaurus (data/migration-thesaurus) and the vocabulary of all bundled packs:
 * every concept bilingual and sourced, relations that resolve and are symmetric, and no surface
 * form claimed twice — folded exactly as the matcher folds it (lib/recognise/terms.ts), across
 * terms and contextTerms of every bundled pack.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, loadThesaurusPack } from '../../../lib/factbase/bundled';
import { fold } from '../../../lib/recognise/normalise';
import type { Concept } from '../../../lib/factbase/schema';

const thesaurus = loadThesaurusPack();
const packs = loadBundledPacks();
const allConcepts = packs.flatMap((p) => p.concepts.map((c) => ({ pack: p.id, c })));
const allIds = new Set(allConcepts.map((x) => x.c.id));
const own = new Map(thesaurus.concepts.map((c) => [c.id, c]));

/** The trie key of a form, as compileTerms() builds it: no trailing `*`, folded, one space. */
function formKey(form: string): string {
  let f = form.trim();
  if (f.endsWith('*')) f = f.slice(0, -1).trimEnd();
  return fold(f, true).replace(/\s+/g, ' ');
}

function forms(c: Concept): string[] {
  return [...c.terms.nl, ...c.terms.en, ...(c.contextTerms?.nl ?? []), ...(c.contextTerms?.en ?? [])];
}

describe('migration thesaurus: content', () => {
  it('has at least 300 concepts of its own, with ids no other bundled pack uses', () => {
    expect(thesaurus.concepts.length).toBeGreaterThanOrEqual(300);
    const others = new Set(packs.filter((p) => p.id !== thesaurus.id).flatMap((p) => p.concepts.map((c) => c.id)));
    expect(thesaurus.concepts.filter((c) => others.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('gives every concept a label and definition in both languages, a form in each language and a webpage source', () => {
    const sources = new Map(thesaurus.sources.map((s) => [s.id, s]));
    const bad: string[] = [];
    for (const c of thesaurus.concepts) {
      for (const lang of ['nl', 'en'] as const) {
        if (!c.label[lang].trim()) bad.push(`${c.id}: no ${lang} label`);
        if (c.definition[lang].trim().length < 20) bad.push(`${c.id}: ${lang} definition too short`);
        if (!c.terms[lang].length && !c.contextTerms?.[lang].length) bad.push(`${c.id}: no ${lang} form`);
      }
      if (!c.sourceIds.length) bad.push(`${c.id}: no source`);
      for (const s of c.sourceIds) {
        const src = sources.get(s);
        if (!src) bad.push(`${c.id}: unknown source ${s}`);
        else if (src.kind !== 'webpage' || !src.url) bad.push(`${c.id}: source ${s} is not a webpage with a url`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('cites every source it lists', () => {
    const used = new Set(thesaurus.concepts.flatMap((c) => c.sourceIds));
    expect(thesaurus.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('holds the measures other work refers to, as metrics (and unaccompanied minors as a group)', () => {
    const metrics = ['asylum-decisions', 'asylum-grant-rate', 'asylum-backlog', 'temporary-protection-holders', 'reception-population', 'emigration', 'net-migration', 'population-growth', 'nareis-applications'];
    for (const id of metrics) expect(own.get(id)?.kind, id).toBe('metric');
    expect(own.get('unaccompanied-minors')?.kind).toBe('group');
  });

  it('gives every metric a counting rule or cues that say what a figure counts', () => {
    const bare = thesaurus.concepts.filter((c) => c.kind === 'metric' && !c.countingRule && !c.cues && !c.contextCues).map((c) => c.id);
    expect(bare).toEqual([]);
  });

  it('writes cues in the term grammar, with " … " only between words', () => {
    const bad: string[] = [];
    for (const c of thesaurus.concepts) {
      for (const cue of [...(c.cues?.nl ?? []), ...(c.cues?.en ?? []), ...(c.contextCues?.nl ?? []), ...(c.contextCues?.en ?? [])]) {
        if (/^…|…$/.test(cue.trim()) || /\S…|…\S/.test(cue)) bad.push(`${c.id}: "${cue}"`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('migration thesaurus: relations', () => {
  it('points only to concepts of the bundled packs, never to itself', () => {
    const bad: string[] = [];
    for (const c of thesaurus.concepts) {
      for (const rel of ['broader', 'narrower', 'related', 'confusedWith', 'shareOf'] as const) {
        for (const r of c[rel] ?? []) {
          if (!allIds.has(r)) bad.push(`${c.id}.${rel} → ${r}`);
          if (r === c.id) bad.push(`${c.id}.${rel} → itself`);
        }
      }
      if (c.family && !allIds.has(c.family)) bad.push(`${c.id}.family → ${c.family}`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps broader and narrower symmetric within the thesaurus', () => {
    const bad: string[] = [];
    for (const c of thesaurus.concepts) {
      for (const b of c.broader ?? []) if (own.has(b) && !own.get(b)!.narrower?.includes(c.id)) bad.push(`${b} lacks narrower ${c.id}`);
      for (const n of c.narrower ?? []) if (!own.get(n)?.broader?.includes(c.id)) bad.push(`${n} lacks broader ${c.id}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no cycle of broader relations', () => {
    const broaderOf = new Map(thesaurus.concepts.map((c) => [c.id, (c.broader ?? []).filter((b) => own.has(b))]));
    const cyclic: string[] = [];
    for (const start of broaderOf.keys()) {
      const seen = new Set<string>();
      const stack = [...broaderOf.get(start)!];
      while (stack.length) {
        const x = stack.pop()!;
        if (x === start) {
          cyclic.push(start);
          break;
        }
        if (seen.has(x)) continue;
        seen.add(x);
        stack.push(...(broaderOf.get(x) ?? []));
      }
    }
    expect(cyclic).toEqual([]);
  });
});

describe('bundled vocabulary: one concept per surface form', () => {
  it('no folded form (terms or contextTerms) is claimed by two concepts across the bundled packs', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { pack, c } of allConcepts) {
      for (const f of new Set(forms(c).map(formKey))) {
        const prev = owner.get(f);
        if (prev && prev !== `${pack}/${c.id}`) clashes.push(`"${f}": ${prev} and ${pack}/${c.id}`);
        else owner.set(f, `${pack}/${c.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no form both as a term and as a context term of one concept', () => {
    const bad: string[] = [];
    for (const { c } of allConcepts) {
      const terms = new Set([...c.terms.nl, ...c.terms.en].map(formKey));
      for (const f of [...(c.contextTerms?.nl ?? []), ...(c.contextTerms?.en ?? [])]) if (terms.has(formKey(f))) bad.push(`${c.id}: ${f}`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps everyday words that are migration terms only in context out of every pack\'s terms', () => {
    // The false friends of issue 16 (childcare, pupils, footballers, software, thermal expansion …).
    const falseFriends = ['opvang', 'instroom', 'terugkeer', 'migratie', 'integratie', 'asiel', 'uitzetting', 'beslissingen', 'wachttijd', 'shelters', 'return', 'migration', 'integration', 'asylum', 'inflow', 'Oekraïners', 'Ukrainians'];
    const asTerm = allConcepts.flatMap(({ pack, c }) => [...c.terms.nl, ...c.terms.en].filter((f) => falseFriends.some((w) => formKey(w) === formKey(f))).map((f) => `${pack}/${c.id}: ${f}`));
    expect(asTerm).toEqual([]);
    const contextual = new Set(allConcepts.flatMap(({ c }) => [...(c.contextTerms?.nl ?? []), ...(c.contextTerms?.en ?? [])].map(formKey)));
    expect(falseFriends.filter((w) => !contextual.has(formKey(w)))).toEqual([]);
  });
});
