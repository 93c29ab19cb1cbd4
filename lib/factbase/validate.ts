/**
 * Turning untrusted JSON into a FactPack, or into a list of problems a person can fix.
 *
 * Every problem names the field path ("facts[12].quote") so that a fact-checker editing a
 * pack by hand can find it; nothing is written anywhere by this module.
 */
import type { z } from 'zod';
import { FactPack, type Fact } from './schema';
import { formatPath } from '../util/issue-path';

export interface PackProblem {
  /** Dotted path with indices, e.g. "facts[3].range"; "" for the pack itself. */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: FactPack } | { ok: false; problems: PackProblem[] };

function problemsFromZod(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Ids other packs make available to this one: a thesaurus relation, a counting rule's
 * `refines`/`family`/`shareOf` and a profile's facets may name concepts and facets of packs
 * installed beside it (the bundled packs, or the user's). Everything else must resolve inside
 * the pack itself.
 */
export interface KnownIds {
  concepts?: ReadonlySet<string>;
  facets?: ReadonlySet<string>;
}

/** Ids must be unique per collection and every reference must resolve inside the pack (or in `known`). */
function referenceProblems(pack: FactPack, known: KnownIds): PackProblem[] {
  const problems: PackProblem[] = [];
  const idsOf = (name: string, items: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: `${name}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const sources = idsOf('sources', pack.sources);
  const concepts = idsOf('concepts', pack.concepts);
  idsOf('facts', pack.facts);
  const series = idsOf('series', pack.series);
  const facts = new Set(pack.facts.map((f) => f.id));

  const must = (set: Set<string>, id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !set.has(id)) problems.push({ path, message: `unknown ${what} "${id}"` });
  };
  const facets = idsOf('facets', pack.facets);
  const anyConcept = new Set([...concepts, ...(known.concepts ?? [])]);
  const anyFacet = new Set([...facets, ...(known.facets ?? [])]);
  pack.concepts.forEach((c, i) => {
    c.sourceIds.forEach((s, j) => must(sources, s, `concepts[${i}].sourceIds[${j}]`, 'source'));
    for (const rel of ['broader', 'narrower', 'related', 'confusedWith', 'shareOf'] as const) {
      c[rel]?.forEach((r, j) => must(anyConcept, r, `concepts[${i}].${rel}[${j}]`, 'concept'));
    }
    must(anyConcept, c.refines, `concepts[${i}].refines`, 'concept');
    must(anyConcept, c.family, `concepts[${i}].family`, 'concept');
    for (const part of ['tags', 'requires', 'excludes'] as const) {
      c.profile?.[part]?.forEach((r, j) => must(anyFacet, r, `concepts[${i}].profile.${part}[${j}]`, 'facet'));
    }
  });
  const factById = new Map(pack.facts.map((f) => [f.id, f]));
  pack.facts.forEach((f, i) => {
    must(concepts, f.concept, `facts[${i}].concept`, 'concept');
    must(sources, f.sourceId, `facts[${i}].sourceId`, 'source');
    must(sources, f.originId, `facts[${i}].originId`, 'source');
    must(series, f.series, `facts[${i}].series`, 'series');
    const revision = revisionProblem(f, factById);
    if (revision) problems.push({ path: `facts[${i}].revises`, message: revision });
  });
  pack.series.forEach((s, i) => must(concepts, s.concept, `series[${i}].concept`, 'concept'));
  const noteTargets = new Set<string>();
  pack.notes.forEach((n, i) => {
    must(n.target.type === 'concept' ? concepts : facts, n.target.id, `notes[${i}].target.id`, n.target.type);
    // One note per concept or fact (as in the notes table).
    const key = `${n.target.type}:${n.target.id}`;
    if (noteTargets.has(key)) problems.push({ path: `notes[${i}].target`, message: `a second note on ${n.target.type} "${n.target.id}"` });
    noteTargets.add(key);
  });
  return problems;
}

/**
 * A revision names an earlier release of the same figure in the same pack: same concept,
 * period and geo, not published later than the revision, and no chain of revisions leads
 * back to where it started.
 */
function revisionProblem(f: Fact, factById: ReadonlyMap<string, Fact>): string | undefined {
  if (f.revises === undefined) return undefined;
  const earlier = factById.get(f.revises);
  if (!earlier) return `unknown fact "${f.revises}"`;
  if (earlier.id === f.id) return 'a fact cannot revise itself';
  for (const k of ['concept', 'period', 'geo'] as const) {
    if (earlier[k] !== f[k]) return `revises "${earlier.id}", which has another ${k} (${String(earlier[k])} ≠ ${String(f[k])})`;
  }
  if (f.published && earlier.published) {
    // Dates are as precise as the page states them: compare only the common precision.
    const n = Math.min(f.published.length, earlier.published.length);
    if (earlier.published.slice(0, n) > f.published.slice(0, n)) {
      return `revises "${earlier.id}", published ${earlier.published}, after this release (${f.published})`;
    }
  }
  const seen = new Set([f.id]);
  for (let at: Fact | undefined = earlier; at?.revises !== undefined; at = factById.get(at.revises)) {
    if (seen.has(at.id)) return `the revisions from "${f.id}" form a cycle`;
    seen.add(at.id);
  }
  return undefined;
}

/** Validate an already-parsed value as a fact pack: schema first, then cross-references. */
export function validatePack(input: unknown, known: KnownIds = {}): PackValidation {
  const parsed = FactPack.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems = referenceProblems(parsed.data, known);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

export class PackValidationError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(
      `The fact pack is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${p.path || '(pack)'}: ${p.message}`)
          .join('\n'),
    );
    this.name = 'PackValidationError';
  }
}

/** Like validatePack, but throws a PackValidationError naming every field path. */
export function parsePack(input: unknown, known: KnownIds = {}): FactPack {
  const result = validatePack(input, known);
  if (!result.ok) throw new PackValidationError(result.problems);
  return result.pack;
}

/** Compare "1.2.0"-style versions; negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
