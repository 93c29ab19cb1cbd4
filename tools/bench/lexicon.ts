/**
 * The lexicons the bench uses: the bundled one (compiled exactly as the background's
 * FactBaseService compiles it), a synthetic one ten times larger, and the term list given to
 * mark.js (every surface form of the bundled concepts, wildcards stripped).
 */
import { loadBundledPacks } from '../../lib/factbase/bundled';
import { snapshotFromPacks } from '../../lib/factbase/memory';
import type { FactBaseSnapshot } from '../../lib/factbase/query';
import { compileLexicon, type CompiledLexicon } from '../../lib/recognise/recognise';
import type { Vocabulary } from './generate';

export function bundledSnapshot(): FactBaseSnapshot {
  return snapshotFromPacks(loadBundledPacks());
}

export function bundledLexicon(): CompiledLexicon {
  return compileLexicon(bundledSnapshot());
}

const strip = (form: string) => form.replace(/\*$/, '').trim();

/** Every surface form of the bundled concepts, wildcards stripped, deduplicated. */
export function markTerms(snapshot = bundledSnapshot()): string[] {
  const out = new Set<string>();
  for (const c of snapshot.concepts) for (const f of [...(c.terms.nl ?? []), ...(c.terms.en ?? [])]) if (strip(f)) out.add(strip(f));
  return [...out];
}

/** The forms the page generator writes into its sentences. */
export function vocabulary(snapshot = bundledSnapshot()): Vocabulary {
  const forms = (lang: 'nl' | 'en') => [...new Set(snapshot.concepts.flatMap((c) => (c.terms[lang] ?? []).map(strip)))].filter(Boolean);
  return { termsNl: forms('nl'), termsEn: forms('en') };
}

const LETTERS = 'abdegiklmnoprstuvz';

/**
 * A form changed so that it is a different word with the same shape: clone k appends a
 * syllable (deepening the trie below an existing prefix) or changes a letter inside.
 */
function mutate(form: string, k: number): string {
  const caps = form === form.toUpperCase() && /[A-Z]/.test(form);
  const star = form.endsWith('*');
  const base = strip(form);
  let out: string;
  if (k % 2 === 0) {
    out = base + (caps ? LETTERS[k].toUpperCase() : ['kader', 'beleid', 'raad', 'plan', 'wet', 'zaak', 'regio', 'norm', 'fonds'][k % 9]);
  } else {
    const chars = [...base];
    const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i >= 0);
    const at = letters[(k * 7) % Math.max(1, letters.length)] ?? 0;
    const repl = LETTERS[(k * 5 + at) % LETTERS.length];
    chars[at] = caps ? repl.toUpperCase() : repl === chars[at] ? 'x' : repl;
    out = chars.join('') + (caps ? '' : 'q'.repeat(1 + (k >> 2)));
  }
  return star ? out + '*' : out;
}

/** The snapshot grown `factor` times: every concept cloned with mutated surface forms, and its facts. */
export function grownSnapshot(factor: number, snapshot = bundledSnapshot()): FactBaseSnapshot {
  const concepts = [...snapshot.concepts];
  const facts = [...snapshot.facts];
  for (let k = 1; k < factor; k++) {
    for (const c of snapshot.concepts) {
      concepts.push({
        ...c,
        id: `${c.id}~${k}`,
        terms: { nl: (c.terms.nl ?? []).map((f) => mutate(f, k)), en: (c.terms.en ?? []).map((f) => mutate(f, k)) },
      });
    }
    for (const f of snapshot.facts) facts.push({ ...f, id: `${f.id}~${k}`, concept: `${f.concept}~${k}` });
  }
  return { ...snapshot, version: `${snapshot.version}×${factor}`, concepts, facts };
}

export function grownLexicon(factor: number): CompiledLexicon {
  return compileLexicon(grownSnapshot(factor));
}
