/**
 * Counting rules: which official definitions a figure on a page can be checked against.
 *
 * A page says "asielaanvragen", "asielinstroom", "voor het eerst asiel", "nareizigers",
 * "vertrokken" …; official sources count each of these in several ways (CBS vs IND first
 * applications, IND total inflow vs the ministry's weekly totals, nareizigers arrived vs nareis
 * applications, Eurostat EU27 vs EU28 …). The official-statistics pack has one metric concept
 * per counting rule (`stat-…`), and `refines` maps each to the generic concept it refines
 * (`stat-first-asylum-cbs` → `first-asylum-applications`).
 *
 * Linking rule. A figure is linked to a concept as before (figures.ts). When that concept —
 * generic or `stat-` — belongs to a family of measures, its candidate definitions are the
 * family's members that have facts: the generic concepts of the family and every `stat-`
 * concept refining one of them. The words around the figure then narrow the candidates:
 *  1. `requires`: a definition that only fits when the page says so is dropped otherwise
 *     (repeat applications need "herhaald/opvolgend/repeat", net migration "saldo/net",
 *     outflow from reception "uitstroom/outflow");
 *  2. `excludes`: gross immigration does not fit when the page speaks of net migration;
 *  3. facets — words that name a counting rule (first, total, incl. nareizigers, weekly,
 *     arrivals vs applications, registered/residing/permits, forced/independent/unsupervised …)
 *     or a publisher (CBS, IND, ministry, DT&V, Eurostat, EUAA, Commission, Parliament …) —
 *     are taken nearest to the figure first; each one narrows the candidates to those tagged
 *     with it, unless none is (narrowing never empties the set).
 * The words looked at are the figure's share of its sentence: from the previous figure in the
 * same sentence to the next one, so "38.000 eerste aanvragen en 50.000 in totaal" gives each
 * number its own words. A `stat-` concept the page named itself ("eerste asielverzoeken
 * volgens het CBS") always stays a candidate, first. When the page's words ruled out the
 * generic concept the figure was linked to and all remaining candidates refine one generic
 * concept, the figure is linked to that one ("asielaanvragen … voor het eerst" →
 * first-asylum-applications).
 *
 * The verdict across definitions (recognise.ts) judges the figure against each candidate:
 * `consistent` if any candidate agrees; `differs` only when no candidate agrees and every
 * candidate that has a figure for that period differs (a definition with figures for other
 * years only cannot vouch for the page's figure); `context` when no candidate has a figure
 * for that period. So a page is never told "differs" while another official count of that
 * period fits.
 *
 * Families and profiles are tables keyed by concept id, like the cue table in figures.ts:
 * a concept missing from PROFILES is a candidate with no tags (it fits whatever the page says).
 */

export interface DefinitionProfile {
  /** Facets that name this definition's counting rule or publisher. */
  tags?: string[];
  /** Facets the page must state for this definition to fit. */
  requires?: string[];
  /** Facets that rule this definition out. */
  excludes?: string[];
}

/** Facets: patterns on normalised text (lower case, no diacritics). */
const FACETS: Array<{ name: string; re: RegExp }> = [
  // what is counted
  { name: 'first', re: /\beerste\b(?! (?:kwartaal|helft|maanden|maand|week|weken|halfjaar))|voor het eerst|eerstekeers|\bfirst\b(?! (?:quarter|half|months?|weeks?))/g },
  { name: 'repeat', re: /herhaal\w*|opvolgend\w*|\btweede\b|\brepeat\w*|subsequent|\bsecond\b/g },
  { name: 'total', re: /\btotaal\b|\btotale\b|\btotal\b|inclusief|including|\bincl\b|\bin all\b|overall|alles bij elkaar/g },
  { name: 'nareis', re: /nareiz\w*|nareis\w*|gezinsleden|familieleden|family members?|relatives|gezinshereniging|family reunification/g },
  { name: 'weekly', re: /wekelijk\w*|weekcijfer\w*|\bweekly\b|per week/g },
  { name: 'relres', re: /herplaats\w*|hervestig\w*|relocat\w*|resettle\w*/g },
  { name: 'arrivals', re: /aangekomen|aankomst\w*|ingereisd|\bkwamen\b|\bkomen\b|gekomen|arriv\w*|\bcame\b|\bjoined\b|reisden/g },
  { name: 'applications', re: /aanvra\w*|aangevraagd|verzoek\w*|applica\w*|request\w*|\bapplied\b|ingediend|\blodged\b/g },
  { name: 'provisional', re: /voorlopig\w*|provisional|preliminary/g },
  { name: 'net', re: /migratiesaldo|\bsaldo\b|\bnetto\b|nettomigratie|migratieoverschot|net migration|net immigration|migration balance/g },
  { name: 'registered', re: /ingeschreven|inschrijving\w*|geregistreerd|registered|registration|\bbrp\b/g },
  { name: 'residing', re: /verbleven|verblijven|verblijft|verblijvend\w*|woonden|\bwonen\b|\bwoont\b|wonend\w*|\bliving\b|\blived\b|residing|\bstay\w*/g },
  { name: 'permits', re: /vergunning\w*|permits?\b|tijdelijke bescherming|temporary protection/g },
  { name: 'sticker', re: /sticker\w*/g },
  { name: 'reception', re: /opvang\w*|opgevangen|reception|shelter\w*|housed|\breceived\b/g },
  { name: 'immigrants', re: /immigr\w*/g },
  { name: 'seeking', re: /bescherming zoek\w*|zoeken bescherming|seeking protection|sought protection/g },
  { name: 'evacuees', re: /evacu\w*/g },
  { name: 'agreement', re: /opvangovereenkomst\w*|reception agreements?/g },
  { name: 'entitled', re: /recht op\b|opvanggerechtigd\w*|entitled/g },
  { name: 'crisis', re: /crisisnoodopvang|crisis/g },
  { name: 'outflow', re: /uitstroom|outflow|verlieten de opvang|left (?:coa )?reception/g },
  { name: 'forced', re: /gedwongen|\bforced\b|uitgezet\w*|uitzetting\w*|deport\w*|removal\w*/g },
  { name: 'unsupervised', re: /zonder toezicht|ongecontroleerd|onbekende bestemming|unsupervised|without supervision|destination unknown/g },
  { name: 'supervised', re: /onder toezicht|under supervision|supervised/g },
  { name: 'independent', re: /zelfstandig\w*|vrijwillig\w*|independent\w*|voluntar\w*/g },
  { name: 'demonstrable', re: /aantoonbaar|demonstrabl\w*/g },
  { name: 'national', re: /alle ketenpartners|landelijk\w*|nationwide|national\b|across (?:the )?chain/g },
  { name: 'pledge', re: /toegezegd\w*|toezegging\w*|pledge\w*/g },
  { name: 'target', re: /quot\w*|toegezegd\w*|toezegging\w*|pledge\w*|commitment\w*|verplicht\w* tot|plaatsen\b|places\b|target\w*|streefcijfer\w*|\bdoel\w*/g },
  { name: 'classic', re: /klassiek\w*|classic\w*/g },
  { name: 'one-to-one', re: /een-op-een\w*|1-op-1\w*|one-to-one|one-for-one|1:1/g },
  { name: 'cumulative', re: /sinds 2015|since 2015|cumulatie\w*|cumulative\w*|in totaal sinds/g },
  { name: 'returned-outside', re: /derde land\w*|buiten de (?:eu|europese unie)|third countr\w*|outside the eu|non-eu countr\w*/g },
  { name: 'orders', re: /vertrekbesluit\w*|terugkeerbesluit\w*|orders? to leave|return decisions?|ordered to leave/g },
  // publishers
  { name: 'pub:cbs', re: /\bcbs\b|centraal bureau voor de statistiek|statistics netherlands/g },
  { name: 'pub:ind', re: /\bind\b|immigratie- en naturalisatiedienst|immigration and naturalisation service/g },
  {
    name: 'pub:ministry',
    re: /ministerie\w*|\bminister\b|staatssecretaris|kabinet|rijksoverheid|regering|government|ministry|staat van migratie|state of migration|vreemdelingenketen|migration chain/g,
  },
  { name: 'pub:dtv', re: /dt&v|\bdtv\b|dienst terugkeer/g },
  { name: 'pub:eurostat', re: /eurostat/g },
  { name: 'pub:euaa', re: /\beuaa\b|\beaso\b|asielagentschap|asylum agency|asylum support office/g },
  { name: 'pub:commission', re: /europese commissie|\bcommissie\b|commission/g },
  { name: 'pub:parliament', re: /europees parlement|\bparlement\b|parliament|\beprs\b/g },
  { name: 'pub:unhcr', re: /unhcr/g },
  { name: 'pub:audit', re: /rekenkamer|court of audit/g },
];

/**
 * Generic concepts whose refinements are one family of measures: a page's "asielaanvragen"
 * may mean first applications or the total inflow, so their definitions are judged together.
 * A generic concept not listed here is a family of its own with its refinements.
 */
export const FAMILIES: string[][] = [
  ['first-asylum-applications', 'asylum-applications', 'asylum-inflow'],
  ['family-reunification', 'nareizigers'],
  ['return', 'independent-return', 'forced-return', 'voluntary-returns'],
  ['resettled-refugees', 'resettlement', 'resettlement-quota', 'eu-resettlement-commitment'],
];

export const PROFILES: Record<string, DefinitionProfile> = {
  // Asylum applications and inflow
  'first-asylum-applications': { tags: ['first'] },
  'asylum-applications': { tags: ['total'] },
  'asylum-inflow': { tags: ['total'] },
  'stat-first-asylum-cbs': { tags: ['first', 'pub:cbs'] },
  'stat-first-asylum-ind': { tags: ['first', 'pub:ind', 'pub:ministry'] },
  'stat-eurostat-first-time-applicants': { tags: ['first', 'pub:eurostat'] },
  'stat-asylum-cbs-first-release': { tags: ['total', 'nareis', 'pub:cbs'], excludes: ['first', 'repeat'] },
  'stat-repeat-asylum-ind': { tags: ['repeat', 'pub:ind', 'pub:ministry'], requires: ['repeat'] },
  'stat-first-plus-nareis-cbs': { tags: ['total', 'nareis', 'pub:cbs'] },
  'stat-total-inflow-ind': { tags: ['total', 'nareis', 'pub:ind', 'pub:ministry'] },
  'stat-total-inflow-chain-report': { tags: ['total', 'nareis', 'relres', 'pub:ministry'] },
  'stat-total-inflow-weekly': { tags: ['total', 'nareis', 'relres', 'weekly', 'pub:ministry'] },
  'stat-asylum-total-unspecified': { tags: ['total', 'pub:ind'] },
  'stat-asylum-seekers-svm': { tags: ['total', 'pub:ministry'] },
  'stat-eurostat-asylum-applicants-all': { tags: ['total', 'pub:eurostat'] },
  'stat-euaa-applications': { tags: ['total', 'pub:euaa'] },
  // Nareizigers
  'stat-nareizigers-arrived': { tags: ['arrivals', 'pub:ind', 'pub:cbs'] },
  'stat-nareis-applications': { tags: ['applications', 'pub:ind', 'pub:ministry'] },
  // Immigration
  immigration: { tags: ['pub:ministry'], excludes: ['net'] },
  'stat-immigration-cbs': { tags: ['pub:cbs'], excludes: ['net'] },
  'stat-immigration-svm': { tags: ['pub:ministry'], excludes: ['net'] },
  'stat-immigration-cbs-provisional': { tags: ['provisional', 'pub:cbs'], excludes: ['net'] },
  'stat-net-migration-cbs': { tags: ['net', 'pub:cbs'], requires: ['net'] },
  'stat-net-migration-cbs-provisional': { tags: ['net', 'provisional', 'pub:cbs'], requires: ['net'] },
  // Ukrainians
  'ukrainian-refugees-received': { tags: ['reception'] },
  'stat-ukr-registered-cumulative': { tags: ['registered', 'cumulative', 'pub:cbs'] },
  'stat-ukr-registered-in-year': { tags: ['registered', 'pub:cbs'] },
  'stat-ukr-municipal-reception': { tags: ['reception'] },
  'stat-ukr-residing': { tags: ['residing', 'pub:cbs'] },
  'stat-ukr-tp-permits': { tags: ['permits', 'pub:cbs'] },
  'stat-ukr-residence-stickers': { tags: ['permits', 'sticker', 'pub:ind'], requires: ['sticker'] },
  'stat-ukr-immigrants': { tags: ['immigrants', 'pub:cbs'] },
  'stat-ukr-seeking-protection': { tags: ['seeking', 'pub:ministry'] },
  'stat-eu-temporary-protection-stock': { tags: ['permits', 'pub:eurostat'] },
  // COA reception (its definitions changed over time)
  'stat-coa-persons-in-reception': { tags: ['reception'] },
  'stat-coa-occupancy-incl-evacuees': { tags: ['evacuees'] },
  'stat-coa-reception-agreement': { tags: ['agreement'] },
  'stat-coa-entitled': { tags: ['entitled'] },
  'stat-coa-and-crisis-reception': { tags: ['crisis'] },
  'stat-coa-outflow': { tags: ['outflow'], requires: ['outflow'] },
  // Departures: DT&V caseload vs government-wide
  'stat-dtv-independent': { tags: ['independent', 'demonstrable', 'pub:dtv'] },
  'stat-dtv-forced': { tags: ['forced', 'demonstrable', 'pub:dtv'] },
  'stat-dtv-unsupervised': { tags: ['unsupervised', 'independent', 'pub:dtv'] },
  'stat-dtv-total': { tags: ['total', 'pub:dtv'] },
  'stat-dtv-demonstrable': { tags: ['demonstrable', 'pub:dtv'] },
  'stat-departures-national': { tags: ['independent', 'national', 'pub:ministry'] },
  'stat-supervised-departure-share': { tags: ['supervised', 'national', 'pub:ministry'] },
  // EU returns and return rates
  'effective-return-rate': {},
  'stat-rejected-demonstrably-left-share': { tags: ['demonstrable', 'pub:audit'] },
  'stat-eu-returned-any': { tags: ['orders', 'pub:eurostat'] },
  'stat-eu-returned-outside-eu': { tags: ['returned-outside', 'pub:eurostat'] },
  'stat-eu-return-rate-parliament': { tags: ['pub:parliament'] },
  'stat-eu-return-rate-commission': { tags: ['pub:commission'] },
  'stat-ordered-to-leave': { tags: ['orders'] },
  // Resettlement
  // Quotas and pledges are targets, not people resettled: they fit only when the page speaks
  // of a quota, pledge or places ("900 vluchtelingen hervestigd" is not a pledge of 1.000).
  'resettlement-quota': { requires: ['target'] },
  'eu-resettlement-commitment': { tags: ['pledge'], requires: ['target'] },
  'stat-resettled-eu-annual': { tags: ['pub:euaa', 'pub:unhcr'] },
  'stat-eu-resettled-cumulative': { tags: ['cumulative', 'pub:commission'] },
  'stat-eu-resettlement-pledges': { tags: ['pledge', 'pub:commission'], requires: ['target'] },
  'stat-nl-resettlement-quota-unhcr': { tags: ['pub:unhcr'], requires: ['target'] },
  'stat-nl-resettled-classic': { tags: ['classic'] },
  'stat-nl-resettled-eu-turkey': { tags: ['one-to-one'] },
};

/** `o[key]` of an id-keyed table, never a property every object inherits ("constructor"). */
const own = <T>(o: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(o, key) ? o[key] : undefined);

/** The definition table the lexicon carries: plain JSON. */
export interface CompiledDefinitions {
  /** Refining concept → the generic concept it refines (only where both are in the lexicon). */
  refines: Record<string, string>;
  /** Families of measures: concept ids (generic first, then refinements) with at least one fact. */
  families: string[][];
  /** Concept id → index into `families`. */
  familyOf: Record<string, number>;
}

/**
 * Build the definition table from the lexicon's concepts and facts and a `refines` map.
 * Without refinements there are no families, and linking and verdicts work as before.
 */
export function compileDefinitions(
  conceptIds: string[],
  factConcepts: Set<string>,
  refinesIn: Record<string, string> | undefined,
): CompiledDefinitions | undefined {
  if (!refinesIn) return undefined;
  const present = new Set(conceptIds);
  const refines: Record<string, string> = {};
  for (const [from, to] of Object.entries(refinesIn)) if (present.has(from) && present.has(to)) refines[from] = to;
  if (Object.keys(refines).length === 0) return undefined;
  const groupOfGeneric = new Map<string, number>();
  const groups: string[][] = FAMILIES.map((g) => g.filter((id) => present.has(id)));
  groups.forEach((g, i) => g.forEach((id) => groupOfGeneric.set(id, i)));
  for (const to of Object.values(refines)) {
    if (!groupOfGeneric.has(to)) {
      groupOfGeneric.set(to, groups.length);
      groups.push([to]);
    }
  }
  const members: string[][] = groups.map((g) => [...g]);
  for (const id of conceptIds) {
    const to = own(refines, id);
    if (to !== undefined) members[groupOfGeneric.get(to)!].push(id);
  }
  const families: string[][] = [];
  const familyOf: Record<string, number> = {};
  for (const m of members) {
    const withFacts = m.filter((id) => factConcepts.has(id));
    if (!withFacts.some((id) => own(refines, id) !== undefined)) continue;
    const k = families.length;
    families.push(withFacts);
    // Every member — also a generic without facts of its own — leads to the family.
    for (const id of m) familyOf[id] = k;
  }
  return { refines, families, familyOf };
}

interface FacetHit {
  name: string;
  /** Distance in characters from the figure. */
  dist: number;
}

/** The facets stated in `text`, nearest to [figStart, figEnd) first (one hit per facet). */
export function facetsIn(text: string, figStart: number, figEnd: number): FacetHit[] {
  const best = new Map<string, number>();
  for (const f of FACETS) {
    f.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = f.re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      const d = e <= figStart ? figStart - e : s >= figEnd ? s - figEnd : 0;
      const prev = best.get(f.name);
      if (prev === undefined || d < prev) best.set(f.name, d);
      if (m[0].length === 0) f.re.lastIndex++;
    }
  }
  return [...best].map(([name, dist]) => ({ name, dist })).sort((a, b) => a.dist - b.dist || a.name.localeCompare(b.name));
}

export interface DefinitionChoice {
  /** The concept the figure is linked to (a generic one narrowed by the page's words, or as linked). */
  concept: string;
  /** The candidate definitions, the page's own `stat-` concept first. */
  ids: string[];
}

/**
 * The definitions a figure linked to `concept` can be checked against, given the words of
 * its share of the sentence (`text`, normalised) and where the figure stands in it.
 * Null when the concept belongs to no family (then the figure is judged on its own concept).
 */
export function chooseDefinitions(
  concept: string,
  defs: CompiledDefinitions,
  text: string,
  figStart: number,
  figEnd: number,
): DefinitionChoice | null {
  const k = own(defs.familyOf, concept);
  if (k === undefined) return null;
  const family = defs.families[k];
  const facets = facetsIn(text, figStart, figEnd);
  const said = new Set(facets.map((f) => f.name));
  const prof = (id: string) => own(PROFILES, id) ?? {};
  let cands = family.filter((id) => {
    const p = prof(id);
    return (p.requires ?? []).every((r) => said.has(r)) && !(p.excludes ?? []).some((x) => said.has(x));
  });
  for (const f of facets) {
    const tagged = cands.filter((id) => prof(id).tags?.includes(f.name));
    if (tagged.length) cands = tagged;
  }
  // The page's own definition ("eerste asielverzoeken volgens het CBS") always stays, first.
  const named = own(defs.refines, concept) !== undefined;
  if (named) cands = [concept, ...cands.filter((id) => id !== concept)];
  // The page's words ruled out the generic concept it was linked to ("asielaanvragen … voor
  // het eerst"): link to the generic concept all remaining definitions refine.
  let linked = concept;
  if (!named && cands.length && !cands.includes(concept)) {
    const generics = new Set(cands.map((id) => own(defs.refines, id) ?? id));
    if (generics.size === 1) {
      const [g] = generics;
      if (own(defs.familyOf, g) === k) linked = g;
    }
  }
  return { concept: linked, ids: cands };
}
