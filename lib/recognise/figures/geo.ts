/**
 * The geography slot: where a figure is about, and at which scope.
 *
 * Place words (places.ts: countries, the EU and its aggregates, the world, Dutch provinces and
 * municipalities) are found per sentence. The figure takes the nearest place in its clause,
 * else its sentence, else the last place of the two sentences before in its paragraph. A
 * place inside a lexicon term ("EU-Turkije Verklaring", "Europese Grens- en Kustwacht") names
 * an instrument or a body, not where a figure is about; a country after "uit"/"from" is where
 * people come from (a population subset, subset.ts), not where they are counted.
 *
 * When nothing is said the figure is Dutch: the product reads Dutch (and Dutch-news-in-English)
 * migration reporting, where an unplaced figure is a Dutch one (`how: 'default'`) — unless the
 * text has not named the Netherlands before the figure and has named the EU (`how: 'text'`), or
 * the text names Belgium and never the Netherlands (Belgian news: Belgium, `how: 'text'`), or
 * it never names the Netherlands and has named another country as where things happen ("in
 * Oostenrijk", "in the UK": that country, `how: 'text'`), or keeps naming one other country
 * (three times or more, more than any other: that country, also for a figure before it).
 * A local figure ("in Den Haag", "in Ter Apel", "de gemeente Utrecht") has scope `local`; it is
 * never compared with national facts.
 * A place in a bracketed aside the figure is not in ("(Pakistan Point News / WAM)", a byline or
 * a source credit) is the sentence's last resort: an aside does not say where its sentence's
 * figures are.
 * A dateline ("DEN HAAG (ANP) -", "BRUSSELS, 21 March 2025 (WAM) –") says where the story was
 * filed, not what its figures are about: it places nothing.
 */
import type { Span, Structure } from './structure';
import { belgianNews, placeHitsIn, type PlaceHit } from './places';
import { partitionPoint } from '../../util/sorted';
import { CONTRAST, PART_WORDS } from './words';

export type GeoScope = 'country' | 'eu' | 'world' | 'region' | 'local';

/** What joins the places of a list: a comma, "en", "and", "plus", "as well as". */
/** After an origin, before the next one of its list: ", ", " and ", a bracketed aside between ("Syria (900 …), Iraq, and Yemen"). */
const ORIGIN_LISTED = /^\s*(?:\([^()]{0,60}\))?\s*(?:,\s*(?:and\s+|en\s+)?|\s(?:and|en|or|of)\s+)$/;
/** Between two countries of a list, a count of each allowed: " (275) and ", " 19,075, ", ", ". */
const LISTED_BETWEEN = /^\s*(?:\([^()]{0,24}\)|\d[\d.,]*)?\s*(?:,|en|and|of|or)\s+(?:(?:the|de|het)\s+)?$/;
const LIST_JOIN = /^(?:\s*,\s*(?:(?:en|and|plus|along with|together with|as well as|samen met|evenals|including|inclusief)\s+)?|\s*[\u2014\u2013]\s*(?:en|and|plus|along with|together with|as well as|samen met|evenals|including|inclusief)\s+|\s+(?:en|and|plus|as well as|evenals|along with|together with|samen met|including|inclusief|met inbegrip van)\s+)(?:(?:in|the|de|het)\s+)?$/;

export interface GeoReading {
  geo: string;
  scope: GeoScope;
  how: 'clause' | 'sentence' | 'paragraph' | 'text' | 'default';
  /** Normalised spans of the words that set it. */
  words: Array<[number, number]>;
}

/** After a dateline's place: "(ANP) -", " -", ", 21st March, 2025 (WAM) –", ", 3 maart (Reuters) -". */
const DATELINE_AFTER = /^\s*(?:,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*)?(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014]\s/;

/**
 * Before a place that is not where a figure is: one it is likened to or that only gives an
 * example ("goed voor een stad als Tilburg", "the size of Utrecht", "landen zoals Duitsland"),
 * or one it is compared with ("more than Germany", "minder dan in België", "in line with the EU"),
 * or one people fled ("voor het geweld in Oekraïne", "the war in Syria", "de crisis in Afghanistan",
 * "the war against Ukraine", "de inval in Oekraïne", "the invasion of Ukraine"),
 * or one the people counted come from outside ("mensen buiten de EU", "from outside the EU"), or
 * somewhere else than where they are counted ("wie eerder elders in de EU asiel vroeg").
 */
const NOT_WHERE_BEFORE = /(?:^|[^\p{L}])(?:als|zoals|like|such as|the size of|than(?: in)?(?: the)?|dan(?: in)?(?: de| het)?|(?:aligned|in line) with(?: the)?|in lijn met(?: de| het)?|compared (?:with|to)(?: the)?|vergeleken met(?: de| het)?|buiten(?: de| het)?|outside(?: of)?(?: the)?|elders in(?: de| het)?|elsewhere in(?: the)?|(?:oorlog|geweld|conflict|burgeroorlog|crisis|aardbeving|inval|invasie|agressie|aanval|war|violence|fighting|civil war|earthquake|invasion|aggression|attack)\s+(?:in|op|on|tegen|against|of|van))\s+$/u;

/** After a place that only names a benchmark: "EU averages", "het EU-gemiddelde", "the European average". */
const BENCHMARK_AFTER = /^(?:\s+|-)(?:averages?|gemiddelde|norm)\b/u;

/** The EU's head noun, which may stand before a neighbour listed with it: " member states", "-lidstaten". */
const EU_HEAD_NOUN = /^(?:\s+member)?(?:\s+|-)?(?:states|nations|countries|lidstaten|landen)/;

/**
 * After the EU's name, one of its members: "the EU country with the most", "het EU-land met de
 * meeste" (not "EU countries", nor "ordered to leave an EU country": any of them).
 */
const ONE_MEMBER_AFTER = /^(?:\s+|-)(?:country|land|member state|member country|lidstaat)(?![\p{L}])/u;

/** Right after a country: its count ("Syrië (1.528)", "Eritrea 75"). */
const COUNT_AFTER = /^\s*[(:]?\s*\d/;
/** Right before a place named as where something happens: "in", "within", "binnen" (an article between). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|within|binnen)\s+(?:(?:the|de|het)\s+)?$/u;

const THE_BEFORE = /(?:^|[^\p{L}])(?:the|het|de)\s+$/u;

/** After a place that only says where an organisation sits: "the Malta-based agency", "het in Brussel gevestigde bureau". */
const SEAT_AFTER = /^(?:-based|\s+gevestigde?)(?![\p{L}])/u;

/** Right before a place named only to exclude it: "niet-EU/EFTA", "non-EU nationals". */
const NEGATED_PLACE = /(?:^|[^\p{L}])(?:niet|non)-$/u;

/** After an adjective of place: a crisis or a policy it qualifies ("vluchtelingencrisis", "asielbeleid", "migration crisis", "policy"). */
const EVENT_AFTER = /^\s+(?:[\p{L}-]*(?:crisis|beleid|statistiekbureau|agentschap)|(?:[\p{L}-]+\s+)?(?:crisis|policy|policies|statistics (?:office|agency|bureau)|asylum agency|border agency|free trade (?:agreement|association)))\b/u;
/** After a nationality's adjective: a noun for a person or an office ("topambtenaar", "minister", "official"). */
const PERSON_AFTER = /^\s+(?:top|oud-|ex-|former )?(?:ambtenaar|ambtenaren|minister|premier|diplomaat|diplomaten|eurocommissaris|europarlementari\w+|politicus|politici|directeur|hoogleraar|official|officials|diplomat|diplomats|prime minister|commissioner|politician|politicians|director|professor)\b/;
/** After a place in the possessive: its war or its rulers ("Syria's war pushed applications to …"), the cause of a figure, not where it is. */
const POSSESSIVE_EVENT_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:war|conflict|crisis|invasion|fighting|violence|regime|government|collapse)\b/u;

/**
 * Between a figure and a place in a later clause set against it ("…, while …", "…, terwijl …",
 * "…, but …") or opening its parts ("…, of whom 2,100 in Poland", "…, waarvan 580 in Limburg"):
 * the place is not the figure's.
 */
const OTHER_CLAUSE_AFTER = new RegExp(`[,;]\\s*(?:${CONTRAST}|(?:out\\s+)?(?:${PART_WORDS}))\\b`);

/** Between a figure and a place in a later clause opening with "with"/"met": "…, with Germany …", "…, met Duitsland …". */
const WITH_AFTER = /[,;]\s*(?:with|met)\s/u;
/** A finite verb of being or happening, between a figure and a place: the place is the predicate's. */
const FINITE_VERB = /(?:^|[^\p{L}])(?:was|were|is|are|has|have|had|went|came|werd|werden|waren|zijn|heeft|hebben|hadden|kwam|kwamen|ging|gingen)(?![\p{L}])/u;
/** Right before a whole a part is taken from: "740,000 of the overall", "8000 van de ruim". */
const WHOLE_OF_PART = /\d[\d.,]*(?:\s*(?:%|per ?cent|procent))?(?:\s+(?:million|miljoen|thousand|duizend))?\s+(?:of|van)\s+(?:the|de|het)\s+(?:(?:total|totale|in totaal|overall)\s+)?(?:(?:some|about|around|nearly|almost|more than|over|ruim|bijna|circa|ongeveer|zo'n|meer dan)\s+)?$/u;
/** Words that say where the most of a whole are: "the largest", "most", "de meeste", "de grootste". */
const SUPERLATIVE = /(?:^|[^\p{L}])(?:most|largest|biggest|highest|meeste|grootste|hoogste)(?![\p{L}])/u;

export class GeoReader {
  private memo = new Map<number, PlaceHit[]>();
  private belgian: boolean | undefined;

  constructor(
    private readonly places: readonly PlaceHit[],
    private readonly st: Structure,
    /** Sorted normalised spans of lexicon terms. */
    private readonly names: ReadonlyArray<[number, number]>,
    /** The normalised text. */
    private readonly t: string,
  ) {}

  /** The bracketed aside [open, close] around p inside [from, to), if any. */
  private asideAround(p: number, from: number, to: number): [number, number] | null {
    // Scans stay inside the sentence: a text without brackets must not cost a pass per place.
    const t = this.t;
    let open = p - 1;
    while (open >= from && t[open] !== '(' && t[open] !== ')') open--;
    if (open < from || t[open] !== '(') return null;
    let close = p;
    while (close < to && t[close] !== ')' && t[close] !== '(') close++;
    return close < to && t[close] === ')' ? [open, close] : null;
  }

  /** The place opens its sentence (or follows a bracket that does) and a dateline's tail follows it. */
  private isDateline(p: PlaceHit, sentenceStart: number): boolean {
    if (!DATELINE_AFTER.test(this.t.slice(p.end, p.end + 60))) return false;
    let k = p.start - 1;
    while (k >= sentenceStart && /\s/.test(this.t[k])) k--;
    return k < sentenceStart || this.t[k] === ')';
  }

  private hits(si: number): PlaceHit[] {
    let h = this.memo.get(si);
    if (!h) {
      const s = this.st.sentences[si];
      h = [];
      let dropped: PlaceHit | null = null;
      let droppedOrigin = false;
      for (const p of placeHitsIn(this.places, s.start, s.end)) {
        // A bracketed short form right after a place that is not where ("buiten de Europese
        // Unie (EU)") is that same place: not where either.
        const gloss = dropped !== null && /^\s*\(\s*$/.test(this.t.slice(dropped.end, p.start));
        // ("applications from Syria (900 …), Iraq and Yemen": the places listed after an origin are origins too.)
        const alsoOrigin: boolean = dropped !== null && droppedOrigin && ORIGIN_LISTED.test(this.t.slice(dropped.end, p.start));
        if (gloss || alsoOrigin || p.origin || this.inName(p) || this.isDateline(p, s.start) || NOT_WHERE_BEFORE.test(this.t.slice(Math.max(s.start, p.start - 24), p.start)) || this.adjectiveOfEvent(p) || NEGATED_PLACE.test(this.t.slice(Math.max(s.start, p.start - 6), p.start)) || SEAT_AFTER.test(this.t.slice(p.end, p.end + 12)) || BENCHMARK_AFTER.test(this.t.slice(p.end, p.end + 12)) || (p.scope === 'eu' && ONE_MEMBER_AFTER.test(this.t.slice(p.end, p.end + 16)) && THE_BEFORE.test(this.t.slice(Math.max(s.start, p.start - 5), p.start))) || POSSESSIVE_EVENT_AFTER.test(this.t.slice(p.end, p.end + 32))) {
          dropped = p;
          droppedOrigin = p.origin || alsoOrigin;
        } else h.push(p);
      }
      this.memo.set(si, h);
    }
    return h;
  }

  /**
   * "het hoogtepunt van de Europese vluchtelingencrisis", "the European migration policy", "het
   * Europese statistiekbureau": an adjective of a crisis, a policy or an agency, not where a figure is.
   */
  private adjectiveOfEvent(p: PlaceHit): boolean {
    return /^europ(?:ees|ese|ean)$/.test(this.t.slice(p.start, p.end)) && EVENT_AFTER.test(this.t.slice(p.end, p.end + 40));
  }

  /**
   * "in the European Union, Norway and Switzerland", "in de EU en Zwitserland": a place listed with
   * the EU is one of the EU's neighbours counted with it; the list is the EU (and its neighbours,
   * as the EUAA counts), not its nearest member.
   */
  private withEu(hits: PlaceHit[], h: PlaceHit): PlaceHit {
    // (The Netherlands listed with the EU stays the Netherlands, as in a paragraph's list below.)
    if (h.scope === 'eu' || h.geo === 'NL') return h;
    const i = hits.indexOf(h);
    // ("the EU's member nations, along with Switzerland and Norway": the EU's head noun may stand
    // between; "de Europese Unie (EU), Noorwegen en Zwitserland": so may the close of its
    // abbreviation in brackets; "the Union — along with Switzerland and Norway —": so may a dash.)
    const joined = (a: PlaceHit, b: PlaceHit) => {
      if (a.end > b.start) return false;
      const gap = this.t.slice(a.end, b.start);
      const abbreviated = this.t[a.start - 1] === '(' && gap.startsWith(')');
      return LIST_JOIN.test(a.scope === 'eu' ? (abbreviated ? gap.slice(1) : gap.replace(EU_HEAD_NOUN, '')) : gap);
    };
    for (let k = i - 1; k >= 0 && joined(hits[k], hits[k + 1]); k--) if (hits[k].scope === 'eu') return hits[k];
    for (let k = i + 1; k < hits.length && joined(hits[k - 1], hits[k]); k++) if (hits[k].scope === 'eu') return hits[k];
    return h;
  }

  /**
   * A place word inside a name ("European" in "European Union Agency for Asylum") is no place; a
   * country's own asylum body that is the whole name ("CGVS", "Fedasil") still places its counts.
   */
  private inName(p: PlaceHit): boolean {
    const terms = this.names;
    const lo = partitionPoint(terms.length, (i) => terms[i][1] <= p.start);
    return lo < terms.length && terms[lo][0] <= p.start && !(p.authority && terms[lo][0] === p.start && terms[lo][1] === p.end);
  }

  read(si: number, clause: Span, ns: number, ne: number): GeoReading {
    // ("some 740,000 of the overall 1.3 million claims were filed in Germany": a place
    // the verb after the whole a part is taken from names is the part's; not one in the whole's
    // own words, "540 van de 590 noodopvangplekken in Limburg".)
    const wholeOfPart = WHOLE_OF_PART.test(this.t.slice(Math.max(clause.start, ns - 60), ns));
    const hits = wholeOfPart ? this.hits(si).filter((h) => h.start < ns || !FINITE_VERB.test(this.t.slice(ne, h.start))) : this.hits(si);
    const dist = (h: PlaceHit) => (h.start >= ne ? h.start - ne : ns - h.end);
    const nearest = (hs: PlaceHit[]) => hs.reduce<PlaceHit | null>((b, h) => (!b || dist(h) < dist(b) ? h : b), null);
    // ("Spain took 16 per cent of the 700,000 claims lodged in the EU that year": the
    // place in the whole's own words is the whole's; the one before names the part.)
    const wholeAfter = wholeOfPart ? nearest(hits.filter((h) => h.start >= ne && h.end <= clause.end)) : null;
    if (wholeAfter) return this.reading(this.withEu(hits, wholeAfter), 'clause');
    const inClause = nearest(hits.filter((h) => h.start >= clause.start && h.end <= clause.end));
    if (inClause) return this.reading(this.withEu(hits, inClause), 'clause');
    const sentence = this.st.sentences[si];
    const own = this.asideAround(ns, sentence.start, sentence.end);
    const inAside = (h: PlaceHit) => {
      const a = this.asideAround(h.start, sentence.start, sentence.end);
      return a !== null && (own === null || a[0] !== own[0]);
    };
    // ("about 40,000 requests in 2023, …, whereas the EU as a whole had 2.3 and Germany 2.5": a
    // clause set against the figure's, after it, names places compared with it.)
    // (Nor "…, with Germany and Poland hosting the largest groups": a clause after it that names
    // where most of them are names parts of it.)
    const partsAfter = (h: PlaceHit) => h.start >= ne && WITH_AFTER.test(this.t.slice(ne, h.start)) && SUPERLATIVE.test(this.t.slice(h.end, sentence.end));
    // (Nor "…, down to 650,000 in all, of whom Poland let in 2,100": a clause after it that opens
    // its parts names where a part is.)
    const candidates = hits.filter((h) => !(h.start >= ne && OTHER_CLAUSE_AFTER.test(this.t.slice(ne, h.start))) && !partsAfter(h));
    const inSentence = nearest(candidates.filter((h) => !inAside(h))) ?? nearest(candidates);
    if (inSentence) return this.reading(this.withEu(hits, inSentence), 'sentence');
    // A sentence before in the paragraph: its place, unless only a bracketed gloss names it
    // ("EVA-landen (Liechtenstein, Noorwegen, IJsland en Zwitserland)") or it names several
    // countries (no one of them is where the figure is; with the EU among them, the EU and its
    // neighbours: "de 27 EU-lidstaten en Noorwegen en Zwitserland"; with the Netherlands, it).
    for (let k = si - 1; k >= 0 && k >= si - 2 && this.st.sentences[k].para === sentence.para; k--) {
      const s = this.st.sentences[k];
      const hs = this.hits(k).filter((h) => this.asideAround(h.start, s.start, s.end) === null);
      if (!hs.length) continue;
      if (new Set(hs.map((h) => h.geo)).size === 1) return this.reading(hs[hs.length - 1], 'paragraph');
      // ("in Europa en in Nederland": the Netherlands, the country the page's figures are of by default.)
      const wide = hs.find((h) => h.geo === 'NL') ?? hs.find((h) => h.scope === 'eu');
      if (wide) return this.reading(wide, 'paragraph');
      break;
    }
    // A text that has not yet spoken of the Netherlands and has named the EU before ("Eurostat:
    // the European Union's returns …"; "612,700 applied in the 27 Member States of the EU. In
    // 2018, 549,000 had applied.") is, so far, about the EU; so is a headline whose lede names it.
    const eu = this.euText(ns, si);
    if (eu) return this.reading(eu, 'text');
    // A text that never names the Netherlands and has named another country as a place before
    // the figure ("asylum claims in Austria fell by half in 2023 … in 2021 there had been some
    // 40,000") is that country's news: its unplaced figures are that country's, not Dutch ones.
    const abroad = this.foreignText(ns);
    if (abroad) return this.reading(abroad, 'text');
    // A text that names Belgium as a place and never the Netherlands is Belgian news: its unplaced
    // figures are Belgium's (as its "ons land" is, places.ts), and no Dutch fact judges them.
    this.belgian ??= belgianNews(this.places);
    if (this.belgian) return { geo: 'BE', scope: 'country', how: 'text', words: [] };
    return { geo: 'NL', scope: 'country', how: 'default', words: [] };
  }

  /** EU-wide places where a figure may be, in reading order. */
  private euPlaces: PlaceHit[] | undefined;
  /** Where the text first names the Netherlands (a place word of it: "Nederland", "Dutch", "Nederlanders", a municipality). */
  private firstDutch: number | undefined;

  /**
   * The last EU-wide place before `ns`, where the text has not named the Netherlands before
   * `ns`; with none before, one the next two sentences name before any Dutch place word (a
   * headline's figure, "Close to 730,000 asylum applications were lodged in 2017", placed by
   * the lede: "The number of people seeking protection in the European Union fell").
   */
  private euText(ns: number, si: number): PlaceHit | null {
    if (this.firstDutchAt() < ns) return null;
    // (Built once, and only for a figure before the Netherlands is named.)
    this.euPlaces ??= this.st.sentences.flatMap((_, k) => this.hits(k).filter((h) => h.scope === 'eu'));
    const eu = this.euPlaces;
    const k = partitionPoint(eu.length, (i) => eu[i].end <= ns);
    if (k > 0) return eu[k - 1];
    // (Only for a figure in the text's opening paragraphs, and a place named as one: "the
    // European Union", "de EU", "member states"; not an adjective: "met een Europese herkomst".)
    const next = eu[k];
    if (!next || this.st.sentences[si].para > 1 || /^europ(?:ees|ese|ean)$/.test(this.t.slice(next.start, next.end))) return null;
    const limit = this.st.sentences[Math.min(si + 2, this.st.sentences.length - 1)].end;
    return next.start < limit && next.start < this.firstDutchAt() ? next : null;
  }

  /** Where the text first names the Netherlands as its place (Infinity where it never does). */
  private firstDutchAt(): number {
    // (The Netherlands as one member of a list of countries, "the Netherlands (275) and Sweden
    // (190)", "Belgium 25,000, the Netherlands 19,000", is one of the EU's countries compared,
    // not the text's place.)
    // (Nor a Dutch person, "de Nederlandse topambtenaar die het EU-agentschap leidt", "a Dutch
    // official": where someone comes from, not where the text's figures are.)
    this.firstDutch ??= this.places.find((p, i) => (p.geo === 'NL' || p.scope === 'local') && !this.listedWithCountry(i) && !this.dutchPerson(p))?.start ?? Infinity;
    return this.firstDutch;
  }

  /** The Netherlands' adjective before a noun for a person or an office ("Nederlandse topambtenaar", "Dutch diplomat"). */
  private dutchPerson(p: PlaceHit): boolean {
    return /^(?:nederlandse?|dutch)$/.test(this.t.slice(p.start, p.end)) && PERSON_AFTER.test(this.t.slice(p.end, p.end + 24));
  }

  /** Countries named as where things happen, in reading order; empty where the text names the Netherlands. */
  private abroadPlaces: PlaceHit[] | undefined;

  /** The last country named as a place before `ns`, where the text never names the Netherlands. */
  private foreignText(ns: number): PlaceHit | null {
    // (Built once: a country named as where things happen, "in Oostenrijk", "in the UK"; not one
    // only listed or named, "Algerije, Marokko en Libië", the nationalities of a Dutch count.)
    this.abroadPlaces ??=
      this.namesNetherlands()
        ? []
        : this.st.sentences.flatMap((_, k) => this.hits(k).filter((h) => h.scope === 'country' && LOCATIVE_BEFORE.test(this.t.slice(Math.max(0, h.start - 12), h.start))));
    const abroad = this.abroadPlaces;
    const k = partitionPoint(abroad.length, (i) => abroad[i].end <= ns);
    if (k > 0) return abroad[k - 1];
    return this.prevailingCountry();
  }

  /** Whether the text names the Netherlands anywhere (as its place, or at all). */
  private namesNetherlands(): boolean {
    return this.firstDutchAt() !== Infinity || this.places.some((p) => p.geo === 'NL');
  }

  /** The other country a text that never names the Netherlands keeps naming; computed once. */
  private prevailing: PlaceHit | null | undefined;

  /**
   * Where a text never names the Netherlands, the one other country it names as a place at least
   * three times, more often than any other ("13,227 applied for protection in the State in 2023
   * … fled to Ireland … Ireland received …"): an Irish paper's figures are Irish, whatever words
   * place the first of them.
   */
  private prevailingCountry(): PlaceHit | null {
    if (this.prevailing !== undefined) return this.prevailing;
    this.prevailing = null;
    if (this.namesNetherlands()) return null;
    // (Not a country with a count beside it or in a list of countries, "herkomstlanden: Syrië
    // (1.528), Afghanistan (460)": the origins of a count, not the text's place.)
    const named = new Map<string, { first: PlaceHit; n: number }>();
    for (let k = 0; k < this.st.sentences.length; k++) {
      const hs = this.hits(k);
      hs.forEach((h, i) => {
        if (h.scope !== 'country' || h.nationality || COUNT_AFTER.test(this.t.slice(h.end, h.end + 6)) || this.listedPair(hs[i - 1], h) || this.listedPair(h, hs[i + 1])) return;
        const seen = named.get(h.geo);
        if (seen) seen.n++;
        else named.set(h.geo, { first: h, n: 1 });
      });
    }
    const ranked = [...named.values()].sort((a, b) => b.n - a.n);
    if (ranked.length && ranked[0].n >= 3 && (ranked.length === 1 || ranked[1].n < ranked[0].n)) this.prevailing = ranked[0].first;
    return this.prevailing;
  }

  /** The place at index `i` stands in a list with another country: "Nederland (275) en Zweden", "Sweden and the Netherlands". */
  private listedWithCountry(i: number): boolean {
    return this.listedPair(this.places[i], this.places[i + 1]) || this.listedPair(this.places[i - 1], this.places[i]);
  }

  /** Two countries, one right after the other in a list: "Nederland (275) en Zweden". */
  private listedPair(a: PlaceHit | undefined, b: PlaceHit | undefined): boolean {
    return !!a && !!b && a.end <= b.start && a.scope === 'country' && b.scope === 'country' && LISTED_BETWEEN.test(this.t.slice(a.end, b.start));
  }

  private reading(h: PlaceHit, how: GeoReading['how']): GeoReading {
    return { geo: h.geo, scope: h.scope, how, words: [[h.start, h.end]] };
  }
}
