/**
 * Golden fixture articles (test/fixtures/articles): migration news in Dutch and English full
 * of decoys, with the figures and key terms a fact-checker expects; and unrelated articles on
 * which nothing may be flagged. Reports precision/recall over all fixtures.
 *
 * Expected files: { lang, published, figures: [{ text, value | range, concept?, verdict?,
 * optional? }], terms: [text], decoys: [text] }. A figure is found when a figure annotation
 * with that text (case-insensitive, allowing the annotation to extend it by a unit) has the
 * right value; a decoy is flagged when any figure annotation overlaps an occurrence of it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledPacks, withBundledRefines } from '../../lib/factbase/bundled';
import { snapshotFromPacks } from '../../lib/factbase/memory';
import { compileLexicon, recognise } from '../../lib/recognise/recognise';
import type { Annotation } from '../../lib/recognise/types';

interface Expected {
  lang: 'nl' | 'en';
  published?: string;
  figures: Array<{ text: string; value?: number; range?: [number, number]; concept?: string; verdict?: string; optional?: boolean }>;
  terms: string[];
  decoys: string[];
}

const dir = join(__dirname, '..', 'fixtures', 'articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
// What users get: every bundled pack, merged as the extension merges them, with refinements.
const lexicon = compileLexicon(withBundledRefines(snapshotFromPacks(loadBundledPacks())));

const totals = { expected: 0, found: 0, flagged: 0, correct: 0, terms: 0, termsFound: 0, decoys: 0, decoysFlagged: 0 };

/** Occurrences of a decoy as a whole token (not part of a longer number). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  let i = -1;
  while ((i = text.indexOf(needle, i + 1)) >= 0) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + needle.length, i + needle.length + 2);
    if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
    out.push(i);
  }
  return out;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.001);
}

describe('fixture articles', () => {
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const expPath = join(dir, file.replace(/\.txt$/, '.expected.json'));
    const unrelated = file.startsWith('unrelated-');
    const exp: Expected = unrelated
      ? { lang: file.includes('-nl-') ? 'nl' : 'en', figures: [], terms: [], decoys: [] }
      : JSON.parse(readFileSync(expPath, 'utf8'));

    it(file, () => {
      const r = recognise(text, lexicon, { lang: 'auto', published: exp.published ?? null });
      for (const a of r.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
      expect(r.lang).toBe(exp.lang);
      if (unrelated) {
        expect(r.annotations.map((a) => `${a.kind}:${a.text}`)).toEqual([]);
        return;
      }
      const figs = r.annotations.filter((a) => a.kind === 'figure');
      const matched = new Set<Annotation>();
      const missing: string[] = [];
      for (const f of exp.figures) {
        const hit = figs.find((a) => {
          if (matched.has(a)) return false;
          const t = a.text.toLowerCase();
          const e = f.text.toLowerCase();
          if (!(t === e || t.startsWith(e) || e.startsWith(t) || t.endsWith(e))) return false;
          if (f.range) return !!a.range && close(a.range[0], f.range[0]) && close(a.range[1], f.range[1]);
          return a.value !== undefined && close(a.value, f.value!);
        });
        if (!f.optional) totals.expected++;
        if (hit) {
          matched.add(hit);
          if (!f.optional) totals.found++;
          if (f.concept) expect(hit.concept, `${file}: concept of ${f.text}`).toBe(f.concept);
          if (f.verdict) expect(hit.verdict, `${file}: verdict of ${f.text}`).toBe(f.verdict);
        } else if (!f.optional) missing.push(f.text);
      }
      const extra = figs.filter((a) => !matched.has(a)).map((a) => a.text);
      totals.flagged += figs.length;
      totals.correct += matched.size;

      const flaggedDecoys: string[] = [];
      for (const d of exp.decoys) {
        totals.decoys++;
        const hit = occurrences(text, d).some((i) => figs.some((a) => a.start < i + d.length && i < a.end));
        if (hit) {
          totals.decoysFlagged++;
          flaggedDecoys.push(d);
        }
      }
      const termsMissing: string[] = [];
      const terms = r.annotations.filter((a) => a.kind === 'term');
      for (const t of exp.terms) {
        totals.terms++;
        if (terms.some((a) => a.text.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(a.text.toLowerCase()) && a.text.length >= t.length - 3)) totals.termsFound++;
        else termsMissing.push(t);
      }
      if (missing.length || extra.length || flaggedDecoys.length || termsMissing.length)
        console.log(`${file}: missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)} decoys ${JSON.stringify(flaggedDecoys)} terms missing ${JSON.stringify(termsMissing)}`);
      expect(flaggedDecoys, `${file}: decoys flagged`).toEqual([]);
      expect(missing.length, `${file}: missing ${missing.join(', ')}`).toBeLessThanOrEqual(Math.floor(exp.figures.length * 0.1));
    });
  }

  it('reports precision and recall', () => {
    const recall = totals.found / totals.expected;
    const precision = totals.correct / Math.max(1, totals.flagged);
    const termRecall = totals.termsFound / totals.terms;
    const decoyRate = totals.decoysFlagged / totals.decoys;
    console.log(
      `fixtures: figure recall ${(recall * 100).toFixed(1)}% (${totals.found}/${totals.expected}), ` +
        `precision ${(precision * 100).toFixed(1)}% (${totals.correct}/${totals.flagged}), ` +
        `term recall ${(termRecall * 100).toFixed(1)}% (${totals.termsFound}/${totals.terms}), ` +
        `decoys flagged ${(decoyRate * 100).toFixed(1)}% (${totals.decoysFlagged}/${totals.decoys})`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(termRecall).toBeGreaterThanOrEqual(0.9);
    expect(decoyRate).toBeLessThanOrEqual(0.05);
  });
});
