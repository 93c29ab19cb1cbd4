/**
 * The fact-pack contract (see ../shared/DESIGN.md and data/README.md) as zod schemas.
 *
 * One schema serves the bundled pack in data/, user-imported packs and the messages that
 * carry pack content to the content script, so a field means the same thing everywhere.
 * Objects are strict: an unknown key is almost always a typo in a hand-written pack, and a
 * fact-checker is better served by "unknown key 'qoute'" than by a silently dropped quote.
 *
 * Over 300 lines because it is the whole pack format in one file, read as the format's
 * reference beside data/README.md; each schema is short.
 */
import { z } from 'zod';
import { httpsHref } from '../util/https-url';
import { cleanText } from '../util/clean-text';
import { STOP_WORDS } from './stop-words';

// Extension pages forbid eval by CSP; jitless mode keeps zod from probing for it.
z.config({ jitless: true });

export const PACK_FORMAT = 'migration-lens/fact-pack';
export const PACK_FORMAT_VERSION = 1;

/**
 * Names every plain object already has ("constructor", "__proto__", "toString" …).
 * An id used as a key of a plain object under one of these names reads Object.prototype
 * instead of the pack's entry; "constructor" as a concept id once broke the lexicon of every
 * page. Refused outright, whatever the code that looks ids up does.
 */
const BUILT_IN_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Identifiers are stable slugs: they end up in exports, notes and URLs of citations. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'must be a lowercase slug (a-z, 0-9, . _ -), at most 120 characters')
  .refine((id) => !BUILT_IN_NAMES.has(id), 'is the name of a built-in property (such as "constructor"); choose another id');

/**
 * Text people read (titles, labels, definitions, statements, notes, quotes …): bidi controls,
 * invisible and control characters are removed before it is checked and stored
 * (lib/util/clean-text.ts), so a title cannot be spoofed with them. `max` counts what is kept.
 */
const shown = (max?: number) => {
  const kept = z.string().trim().min(1);
  return z.string().transform(cleanText).pipe(max === undefined ? kept : kept.max(max));
};

export const Lang = z.enum(['nl', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Text in both UI languages, at most `max` characters each. Both are required: the UI speaks Dutch and English. */
const bilingual = (max: number) => z.strictObject({ nl: shown(max), en: shown(max) });
/** Titles and labels (at most 300 characters). */
export const Bilingual = bilingual(300);
export type Bilingual = z.infer<typeof Bilingual>;
/** Definitions, statements, counting rules and descriptions: longer text (at most 3,000 characters). */
export const BilingualText = bilingual(3000);

/**
 * Caps inside the 50 MB file limit, far above what a pack needs (the bundled packs: 94
 * sources, 86 concepts, 264 facts, 19 surface forms on one concept), so that no pack can make
 * every tab hold and search an unbounded fact base.
 */
export const PACK_LIMITS = { sources: 5000, concepts: 5000, facts: 20_000, series: 2000, notes: 5000, facets: 500, formsPerLanguage: 100 } as const;

/** ISO date as precise as the document states it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Only https links are shown to users; javascript:, data:, plain http and URLs with a user
 * name or password are refused, and the URL is kept as the browser reads it (lib/util/https-url.ts).
 */
export const HttpsUrl = z
  .string()
  .max(2048)
  .refine((s) => httpsHref(s) !== undefined, 'must be an https:// URL')
  .transform((s) => httpsHref(s)!);

export const Source = z.strictObject({
  id: Id,
  title: shown(500),
  publisher: shown(300),
  /** Required for the documents a pack quotes; a publication only cited by them may lack one. */
  date: IsoDate.optional(),
  url: HttpsUrl.optional(),
  /** Parliamentary or document reference, e.g. "Kamerstuk 19 637, nr. 2535". */
  reference: shown(300).optional(),
  language: Lang,
  /**
   * `document`: a text the pack quotes verbatim (a seed).
   * `cited`: a publication that a document cites for a figure ("citing UNHCR Global Trends 2016").
   * `webpage`: a page whose figures are backed by `evidence` rather than a verbatim quote.
   */
  kind: z.enum(['document', 'cited', 'webpage']).default('document'),
  /** Free-text note for the reader, e.g. why the date is only a year. */
  note: shown(1000).optional(),
});
export type Source = z.infer<typeof Source>;

export const PILLARS = [1, 2, 3, 4, 5, 6] as const;
export const Pillar = z.number().int().min(1).max(6);

export const ConceptKind = z.enum([
  'pillar', // one of the six pillars of the integrated migration agenda
  'policy', // a policy concept or measure (terugkeer, hervestiging, inburgering …)
  'metric', // a measured quantity with a counting rule (eerste asielaanvragen, nareizigers …)
  'group', // a category of people (statushouder, nareiziger, vergunninghouder …)
  'organisation', // IND, COA, DT&V, UNHCR …
  'instrument', // a law, treaty, agreement or programme (Dublin, EU-Turkije Verklaring …)
]);
export type ConceptKind = z.infer<typeof ConceptKind>;

/**
 * Surface forms of a concept, per language. The grammar is documented in data/README.md:
 * - a plain form matches as a whole word, ignoring case and diacritics;
 * - a trailing `*` lets the form be followed by more letters (Dutch compounds and
 *   inflections: "terugkeer*" matches "terugkeerbeleid");
 * - a form in capitals of two or more letters ("IND", "COA", "DT&V") matches case-sensitively.
 */
export const SurfaceForm = z
  .string()
  .transform(cleanText)
  .pipe(z.string().trim().min(2).max(120))
  .superRefine((form, ctx) => {
    const problem = surfaceFormProblem(form);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export const Terms = z.strictObject({
  nl: z.array(SurfaceForm).max(PACK_LIMITS.formsPerLanguage).default([]),
  en: z.array(SurfaceForm).max(PACK_LIMITS.formsPerLanguage).default([]),
});

/**
 * Why a surface form would mark far too much, or null: fewer than 3 letters (2 in capitals,
 * which match case-sensitively: "EU"), a `*` stem under 4 characters ("de*" is half the
 * language), or a stop word ("de", "het", "the", …: lib/factbase/stop-words.ts).
 */
export function surfaceFormProblem(form: string): string | null {
  const wildcard = form.endsWith('*');
  const stem = wildcard ? form.slice(0, -1) : form;
  const letters = (stem.match(/\p{L}/gu) ?? []).length;
  const capitals = letters >= 2 && stem === stem.toUpperCase() && stem !== stem.toLowerCase();
  if (wildcard && stem.length < 4) return 'a form ending in * needs at least 4 characters before the *';
  if (!capitals && letters < 3) return 'a surface form needs at least 3 letters (or 2 in capitals, such as EU)';
  if (STOP_WORDS.has(stem.toLowerCase())) return `"${stem}" is too common a word to be a surface form`;
  return null;
}

/**
 * How a counting-rule concept is told apart from the other definitions of its measure: by the
 * facets (pack-level `facets`, e.g. "first", "total", "pub-cbs") the page's words state.
 * - `tags`: facets that name this definition; each facet the page states narrows the
 *   candidates to the definitions tagged with it (never to none);
 * - `requires`: the definition fits only when the page states all of these;
 * - `excludes`: the definition does not fit when the page states any of these.
 */
export const CountingProfile = z.strictObject({
  tags: z.array(Id).optional(),
  requires: z.array(Id).optional(),
  excludes: z.array(Id).optional(),
});
export type CountingProfile = z.infer<typeof CountingProfile>;

/** A measure's `modality`: what every figure of it is when not a realised count (places pledged, a quota: `target`). */
export const MeasureModality = z.enum(['target']);
/** A measure's `alsoAs`: another measure its count may be where the text names one of `beside` (facet ids) near it. */
export const AlsoAs = z.strictObject({ measure: Id, beside: z.array(Id).min(1) });
/** A rate's `shareOfWhen`: a share of one of `of` is this rate where a word of one of `facets` (facet ids) stands in its clause. */
export const ShareOfWhen = z.strictObject({ of: z.array(Id).min(1), facets: z.array(Id).min(1) });

export const Concept = z.strictObject({
  id: Id,
  kind: ConceptKind,
  label: Bilingual,
  definition: BilingualText,
  terms: Terms,
  pillar: Pillar.optional(),
  sourceIds: z.array(Id).min(1),
  /** Thesaurus relations (shown as "see also" in the card); ids of this pack or an installed one. */
  broader: z.array(Id).optional(),
  narrower: z.array(Id).optional(),
  related: z.array(Id).optional(),
  /**
   * Surface forms that are this concept only in a migration context ("opvang" is also child
   * care, "instroom" also pupils): matched only when the sentence or paragraph has a migration
   * cue, and never on a page that is not about migration.
   */
  contextTerms: Terms.optional(),
  /**
   * Words that name what a figure counts without being a term to mark (count nouns and verb
   * phrases: "vroegen asiel aan", "kwamen naar Nederland", "werden uitgezet"). A number
   * governed by one of them (or by one of the concept's terms) is a figure of this concept.
   */
  cues: Terms.optional(),
  /**
   * Cue words that are ordinary words elsewhere ("vertrokken", "aanvragen", "were housed"):
   * they say what a figure counts on a text about migration, and are no evidence that a text is.
   */
  contextCues: Terms.optional(),
  /**
   * For metrics that are a duration (how long a procedure or a wait takes): the words that say
   * what takes that long ("aanvraag", "huisvesting"). A number of days, weeks, months or years
   * that its sentence frames as how long something takes, near one of these words, is a figure
   * of this concept (lib/recognise/figures/durations.ts).
   */
  durationCues: Terms.optional(),
  /** For metrics: what exactly is counted, and the measures it is often confused with. */
  countingRule: BilingualText.optional(),
  confusedWith: z.array(Id).optional(),
  /** A counting-rule concept: the generic measure it is one official definition of. */
  refines: Id.optional(),
  /** Generic measures judged together ("asielaanvragen" may mean first applications or all). */
  family: Id.optional(),
  /** How the page's words pick this definition among its family's (see CountingProfile). */
  profile: CountingProfile.optional(),
  /** A percentage governed by a cue of one of these concepts is this rate ("40 procent vertrekt"). */
  shareOf: z.array(Id).optional(),
  /**
   * A share of one of `of` is this rate where a word of one of `facets` (facet ids) stands in the
   * share's own clause: "a third of first applications were granted" is the grant rate, "a third
   * of first applications came from Syrians" is not.
   */
  shareOfWhen: ShareOfWhen.optional(),
  /**
   * A flow whose opposite flow is another measure (emigration against immigration), and the cue
   * words that name this measure only beside that one: "vertrokken", "left" count emigrants in
   * a sentence that (or whose previous sentence) speaks of immigration, and elsewhere mean
   * something else (a rejected asylum seeker's departure) or nothing.
   */
  opposite: Id.optional(),
  oppositeCues: Terms.optional(),
  /**
   * A group whose bare count news uses as a count of this measure ("in 2016 kwamen er 31.642
   * asielzoekers naar Nederland" counts the asylum inflow): read so only when no measure word
   * governs the figure, and never enough to accuse.
   */
  countedAs: Id.optional(),
  /**
   * Measures a count of this group may be only a part of: a country's immigration counts its own
   * nationals coming home, whom "migrants" and "foreign nationals" leave out. Such a count, read
   * as that measure (or a counting rule of it), may agree with its figures, never be accused by
   * them.
   */
  partOf: z.array(Id).min(1).optional(),
  /**
   * A group that is the people of one nationality among broader groups ("Oekraïense ontheemden"
   * among refugees and displaced persons): "82.000 vluchtelingen met de Oekraïense nationaliteit"
   * counts this group, and so what it is `countedAs`.
   */
  nationalityOf: z.object({ nationality: z.string().regex(/^[A-Z]{2}$/), among: z.array(Id).min(1) }).optional(),
  /**
   * A counting rule whose figures are another rule's series released again — a provisional
   * release, or a report quoting the series — so they differ from it only by revision.
   */
  republishes: Id.optional(),
  /**
   * Another measure its count may be where the text names, in its paragraph or the one before, one of `beside` (facet ids): the other parts of the asylum inflow it is listed with (the IND's total counts arriving nareizigers beside first and repeat applications), or a publisher that counts only that measure (CBS publishes nareizigers as arrivals). A reading of it there may agree with that measure's facts, never be accused by them.
   */
  alsoAs: AlsoAs.optional(),
  /**
   * A measure whose figures are all of this kind rather than realised counts: places pledged, a
   * quota (`target`). A figure the text frames as a pledge or quota is what such a measure
   * counts; a realised count is none of its figures.
   */
  modality: MeasureModality.optional(),
});
export type Concept = z.infer<typeof Concept>;

/** The numeric dimension of a figure; what is counted is the concept's business. */
export const Unit = z.enum(['count', 'percent', 'percentage-points', 'EUR', 'USD', 'GBP', 'days', 'weeks', 'months', 'years']);
export type Unit = z.infer<typeof Unit>;

/**
 * How the source qualifies the figure ("circa", "ruim", "meer dan", "minder dan" …). `almost`
 * ("bijna", "nearly") is apart from `less-than`: it claims the figure rounds to the number
 * written, so it never reaches a whole rounding step below it (precision.ts).
 */
export const Qualifier = z.enum(['exact', 'approximately', 'at-least', 'more-than', 'at-most', 'less-than', 'almost']);
export type Qualifier = z.infer<typeof Qualifier>;

/** "2023", "2015/2018" (a span), "2023-Q1", "2023-06", "2019-10-14" (a stock on a date). */
export const Period = z
  .string()
  .regex(
    /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/,
    'must be YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, or two of those joined by /',
  );

/** A place in a source: which part, section or footnote. */
export const Locator = shown(300);

/** A second place where a source states the same figure (body text and footnote). */
export const Place = z.strictObject({ quote: z.string().transform(cleanText).pipe(z.string().min(1).max(2000)), locator: Locator });

/** A change rather than a level: "17% minder dan in 2022", "van 500 naar 750". */
export const Change = z.strictObject({
  direction: z.enum(['increase', 'decrease']),
  /** The level before and after, when the source gives them ("van 500 naar 750"). */
  from: z.number().finite().optional(),
  to: z.number().finite().optional(),
  /** The period compared with ("2022", "2015"). */
  since: Period.optional(),
});

const FactBase = z.strictObject({
  id: Id,
  concept: Id,
  statement: BilingualText,
  value: z.number().finite().optional(),
  /** A closed range [low, high] ("tussen de 84 en 87 procent"). */
  range: z.tuple([z.number().finite(), z.number().finite()]).optional(),
  unit: Unit,
  qualifier: Qualifier.default('exact'),
  change: Change.optional(),
  /** null only with `periodNote` saying why no period applies. */
  period: Period.nullable(),
  periodNote: shown(300).optional(),
  /** "NL", "EU", "EU27", "EU28", "world", or an ISO country code. */
  geo: z.string().transform(cleanText).pipe(z.string().trim().min(2).max(40)),
  sourceId: Id,
  /** The publication the source cites for this figure, when it is not its own. */
  originId: Id.optional(),
  /** Verbatim from the source (compared after joining hyphenated line breaks, collapsing spaces). */
  quote: z.string().transform(cleanText).pipe(z.string().min(1).max(2000)).optional(),
  locator: Locator.optional(),
  alsoAt: z.array(Place).optional(),
  /** Facts of one quantity over several periods share a series id. */
  series: Id.optional(),
  /**
   * The part of the population the figure counts, when it is not everyone the concept counts:
   * a nationality (ISO 3166-1 alpha-2, "SY") and/or a named group (a concept id such as
   * `unaccompanied-minors`). A figure is compared only with facts of the same subset.
   */
  subset: z
    .strictObject({
      nationality: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals').optional(),
      group: Id.optional(),
    })
    .optional(),
  /**
   * A later release of the same figure: the id of the earlier release, in the same pack, with
   * the same concept, period and geo ("CBS first published 6,800; revised to 6,740"). Both stay
   * citable; the newer one is the figure of the period.
   */
  revises: Id.optional(),
  // Backing for figures from web pages, which carry no verbatim quote:
  evidence: shown(2000).optional(),
  url: HttpsUrl.optional(),
  published: IsoDate.optional(),
  /**
   * The page's date as the material states it when that is less certain than `published`
   * ("2020-07/08 (week 31 2020)" → published "2020"), or why there is none ("undated").
   */
  publishedNote: shown(300).optional(),
  confidence: z.enum(['high', 'medium', 'low']).optional(),
  via: shown(300).optional(),
});

export const Fact = FactBase.superRefine((f, ctx) => {
  if ((f.value === undefined) === (f.range === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a fact has exactly one of value or range' });
  }
  if (f.range && f.range[0] > f.range[1]) {
    ctx.addIssue({ code: 'custom', path: ['range'], message: 'range must be [low, high]' });
  }
  if (f.period === null && !f.periodNote) {
    ctx.addIssue({ code: 'custom', path: ['periodNote'], message: 'a fact without a period must say why (periodNote)' });
  }
  const quoted = f.quote !== undefined;
  const evidenced = f.evidence !== undefined;
  if (quoted === evidenced) {
    ctx.addIssue({
      code: 'custom',
      path: ['quote'],
      message: 'a fact is backed by either a verbatim quote (with locator) or evidence (with url, published, confidence)',
    });
  }
  if (quoted && !f.locator) ctx.addIssue({ code: 'custom', path: ['locator'], message: 'a quoted fact needs a locator' });
  if (evidenced) {
    for (const k of ['url', 'published', 'confidence'] as const) {
      // An undated page has no `published`; `publishedNote` must then say so.
      if (k === 'published' && f.publishedNote !== undefined) continue;
      if (f[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `a fact backed by evidence needs ${k}` });
    }
  }
});
export type Fact = z.infer<typeof Fact>;

export const Series = z.strictObject({
  id: Id,
  concept: Id,
  label: Bilingual,
  unit: Unit,
  geo: z.string().transform(cleanText).pipe(z.string().trim().min(2).max(40)),
});
export type Series = z.infer<typeof Series>;

/** A note an educator attached to a concept or fact; travels with exported packs. */
export const Note = z.strictObject({
  target: z.strictObject({ type: z.enum(['concept', 'fact']), id: Id }),
  text: shown(2000),
  updatedAt: z.string().max(40).optional(),
});
export type Note = z.infer<typeof Note>;

/**
 * Words that name a counting rule ("voor het eerst", "inclusief nareizigers", "wekelijks") or
 * a publisher ("volgens het CBS"): the vocabulary counting-rule profiles refer to by id.
 * Merged across enabled packs by id, like concepts.
 */
export const Facet = z.strictObject({
  id: Id,
  /**
   * A counting rule or a publisher a page names; or words that only look like one ("in totaal",
   * "a total of": altogether, not the total counting rule), matched so that the rule's shorter
   * word inside them ("totaal") is not, and then dropped.
   */
  kind: z.enum(['counting-rule', 'publisher', 'look-alike']),
  label: Bilingual,
  terms: Terms,
});
export type Facet = z.infer<typeof Facet>;

export const PackMeta = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: Id,
  /** Semantic version; a newer bundled version replaces the installed one. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.2.0'),
  title: Bilingual,
  description: BilingualText.optional(),
  /** ISO date the pack content was last changed. */
  updated: IsoDate.optional(),
});

export const FactPack = PackMeta.extend({
  sources: z.array(Source).max(PACK_LIMITS.sources),
  concepts: z.array(Concept).max(PACK_LIMITS.concepts),
  facts: z.array(Fact).max(PACK_LIMITS.facts),
  series: z.array(Series).max(PACK_LIMITS.series).default([]),
  notes: z.array(Note).max(PACK_LIMITS.notes).default([]),
  facets: z.array(Facet).max(PACK_LIMITS.facets).default([]),
});
export type FactPack = z.infer<typeof FactPack>;
export type FactPackInput = z.input<typeof FactPack>;
