/**
 * The official-statistics pack from the material and the build data: sources, facts,
 * revisions, series, concepts, facets and the pack meta, as the JSON files of
 * data/official-statistics/. Nothing is derived from the figures: no sums, rates or differences.
 */
import { readBuildData, type BuildData } from './build-data';
import { buildConcepts, conceptResolver, refinesTable } from './concepts';
import { applyRevisions, buildFacts } from './facts';
import { isCarried, type MaterialEntry } from './material';
import { buildSeries } from './series';
import { buildSources } from './sources';

export interface OfficialPackFiles {
  'pack.json': unknown;
  'sources.json': unknown[];
  'concepts.json': unknown[];
  'facts.json': unknown[];
  'series.json': unknown[];
  'facets.json': unknown[];
  'refines.json': Record<string, string>;
}

/** The material with the entries the team found itself (build/additions.json), which never replace one. */
export function withAdditions(material: MaterialEntry[], data: BuildData): MaterialEntry[] {
  const ids = new Set(material.map((e) => e.id));
  const clash = data.additions.find((a) => ids.has(a.id));
  if (clash) throw new Error(`build/additions.json: ${clash.id} is already an entry of the material`);
  return [...material, ...data.additions.map(({ why: _why, ...entry }) => entry)];
}

export function buildOfficialPack(material: MaterialEntry[], data: BuildData = readBuildData()): OfficialPackFiles {
  const carried = withAdditions(material, data).filter(isCarried);
  const { sources, sourceIdOf } = buildSources(carried, data.sources.titles, data.sources.languages);
  const subsets = new Map(data.concepts.filter((c) => c.subset).map((c) => [c.id, c.subset!]));
  const facts = buildFacts(carried, conceptResolver(data.concepts), (id) => subsets.get(id), data.periods, sourceIdOf);
  applyRevisions(facts, data.revisions);
  const series = buildSeries(facts, data.series, new Map(data.concepts.map((c) => [c.id, c.label])));
  const concepts = buildConcepts(data.concepts, facts, data.confusedWith);
  const { id, version, title, description, updated } = data.pack;
  const pack = {
    format: 'migration-lens/fact-pack',
    formatVersion: 1,
    id,
    version,
    title,
    description,
    ...(updated ? { updated } : {}),
  };
  return {
    'pack.json': pack,
    'sources.json': sources,
    'concepts.json': concepts,
    'facts.json': facts,
    'series.json': series,
    'facets.json': data.facets,
    'refines.json': refinesTable(data.concepts),
  };
}

export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
