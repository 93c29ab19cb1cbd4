/**
 * The domain knowledge the generator applies to the material, read from
 * data/official-statistics/build/*.json and checked with zod so a typo there is reported by
 * file and field: concepts (one per counting rule, with the material measures they carry),
 * the pairs of concepts often confused, period mappings, revisions, series, source titles and
 * page languages, counting-rule facets, the entries the team found beyond the material and the
 * pack meta. Nothing here is read by the extension.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AlsoAs, Bilingual, BilingualText, CountingProfile, Facet, Id, MeasureModality, ShareOfWhen, Terms } from '../../lib/factbase/schema';

export const BUILD_DIR = path.resolve(process.cwd(), 'data/official-statistics/build');

const ConceptSpec = z.strictObject({
  id: Id,
  label: Bilingual,
  definition: BilingualText,
  countingRule: BilingualText,
  terms: Terms,
  /** The material's `measure` values whose entries are facts of this concept. */
  measures: z.array(z.string()),
  /** Entries carried by this concept although their measure maps elsewhere (documented in its definition). */
  entries: z.array(z.string()).optional(),
  /** The generic concept (of nl-migration-agenda) this counting rule is one definition of. */
  refines: Id.optional(),
  /** A population subset of another measure (a nationality): the measure it is a part of. */
  broader: z.array(Id).optional(),
  /** The part of the population every fact of this concept counts; facts carry it as `subset`. */
  subset: z.strictObject({ nationality: z.string().regex(/^[A-Z]{2}$/) }).optional(),
  profile: CountingProfile.optional(),
  /** Another concept's series this one releases again (a provisional release, a report quoting it). */
  republishes: Id.optional(),
  /** What every figure of it is when not a realised count (a pledge: `target`). */
  modality: MeasureModality.optional(),
  /** Pack fields copied as they are (lib/factbase/schema.ts says what they mean). */
  alsoAs: AlsoAs.optional(),
  shareOfWhen: ShareOfWhen.optional(),
});
export type ConceptSpec = z.infer<typeof ConceptSpec>;

const SeriesSpec = z.strictObject({
  id: Id,
  concept: Id,
  geo: z.string(),
  grain: z.enum(['year', 'quarter', 'date']),
});
export type SeriesSpec = z.infer<typeof SeriesSpec>;

const LanguageRule = z.strictObject({
  host: z.string().optional(),
  hostSuffix: z.string().optional(),
  pathSegment: z.array(z.string()).optional(),
  pathStartsWith: z.string().optional(),
  pathIncludes: z.string().optional(),
  lang: z.enum(['nl', 'en']),
  /** Shown to readers in the source's note. */
  note: z.string().optional(),
  /** Why the rule exists; for maintainers only. */
  why: z.string().optional(),
});
export type LanguageRule = z.infer<typeof LanguageRule>;

const Revision = z.strictObject({
  /** The later release … */
  fact: Id,
  /** … and the earlier release of the same figure it replaces. */
  revises: Id,
});
export type Revision = z.infer<typeof Revision>;

/**
 * An entry the team found itself, in the material's own shape (../shared/official-figures/README):
 * a later release the material does not hold. `why` says what it settles, for maintainers.
 */
const Addition = z.strictObject({
  id: Id,
  measure: z.string(),
  measure_nl: z.string(),
  value: z.number().optional(),
  range: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
  unit: z.string(),
  period: z.string(),
  geo: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().url(),
  published: z.string(),
  secondhand: z.boolean(),
  via: z.string().nullable(),
  evidence: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  why: z.string(),
});

const PackMetaSpec = z.strictObject({
  id: Id,
  version: z.string(),
  title: Bilingual,
  description: BilingualText,
  updated: z.string().optional(),
});

const FILES = {
  concepts: ['concepts.json', z.array(ConceptSpec)],
  confusedWith: ['confused-with.json', z.array(z.tuple([Id, Id]))],
  periods: ['periods.json', z.record(z.string(), z.string().nullable())],
  revisions: ['revisions.json', z.array(Revision)],
  additions: ['additions.json', z.array(Addition)],
  series: ['series.json', z.array(SeriesSpec)],
  sources: ['sources.json', z.strictObject({ titles: z.record(z.string(), z.string()), languages: z.array(LanguageRule) })],
  facets: ['facets.json', z.array(Facet)],
  pack: ['pack.json', PackMetaSpec],
} as const;

export type BuildData = { [K in keyof typeof FILES]: z.infer<(typeof FILES)[K][1]> };

export function readBuildData(dir = BUILD_DIR): BuildData {
  const out: Record<string, unknown> = {};
  for (const [key, [file, schema]] of Object.entries(FILES)) {
    const raw: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`${path.join(dir, file)}: ${first.path.join('.')}: ${first.message}`);
    }
    out[key] = parsed.data;
  }
  return out as BuildData;
}
