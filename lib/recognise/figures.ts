/**
 * Figure linking: which of the parsed numbers are migration statistics, what they count
 * (a concept id), the period they are about and the geography.
 *
 * A number is a migration figure when a migration cue (a lexicon term, or a word in the cue
 * table below: asielaanvragen, vluchtelingen, vertrokken, hervestigd, asylum seekers,
 * returned …) governs it. The ladder, in order:
 *  1. decoys are dropped first: years, dates and times, document/kamerstuk/article/page
 *     numbers, ages ("34-jarige", "(34)", "aged 34"), durations and measures ("drie jaar",
 *     "12 km"), street numbers, numbers in URLs, integer counts below 10 ("twee ministers");
 *  2. a cue within the next three words, with no punctuation between ("38.000 eerste
 *     asielaanvragen", "500 vluchtelingen") links the figure to that cue — strongest;
 *  3. a noun right after the number that counts something else ("37 zetels", "200 agenten",
 *     "17 miljoen inwoners") makes it not a migration figure;
 *  4. an unknown word right after the number (probably the counted noun): only a cue in the
 *     same comma-delimited clause, at most 6 words away, makes it a figure;
 *  5. otherwise (a generic noun — mensen, aanvragen, people —, a verb, or punctuation after
 *     the number): a cue in the same clause, or in the same sentence at most 12 words away,
 *     or the pattern "het aantal <cue> … N" / "the number of <cue> … N".
 *  Money (EUR/USD) always needs a cue in its own clause: a price is not a migration figure.
 *
 * Concept: the governing cue's concept (step 2), else the nearest cue in the clause, else in
 * the sentence; cues whose concept is of kind 'metric' are preferred over other kinds at
 * comparable distance. Lexicon terms carry their concept; cue-table words name candidate
 * concept ids of data/nl-migration-agenda, resolved against the lexicon (the first id the pack
 * has wins; none → the cue still makes the number a figure, with concept null). Where a term
 * names a policy or group and the cue table a metric at the same place ("hervestigd" →
 * resettled-refugees), the metric wins. A percentage about departure/return ("circa 40
 * procent vertrekt daadwerkelijk") is read as the effective return rate.
 *
 * Period: an explicit year or span in the same clause, else the sentence ("in 2023",
 * "2015–2018" → "2015/2018", "tussen 2015 en 2018", "eerste kwartaal 2024" → "2024-Q1",
 * "juni 2023" → "2023-06"); relative years ("vorig jaar", "afgelopen jaar", "last year",
 * "dit jaar", "this year") resolved against the publication date when known; else the last
 * explicit year of earlier sentences in the same paragraph. Years after comparison words
 * ("ten opzichte van 2017", "than in 2022", "sinds 2015", "since 2015") are not the figure's
 * period. `year` is the single year, null for a span of years.
 *
 * Geography: the nearest place word in the clause, else the sentence, else earlier sentences
 * of the paragraph: Nederland/Netherlands/Dutch → NL; EU/Europa/Europe/lidstaten/member
 * states → EU; wereldwijd/worldwide/world → world; "in Duitsland"/"in Germany" etc. → that
 * country's ISO code. When nothing is said the default is NL: the product reads Dutch (and
 * Dutch-news-in-English) migration reporting, where an unplaced figure is a Dutch one.
 */
import { findUrlSpans, type TermMatch } from './terms';
import { beginningsAlternation } from './prefix-gate';
import { cheapRegExp, DIGIT, isLetterCode, isWordCode, LETTER, startsWithLetter } from './chars';
import type { Normalised } from './normalise';
import type { Lang, NumberMatch, Qualifier, Unit } from './types';

export interface ConceptInfo {
  kind: string;
  pillar?: number;
}

export interface LinkedFigure {
  start: number;
  end: number;
  value?: number;
  range?: [number, number];
  unit: Unit;
  qualifier: Qualifier;
  concept: string | null;
  year: number | null;
  period: string | null;
  geo: string | null;
  /** A percentage change ("met 25 procent gedaald"), compared only with change facts. */
  change: boolean;
  number: NumberMatch;
  /** Offsets into the normalised text: the number, and the sentence it stands in. */
  nStart: number;
  nEnd: number;
  sentence: [number, number];
}

export interface LinkOptions {
  lang: Lang;
  published?: string | null;
  /** findUrlSpans() of the normalised text, when the caller has it already. */
  urls?: Array<[number, number]>;
}

// ---------------------------------------------------------------------------------------
// Cue table: word-start patterns on normalised (lower-case, diacritic-free) text → candidate
// concept ids in order of preference. Grounded in the ids of data/nl-migration-agenda.

interface Cue {
  re: RegExp;
  concepts: string[];
}

const CUES: Cue[] = [
  // first / repeat applications
  { re: /eerste asiel(?:aanvra|verzoe|aanvrager)\p{L}*|voor het eerst asiel\p{L}*|first[- ]time asylum applica\p{L}*|first(?:[- ]time)? (?:asylum )?applica\p{L}*|first asylum (?:applica|request|claim)\p{L}*/uy, concepts: ['first-asylum-applications'] },
  { re: /(?:herhaalde|opvolgende|tweede) (?:asiel)?(?:aanvra|verzoe)\p{L}*|repeat(?:ed)? (?:asylum )?applica\p{L}*|subsequent applica\p{L}*/uy, concepts: ['asylum-applications'] },
  // inflow / applications / seekers
  { re: /asielinstroom|instroom\p{L}*|inflow\p{L}*|intake/uy, concepts: ['asylum-inflow'] },
  { re: /asiel(?:aanvra|verzoe|aanvrager)\p{L}*|asylum (?:applica|request|claim)\p{L}*|(?:applied|apply|applying|asked|seeking|sought|requested|claimed) (?:for )?asylum|asiel (?:aan)?(?:gevraagd|vragen|vroegen|vroeg|aangevraagd)|vroegen\b.{0,30}asiel|applicants?\b/uy, concepts: ['asylum-applications', 'asylum-inflow'] },
  { re: /asielzoeker\p{L}*|asielmigrant\p{L}*|asylum[- ]seeker\p{L}*|asielmigratie/uy, concepts: ['asylum-seeker'] },
  { re: /nareiz\p{L}*|nareis\p{L}*|family members? (?:who )?(?:joined|joining|reunif)\p{L}*|family reunification/uy, concepts: ['nareizigers', 'family-reunification'] },
  { re: /vluchteling\p{L}*|refugee\p{L}*|ontheemd\p{L}*|displaced/uy, concepts: ['refugee', 'displaced-persons'] },
  { re: /oekrai\p{L}*|ukrain\p{L}*/uy, concepts: ['ukrainian-refugees-received'] },
  { re: /statushouder\p{L}*|vergunninghouder\p{L}*|status ?holder\p{L}*|permit holder\p{L}*/uy, concepts: ['status-holder'] },
  // return and departure
  { re: /(?:zelfstandig|gedwongen|aantoonbaar|vrijwillig|ongecontroleerd|gecontroleerd) vertr\p{L}*|(?:voluntary|forced|independent|supervised|unsupervised) (?:return|departure)\p{L}*/uy, concepts: ['independent-return', 'return'] },
  { re: /vertrek\p{L}*|vertrokken|vertrok\b|vertrekt|teruggekeerd\p{L}*|terugkeer\p{L}*|keerden terug|keert terug|keren terug|teruggestuurd|uitgezet\p{L}*|uitzetting\p{L}*|returned (?:voluntarily|home|to)|returnees?|return rate|deport\p{L}*|left the (?:country|netherlands|eu)|departed|departures\b|terugkeren|terug(?=[\s.,;]|$)/uy, concepts: ['return'] },
  { re: /hervestigd\p{L}*|hervestigt|hervestigen|resettled/uy, concepts: ['resettled-refugees', 'resettlement'] },
  { re: /hervestig\p{L}*|resettle\p{L}*/uy, concepts: ['resettlement'] },
  { re: /relocati\p{L}*|relocated|herplaats\p{L}*/uy, concepts: ['relocation'] },
  // reception
  { re: /opvang\p{L}*|azc\p{L}*|asielzoekerscentr\p{L}*|aanmeldcentrum\p{L}*|noodopvang|ter apel|reception\p{L}*|shelter\p{L}*|asylum (?:centre|center|accommodation|housing)\p{L}*|coa\b/uy, concepts: ['asylum-reception'] },
  { re: /(?:alleenstaande )?minderjarige vreemdeling\p{L}*|\bamv'?s?\b|unaccompanied (?:minor|child)\p{L}*/uy, concepts: [] },
  // irregular migration and borders
  { re: /irreguliere (?:aankomst|grensoverschrijding)\p{L}*|irregular (?:arrival|crossing|entr)\p{L}*|aankomsten|arrivals|illegale grensoverschrijding\p{L}*|border crossings?|crossings|bootmigrant\p{L}*|mensensmokkel\p{L}*|smuggl\p{L}*|overtocht\p{L}*|drowned|verdronk\p{L}*|verdronken/uy, concepts: ['irregular-arrivals', 'irregular-migration'] },
  // decisions and permits
  { re: /ingewilligd|inwilliging\p{L}*|toegekend|afgewezen|erkenning\p{L}*|recognition rate|granted|rejected|verblijfsvergunning\p{L}*|residence permit\p{L}*|beschermingsstatus|protection status/uy, concepts: ['asylum-procedure'] },
  // migration in general
  { re: /gezinshereniging\p{L}*|gezinsmigra\p{L}*|family migration/uy, concepts: ['family-reunification'] },
  { re: /arbeidsmigra\p{L}*|kennismigra\p{L}*|labour migra\p{L}*|labor migra\p{L}*|studiemigra\p{L}*|internationale student\p{L}*|international student\p{L}*|expats?\b|werkvergunning\p{L}*|work permit\p{L}*/uy, concepts: ['labour-migration'] },
  { re: /immigra\p{L}*|migratiesaldo|net migration|nettomigratie|immigrants?\b/uy, concepts: ['immigration'] },
  { re: /emigra\p{L}*|migratiesaldo|net migration|nettomigratie|immigrants?|migrant\p{L}*|migratie\p{L}*|migration\p{L}*|asiel\b|asylum\b|vreemdeling\p{L}*|foreign nationals?|naturalis\p{L}*|ingeburgerd|inburgering\p{L}*|newcomers|nieuwkomer\p{L}*/uy, concepts: [] },
];

export const CUE_SOURCE = `(?<![\\p{L}\\p{N}])(?:${CUES.map((c) => `(${c.re.source})`).join('|')})`;
// The cue table tried at one position (sticky): cueHitsIn tries it only where a match can start.
const CUE_STICKY = cheapRegExp(CUE_SOURCE, 'uy');
// Whether a cue can start at a position, from the three characters there (prefix-gate.ts):
// the table's beginnings, written out so that a page does not spend milliseconds reading them
// from CUE_SOURCE on load; figures.test.ts checks they are what beginnings() reads today.
export const CUE_BEGINNINGS = [
  'aan', 'afg', 'all', 'amv', 'app', 'arb', 'arr', 'asi', 'ask', 'asy', 'azc', 'bes', 'boo', 'bor',
  'cla', 'coa', 'cro', 'dep', 'dis', 'dro', 'eer', 'emi', 'erk', 'exp', 'fam', 'fir', 'for', 'gec',
  'ged', 'gez', 'gra', 'her', 'ill', 'imm', 'inb', 'ind', 'inf', 'ing', 'ins', 'int', 'inw', 'irr',
  'kee', 'ken', 'ker', 'lab', 'lef', 'men', 'mig', 'min', 'nar', 'nat', 'net', 'new', 'nie', 'noo',
  'oek', 'ong', 'ont', 'opv', 'ove', 'per', 'pro', 'rec', 'ref', 'rej', 'rel', 'rep', 'req', 'res',
  'ret', 'see', 'she', 'smu', 'sou', 'sta', 'stu', 'sub', 'sup', 'ter', 'toe', 'twe', 'uit', 'ukr',
  'una', 'uns', 'ver', 'vlu', 'vol', 'voo', 'vre', 'vri', 'vro', 'wer', 'wor', 'zel',
];
// Where a cue can start: not after an ASCII letter or digit (the table's lookbehind, for the
// cases that need no Unicode), at one of the beginnings.
const CUE_START = new RegExp(`(?<![A-Za-z0-9])(?:${beginningsAlternation(CUE_BEGINNINGS)})`, 'g');

// Words after a number that name something else than a migration quantity.
const BLOCK = new Set(
  (
    'zetel zetels stemmen stem kiezers seats seat votes voters inwoners inhabitants residents bevolking population ' +
    'jaar jaren jarige jarig maand maanden week weken dag dagen uur uren minuut minuten seconde seconden nacht nachten eeuw ' +
    'year years month months week weeks day days hour hours minute minutes second seconds night nights decade decades century ' +
    'km kilometer kilometers meter meters m cm mm kilo kilos kg gram ton liter liters graden degrees hectare vierkante square miles mile ' +
    'punt punten points point doelpunt doelpunten goals goal wedstrijd wedstrijden matches match games game ronde rondes laps ' +
    'pagina paginas pages page artikel artikelen articles hoofdstuk hoofdstukken chapters ' +
    'agenten politieagenten officers agents demonstranten betogers protesters demonstrators supporters fans toeschouwers spectators ' +
    'ambtenaren medewerkers werknemers employees staff banen jobs vacatures vacancies bedrijven companies firms ' +
    'scholen schools leerlingen pupils ministers partijen parties keer maal times ' +
    'euro euros dollar dollars cent pond pounds procentpunt procentpunten woorden words auto autos cars huizen'
  ).split(' '),
);

// Generic counted nouns: the cue may come later in the clause ("38.000 mensen vroegen asiel aan").
const GENERIC = new Set(
  (
    'mensen personen persoon aanvragen aanvraag aanvragers verzoeken plekken plaatsen bedden kinderen minderjarigen jongeren volwassenen ' +
    'mannen vrouwen gezinnen families gezinsleden familieleden burgers gemeenten woningen locaties beslissingen besluiten vergunningen ' +
    'nationaliteiten landen onderdanen ' +
    'people persons individuals applications applicants requests claims places beds children minors adults men women families ' +
    'relatives municipalities homes locations decisions permits nationals citizens countries'
  ).split(' '),
);

// Function words and common verbs/adverbs after a number ("38.000 in 2023", "38,000 were").
const FUNCTION = new Set(
  (
    'de het een van in op naar uit voor met bij aan om tot door over per is zijn was waren werd werden wordt worden heeft hebben had hadden ' +
    'kwamen komt komen kwam vroegen vraagt vroeg dienden diende zal zullen zou zouden kunnen kan moeten moest er meer minder dan als ' +
    'totaal die dat daarvan ervan ook nog al of en maar tegen sinds na vanuit binnen ten ter nieuwe extra andere overige ' +
    'the a an of in to from for with and or were was are is be been had have has more less fewer than who that which last this ' +
    'arrived applied came entered crossed left lodged filed submitted registered received new additional other extra per cent percent procent'
  ).split(' '),
);

// Words before a number that make it a reference, not a quantity.
const REF_BEFORE = new Set(
  (
    'nr nummer nummers no number num kamerstuk kamerstukken artikel art article pagina page pp p blz bladzijde hoofdstuk chapter ' +
    'paragraaf section sectie lid bijlage annex appendix postbus tel telefoon phone fax motie amendement zaak dossier document bus lijn line ' +
    'route room kamer zaal gate perron platform versie version editie edition seizoen season aflevering episode week ' +
    'leeftijd aged age ages jarige code postcode rijksweg snelweg a highway table tabel figuur figure grafiek'
  ).split(' '),
);

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_INDEX = new Map<string, number>();
MONTHS_NL.forEach((m, i) => MONTH_INDEX.set(m, i + 1));
MONTHS_EN.forEach((m, i) => MONTH_INDEX.set(m, i + 1));
for (const [k, v] of [['jan', 1], ['feb', 2], ['mrt', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['oct', 10], ['nov', 11], ['dec', 12], ['mar', 3]] as const)
  MONTH_INDEX.set(k, v);

const STREET_RE = /(?:straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|dreef|hof|markt|street|road|avenue|lane|square|boulevard|st|rd|ave)$/;

const GEO_PATTERNS: Array<{ re: RegExp; geo: string }> = [
  { re: /nederland\p{L}*|netherlands|holland|dutch|ons land|ter apel/uy, geo: 'NL' },
  // "EU27", "EU-28", "de EU-27": the member-state count decides which Eurostat aggregate is meant.
  { re: /eu-? ?27(?![\p{N}])/uy, geo: 'EU27' },
  { re: /eu-? ?28(?![\p{N}])/uy, geo: 'EU28' },
  { re: /europese unie|european union|eu\+?(?![\p{L}\p{N}])|eu-(?:landen|lidstaten|breed|niveau)|europ\p{L}*|lidstaten|lidstaat|member states?|schengen\p{L}*|eu\d\d/uy, geo: 'EU' },
  { re: /wereldwijd|worldwide|world\p{L}*|wereld\p{L}*|globa\p{L}*|unhcr/uy, geo: 'world' },
];
const COUNTRIES: Record<string, string> = {
  duitsland: 'DE', germany: 'DE', belgie: 'BE', belgium: 'BE', frankrijk: 'FR', france: 'FR', griekenland: 'GR', greece: 'GR',
  italie: 'IT', italy: 'IT', spanje: 'ES', spain: 'ES', zweden: 'SE', sweden: 'SE', denemarken: 'DK', denmark: 'DK',
  oostenrijk: 'AT', austria: 'AT', polen: 'PL', poland: 'PL', engeland: 'GB', 'groot-brittannie': 'GB', britain: 'GB',
  'verenigd koninkrijk': 'GB', 'united kingdom': 'GB', uk: 'GB', ierland: 'IE', ireland: 'IE', zwitserland: 'CH',
  switzerland: 'CH', noorwegen: 'NO', norway: 'NO', finland: 'FI', portugal: 'PT', hongarije: 'HU', hungary: 'HU',
  luxemburg: 'LU', luxembourg: 'LU', malta: 'MT', cyprus: 'CY', turkije: 'TR', turkey: 'TR', 'the us': 'US',
  'verenigde staten': 'US', 'united states': 'US', amerika: 'US', america: 'US', canada: 'CA', australie: 'AU', australia: 'AU',
};

// ---------------------------------------------------------------------------------------
// Text structure on the normalised text

interface Span {
  start: number;
  end: number;
}

interface Structure {
  sentences: Array<Span & { para: number }>;
  /** Clause boundaries: sorted normalised indices of , ; : ( ) – — */
  clauseMarks: number[];
}

const ABBREV = new Set(
  'nr no ca bijv vgl o.a e.a m.a.w d.w.z mr dr drs ir ing prof st jl vs etc e.g i.e mln mld blz p pp art min max resp incl excl ong zgn jr sr mrs ms mw dhr fig tab par hfst afb'.split(' '),
);

function isUpperAt(orig: string, i: number): boolean {
  const ch = orig[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

const MARK_CANDIDATE = /[^a-z0-9 ]/g;

export function structure(t: string, norm: Normalised, orig: string): Structure {
  const sentences: Array<Span & { para: number }> = [];
  const clauseMarks: number[] = [];
  const n = t.length;
  let start = 0;
  let para = 0;
  const close = (end: number, newPara: boolean) => {
    if (end > start) sentences.push({ start, end, para });
    start = end;
    if (newPara) para++;
  };
  // Letters, digits and spaces (most of the text) are none of the marks below: the regex
  // (native code) skips them, the loop body sees only the other characters.
  const marks = MARK_CANDIDATE;
  marks.lastIndex = 0;
  for (let i = 0; marks.test(t); marks.lastIndex = i + 1) {
    i = marks.lastIndex - 1;
    const c = t[i];
    if (c === '\n') {
      // A blank line, or a break after end punctuation / before a capital, ends a sentence
      // and a paragraph; a break inside running text (PDF wrapping) does not.
      let j = i + 1;
      let blank = false;
      while (j < n && (t[j] === ' ' || t[j] === '\t' || t[j] === '\r' || t[j] === '\n')) {
        if (t[j] === '\n') blank = true;
        j++;
      }
      let k = i - 1;
      while (k >= 0 && (t[k] === ' ' || t[k] === '\t' || t[k] === '\r')) k--;
      const prev = k >= 0 ? t[k] : '.';
      const soft = !blank && (prev === ',' || isWordCode(prev.charCodeAt(0))) && j < n && !isUpperAt(orig, norm.map[j]) && isWordCode(t.charCodeAt(j));
      if (!soft) {
        close(i, true);
        start = j;
        i = j - 1;
      }
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      const next = t[i + 1];
      if (next === undefined) continue;
      if (next !== ' ' && next !== '\t') continue;
      let j = i + 1;
      while (j < n && (t[j] === ' ' || t[j] === '\t')) j++;
      if (j >= n || t[j] === '\n') continue;
      const nc = t[j];
      const upper = isUpperAt(orig, norm.map[j]) || nc === '"' || nc === "'" || nc === '(' || nc === '[';
      if (!upper) continue;
      if (c === '.') {
        // Abbreviation or initial before the period?
        let k = i - 1;
        while (k >= 0 && (t[k] === '.' || isLetterCode(t.charCodeAt(k)))) k--;
        const tok = t.slice(k + 1, i);
        if (ABBREV.has(tok) || (tok.length === 1 && startsWithLetter(tok))) continue;
      }
      close(i + 1, false);
      start = j;
      i = j - 1;
      continue;
    }
    if (c === ';' || c === ':' || c === '(' || c === ')' || c === '\u2013' || c === '\u2014' || c === '[' || c === ']') clauseMarks.push(i);
    else if (c === ',' && (t[i + 1] === ' ' || t[i + 1] === '\n')) clauseMarks.push(i);
    else if (c === '-' && t[i - 1] === ' ' && t[i + 1] === ' ') clauseMarks.push(i);
  }
  close(n, false);
  return { sentences, clauseMarks };
}

function lowerBound(arr: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalised index of the first normalised char whose original index is ≥ o. */
function toNorm(norm: Normalised, o: number): number {
  return lowerBound(norm.map, o);
}

interface CueHit {
  start: number;
  end: number;
  concepts: string[];
  /** From a lexicon term (its concept is exact). */
  term: boolean;
}

interface Word {
  start: number;
  end: number;
  w: string;
}

const WORD_RE = cheapRegExp(/[\p{L}\p{N}][\p{L}\p{N}'&-]*|[^\s\p{L}\p{N}]/gu);

// Character classes for the word scanner, per UTF-16 code unit (BMP only; filled lazily):
// 0 unknown, 1 letter/digit, 2 whitespace (\s), 3 anything else.
const CLASS = new Uint8Array(65536);
function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = isWordCode(c) ? 1 : /\s/u.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

/**
 * The words (and single punctuation marks) starting in [from, to): what WORD_RE finds from
 * `from`, scanned by hand — this runs twice per number. Text with surrogate pairs nearby
 * takes the regex (astral letters are letters there).
 */
function words(t: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const n = t.length;
  let i = from;
  for (;;) {
    let c = 0;
    while (i < n && charClass((c = t.charCodeAt(i))) === 2) i++;
    if (i >= n || i >= to) return out;
    if (c >= 0xd800 && c <= 0xdfff) return wordsByRegex(t, from, to);
    if (charClass(c) === 1) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = t.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdfff) return wordsByRegex(t, from, to);
        if (d !== 39 && d !== 38 && d !== 45 && charClass(d) !== 1) break;
      }
      out.push({ start: i, end: j, w: t.slice(i, j) });
      i = j;
    } else {
      out.push({ start: i, end: i + 1, w: t[i] });
      i++;
    }
  }
}

function wordsByRegex(t: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(t)) && m.index < to) out.push({ start: m.index, end: m.index + m[0].length, w: m[0] });
  return out;
}

// ---------------------------------------------------------------------------------------


function cueHitsIn(t: string, s: Span, terms: TermMatch[], termIdx: number): CueHit[] {
  const hits: CueHit[] = [];
  // Lexicon terms in the sentence.
  for (let k = termIdx; k < terms.length && terms[k].nStart < s.end; k++) {
    const tm = terms[k];
    if (tm.nStart >= s.start) hits.push({ start: tm.nStart, end: tm.nEnd, concepts: [tm.concept], term: true });
  }
  // Cue-table words at word starts (one combined regex pass over the sentence); at a term's
  // start they add candidate concepts to it; inside a term they are ignored.
  const termAt = new Map<number, CueHit>();
  for (const h of hits) termAt.set(h.start, h);
  const terms0 = hits.slice();
  // What a global scan of the cue table from s.start finds, with the sticky regex tried only
  // where a match can start: the positions CUE_START finds natively over the sentence (with
  // the character before it, for the lookbehind, and the two after it, for a beginning
  // there). After a match the scan resumes at its end.
  const re = CUE_STICKY;
  const from = Math.max(0, s.start - 1);
  const sentence = t.slice(from, s.end + 2);
  const starts = CUE_START;
  starts.lastIndex = s.start - from;
  let m: RegExpExecArray | null;
  let k = 0;
  for (let at: RegExpExecArray | null; (at = starts.exec(sentence)); ) {
    const p = from + at.index;
    if (p >= s.end) break;
    starts.lastIndex = at.index + 1;
    re.lastIndex = p;
    if (!(m = re.exec(t)) || m[0].length === 0) continue;
    const i = p;
    starts.lastIndex = at.index + m[0].length;
    while (k < terms0.length && terms0[k].end <= i) k++;
    if (k < terms0.length && terms0[k].start < i && i < terms0[k].end) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const cue = CUES[g - 1];
    const th = termAt.get(i);
    if (th) th.concepts = [...th.concepts, ...cue.concepts];
    else hits.push({ start: i, end: i + m[0].length, concepts: cue.concepts, term: false });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

function isYearValue(m: NumberMatch): boolean {
  return m.unit === 'count' && m.value !== undefined && Number.isInteger(m.value) && m.value >= 1800 && m.value <= 2100 && /^\d{4}$/.test(m.text.trim());
}

// "het aantal asielaanvragen … 38.000", "the number of refugees … 38,000"
const AANTAL_HEAD_RE = cheapRegExp(/(?:aantal|number of|total of|totaal aan|totaal van|percentage|share of|aandeel)\s+([\p{L}' -]{0,40})$/u);
const AANTAL_VERB_RE = cheapRegExp(
  /(?:aantal|number of|percentage|share of|aandeel)\s+([\p{L}\p{N}' -]{0,60})\b(?:is|was|waren|zijn|steeg|stijgt|daalde|daalt|rose|fell|reached|bereikte|kwam|lag|ligt|stood|totalled|bedroeg|bedraagt)\b[^.;:]{0,40}$/u,
);

export function linkFigures(
  text: string,
  norm: Normalised,
  numbers: NumberMatch[],
  terms: TermMatch[],
  concepts: Record<string, ConceptInfo>,
  opts: LinkOptions,
): LinkedFigure[] {
  if (numbers.length === 0) return [];
  const t = norm.text;
  periodMemo = new Map();
  geoMemo = new Map();
  const st = structure(t, norm, text);
  const urls = opts.urls ?? findUrlSpans(t);
  const pubYear = opts.published && /^\d{4}/.test(opts.published) ? Number(opts.published.slice(0, 4)) : null;
  const out: LinkedFigure[] = [];
  const sorted = [...numbers].sort((a, b) => a.start - b.start);
  const sentenceCues = new Map<number, CueHit[]>();
  const pending: Array<{ num: NumberMatch; ns: number; ne: number; si: number; clauseStart: number; clauseEnd: number; noCues: boolean }> = [];
  const bySentence = new Map<number, LinkedFigure[]>();
  let si = 0;
  let ti = 0;
  let ui = 0;

  for (const num of sorted) {
    const ns = toNorm(norm, num.start);
    const ne = Math.max(ns + 1, toNorm(norm, num.end));
    while (si < st.sentences.length - 1 && st.sentences[si].end <= ns) si++;
    const sent = st.sentences[si];
    if (!sent) continue;
    while (ui < urls.length && urls[ui][1] <= ns) ui++;
    if (ui < urls.length && urls[ui][0] <= ns) continue;

    // Clause bounds.
    const ci = lowerBound(st.clauseMarks, ns);
    const clauseStart = Math.max(sent.start, ci > 0 ? st.clauseMarks[ci - 1] + 1 : sent.start);
    const clauseEnd = Math.min(sent.end, ci < st.clauseMarks.length ? st.clauseMarks[ci] : sent.end);

    const before = words(t, Math.max(sent.start, ns - 60), ns).slice(-4);
    const after = words(t, ne, Math.min(sent.end, ne + 80)).slice(0, 5);
    const prevW = before.length ? before[before.length - 1].w : '';
    const prev2 = before.length > 1 ? before[before.length - 2].w : '';
    const nextW = after.length ? after[0].w : '';
    const origNext = after.length ? text.slice(norm.map[after[0].start], norm.map[after[0].end - 1] + 1) : '';

    // ---- 1. decoys
    const pwOrig = before.length > 1 ? text.slice(norm.map[before[before.length - 2].start], norm.map[before[before.length - 2].start] + 1) : '';
    if (isDecoy(num, t, ns, ne, prevW, prev2, nextW, after, before, isUpperAt(pwOrig, 0))) continue;

    // ---- cues
    while (ti < terms.length && terms[ti].nEnd <= sent.start) ti++;
    let cues = sentenceCues.get(si);
    if (!cues) sentenceCues.set(si, (cues = cueHitsIn(t, sent, terms, ti)));

    const money = num.unit === 'EUR' || num.unit === 'USD';
    let governing: CueHit | null = null;
    // 2. a cue within the next three words, no punctuation in between
    for (let k = 0; k < Math.min(after.length, 4); k++) {
      const w = after[k];
      if (!isWordCode(w.w.charCodeAt(0))) break;
      const c = cues.find((h) => h.start === w.start || (h.start < w.start && w.start < h.end));
      if (c) { governing = c; break; }
      if (k >= 2) break;
    }
    // "het aantal asielaanvragen … 38.000", "the number of refugees … 38,000"
    const head = governing ? '' : t.slice(clauseStart, ns);
    if (!governing && AANTAL_WORDS.some((w) => head.includes(w))) {
      const m = AANTAL_HEAD_RE.exec(head) ?? AANTAL_VERB_RE.exec(head);
      if (m) {
        const from = clauseStart + m.index;
        governing = cues.find((h) => h.start >= from && h.end <= ns) ?? null;
      }
    }

    if (!governing) {
      if (BLOCK.has(nextW) || /^(?:jarig|jarige|year-old|years-old)/.test(nextW)) continue;
      // "88 of the 150 seats", "12 van de 30 zetels": the whole names what is counted.
      let blocked = false;
      for (const w of after.slice(0, 4)) {
        if (BLOCK.has(w.w)) { blocked = true; break; }
        if (!(FUNCTION.has(w.w) || /^\d/.test(w.w))) break;
      }
      if (blocked) continue;
      const dist = (h: CueHit) => countWords(t, h.end <= ns ? h.end : ne, h.end <= ns ? ns : h.start);
      const inClause = cues.filter((h) => h.start >= clauseStart && h.end <= clauseEnd);
      const generic = !nextW || !startsWithLetter(nextW) || GENERIC.has(nextW) || FUNCTION.has(nextW) || (origNext.length > 1 && isUpperAt(origNext, 0));
      let pool: CueHit[];
      if (money || !generic) pool = inClause.filter((h) => dist(h) <= 6);
      else pool = [...inClause, ...cues.filter((h) => !inClause.includes(h) && dist(h) <= 12)];
      if (pool.length === 0) {
        if (!money) pending.push({ num, ns, ne, si, clauseStart, clauseEnd, noCues: cues.length === 0 && (generic || after.length === 0) });
        continue;
      }
      governing = pickCue(pool, ns, clauseStart, clauseEnd, concepts);
    }

    // Concept: the governing cue's concept when it is a metric. "47.000 migranten zijn vrijwillig
    // teruggekeerd": when the governing cue names people, an event later in the clause says
    // what is counted; otherwise prefer a metric cue nearby.
    let concept = conceptOf(governing, concepts);
    if (governing && (!concept || concepts[concept]?.kind !== 'metric' || PEOPLE_METRICS.has(concept))) {
      const later = cues.filter((h) => h.start >= ne && h.end <= clauseEnd && h !== governing);
      for (const h of later) {
        const c = conceptOf(h, concepts);
        if (c && EVENT_CONCEPTS.has(c)) { concept = c; break; }
      }
    }
    if (!concept || concepts[concept]?.kind !== 'metric') {
      const inClause = cues.filter((h) => h.start >= clauseStart && h.end <= clauseEnd && h !== governing);
      const metric = nearest(inClause.filter((h) => { const c = conceptOf(h, concepts); return c && concepts[c]?.kind === 'metric'; }), ns);
      if (metric && (!concept || Math.abs(metric.start - ns) < 40)) concept = conceptOf(metric, concepts);
    }
    // "vertrokken 25.600 vreemdelingen": a generic people cue ("vreemdelingen", "migranten")
    // names no concept; an event earlier in the clause says what is counted.
    if (!concept && governing) {
      const ev = nearest(
        cues.filter((h) => h !== governing && h.start >= clauseStart && h.end <= clauseEnd && EVENT_CONCEPTS.has(conceptOf(h, concepts) ?? '')),
        ns,
      );
      if (ev) concept = conceptOf(ev, concepts);
    }
    // A share of people leaving is the effective return rate ("40 procent vertrekt daadwerkelijk").
    if (num.unit === 'percent' && concept && RETURN_CONCEPTS.has(concept) && concepts['effective-return-rate']) concept = 'effective-return-rate';

    const { year, period } = findPeriod(t, st, si, clauseStart, clauseEnd, ns, ne, pubYear);
    const geo = findGeo(t, st, si, clauseStart, clauseEnd, ns, ne, terms);

    // A percentage in a clause (or sentence) that speaks of a rise or fall is a change, not a level.
    const change = num.unit === 'percent' && (CHANGE_RE.test(t.slice(clauseStart, clauseEnd)) || CHANGE_RE.test(t.slice(sent.start, sent.end)));

    out.push({
      start: num.start,
      end: num.end,
      ...(num.range ? { range: num.range } : { value: num.value }),
      unit: num.unit,
      qualifier: num.qualifier,
      change,
      concept,
      year,
      period,
      geo,
      number: num,
      nStart: ns,
      nEnd: ne,
      sentence: [sent.start, sent.end],
    });
    const list = bySentence.get(si);
    if (list) list.push(out[out.length - 1]);
    else bySentence.set(si, [out[out.length - 1]]);
  }

  // Numbers without a cue of their own that continue a figure:
  // - siblings: "resettle 500 refugees per year, down from the 750 pledged in 2018" — a number
  //   in the same sentence as a figure, with the same unit and within a factor of 10 of it;
  // - continuations: "Across the EU, 1,049,500 applications … Germany alone recorded more than
  //   329,000." — a sentence without any cue, right after a sentence with a figure in the same
  //   paragraph, whose number ends the clause or is followed by a function word.
  for (const p of pending) {
    const v = p.num.value ?? (p.num.range ? p.num.range[1] : NaN);
    const near = (f: LinkedFigure) => {
      const fv = f.value ?? (f.range ? f.range[1] : NaN);
      return f.unit === p.num.unit && fv / v <= 10 && v / fv <= 10;
    };
    let model: LinkedFigure | undefined;
    model = bySentence.get(p.si)?.find(near);
    if (!model && p.noCues) {
      // (continuations only for generic followers: see noCues)
      const sent = st.sentences[p.si];
      const prev = st.sentences[p.si - 1];
      if (prev && prev.para === sent.para) {
        model = bySentence.get(p.si - 1)?.findLast(near);
      }
    }
    if (!model) continue;
    const { year, period } = findPeriod(t, st, p.si, p.clauseStart, p.clauseEnd, p.ns, p.ne, pubYear);
    const geo = findGeo(t, st, p.si, p.clauseStart, p.clauseEnd, p.ns, p.ne, terms);
    out.push({
      start: p.num.start,
      end: p.num.end,
      ...(p.num.range ? { range: p.num.range } : { value: p.num.value }),
      unit: p.num.unit,
      qualifier: p.num.qualifier,
      change: model.change,
      concept: model.concept,
      year: year ?? model.year,
      period: period ?? model.period,
      geo,
      number: p.num,
      nStart: p.ns,
      nEnd: p.ne,
      sentence: [st.sentences[p.si].start, st.sentences[p.si].end],
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

// Each of the "het aantal … N" patterns below needs one of these words in the clause before the number.
const AANTAL_WORDS = ['aantal', 'number of', 'total of', 'totaal', 'percentage', 'share of', 'aandeel'];

const EVENT_CONCEPTS = new Set(['voluntary-returns', 'resettled-refugees', 'return', 'independent-return', 'forced-return', 'effective-return-rate', 'first-asylum-applications', 'asylum-applications']);
const PEOPLE_METRICS = new Set(['irregular-arrivals', 'immigration']);
const CHANGE_RE = /gedaald|daal(?:de|den|t)\b|dalen|daling|gestegen|ste(?:eg|gen)\b|stijg(?:t|en|ing)\b|toename|afname|afgenomen|toegenomen|minder dan in|meer dan in|lager dan|hoger dan|procent (?:minder|meer)\b|\b(?:fell|fall|falls|rose|rise|rises|dropped|drop|declined|decline|increased|increase|decreased|decrease|down|up|lower|higher|fewer than in|more than in)\b/;

const RETURN_CONCEPTS = new Set(['return', 'independent-return', 'forced-return', 'departure-obligation', 'voluntary-returns']);

const WORDS_RE = cheapRegExp(/[\p{L}\p{N}]+/gu);

function countWords(t: string, a: number, b: number): number {
  if (b <= a) return 0;
  return (t.slice(a, b).match(WORDS_RE) ?? []).length;
}

function nearest(hits: CueHit[], ns: number): CueHit | null {
  let best: CueHit | null = null;
  let bd = Infinity;
  for (const h of hits) {
    const d = h.start >= ns ? h.start - ns : ns - h.end;
    if (d < bd) { bd = d; best = h; }
  }
  return best;
}

function conceptOf(h: CueHit | null, concepts: Record<string, ConceptInfo>): string | null {
  if (!h) return null;
  // A term's own concept first; a metric among the candidates wins over a policy or group.
  const ids = h.term ? [h.concepts[0], ...h.concepts.slice(1).filter((c) => concepts[c])] : h.concepts.filter((c) => concepts[c]);
  return ids.find((c) => concepts[c]?.kind === 'metric') ?? ids[0] ?? null;
}

function pickCue(pool: CueHit[], ns: number, cs: number, ce: number, concepts: Record<string, ConceptInfo>): CueHit {
  // Score: distance, with a bonus for same clause, following the number, and metric concepts.
  let best = pool[0];
  let bs = Infinity;
  for (const h of pool) {
    let d = h.start >= ns ? h.start - ns : (ns - h.end) * 1.2;
    if (h.start < cs || h.end > ce) d += 60;
    const c = conceptOf(h, concepts);
    if (c && concepts[c]?.kind === 'metric') d *= 0.6;
    if (c && concepts[c]?.kind === 'organisation') d = d * 3 + 80;
    if (d < bs) { bs = d; best = h; }
  }
  return best;
}

function isDecoy(num: NumberMatch, t: string, ns: number, ne: number, prevW: string, prev2: string, nextW: string, after: Word[], before: Word[], prevIsName: boolean): boolean {
  const v = num.value ?? (num.range ? num.range[0] : NaN);
  if (!Number.isFinite(v)) return true;
  // Years (bare four-digit integers): "in 2023", "2015", unless directly counting a cue noun
  // without a year-ish word before ("2015 asielzoekers" is rare enough to give up).
  if (isYearValue(num) && num.qualifier === 'exact') return true;
  if (num.range && num.unit === 'count' && num.qualifier === 'exact' && num.range.every((x) => Number.isInteger(x) && x >= 1800 && x <= 2100) && /^\D*\d{4}\D+\d{2,4}$/.test(num.text.trim())) return true;
  // Dates: a month name right before or after.
  if (MONTH_INDEX.has(nextW) || MONTH_INDEX.has(prevW.replace(/\.$/, ''))) return true;
  // References: "nr. 2535", "artikel 3", "pagina 12", "Kamerstuk 19 637".
  const pw = prevW.replace(/\.$/, '');
  if (REF_BEFORE.has(pw) || (pw === '.' && REF_BEFORE.has(prev2))) return true;
  if (prevW === '§' || prevW === '#' || prevW === 'nº') return true;
  // Times "14.30 uur", "om 10:00".
  if (nextW === 'uur' || nextW === 'u' || nextW === 'am' || nextW === 'pm' || nextW === 'h' || /^\d{1,2}[:.]\d{2}$/.test(num.text.trim()) && (prevW === 'om' || prevW === 'at' || prevW === 'tot' || prevW === 'van')) return true;
  // A time or a score glued on: "14.30 uur", "10:00", "2-1".
  if (/^[.:]\d{2}(?!\d)/.test(t.slice(ne, ne + 4)) && !/^[.:]\d{2}\d/.test(t.slice(ne, ne + 5))) {
    const tail = t.slice(ne + 3, ne + 8);
    if (/^\s*(?:uur|u\b|h\b|am|pm)/.test(tail) || t[ne] === ':') return true;
  }
  // Ages: "een 34-jarige", "(34)", "aged 34", "34 years old".
  if (/^-?jarig/.test(nextW) || t.startsWith('-jarig', ne) || t.startsWith('-year-old', ne) || t.startsWith('-year', ne)) return true;
  if (t[ns - 1] === '(' && t[ne] === ')' && v < 130 && num.unit === 'count') return true;
  // Durations and measures right after the number.
  if (BLOCK.has(nextW) && num.unit === 'count' && !(after[1] && /^(?:asiel|vlucht|migra|refug|asyl)/.test(after[1].w))) {
    // "jaar" etc. — but not "per jaar" after a counted noun (the noun comes first).
    return true;
  }
  // Street numbers: "Keizersgracht 12", "Laan van Nieuw Oost-Indië 235", "Main Street 4".
  if (v < 2000 && num.unit === 'count' && num.qualifier === 'exact' && before.some((w) => w.w.length > 3 && STREET_RE.test(w.w)) && !FUNCTION.has(pw)) return true;
  // Ages in apposition: "Dick Schoof, 67, said", "Taco Dibbits (55)".
  if (num.unit === 'count' && Number.isInteger(v) && v >= 12 && v < 120 && t[ns - 2] === ',' && t[ne] === ',' && prevIsName) return true;
  // Glued to letters: "A12", "2nd", "19e", "3x"
  if (ns > 0 && isLetterCode(t.charCodeAt(ns - 1))) return true;
  if (/^(?:e|ste|de|th|st|nd|rd|x)$/.test(nextW) && t[ne] !== ' ') return true;
  // Small counts: "twee ministers", "3 partijen", "section 2.4", a footnote "4.1".
  if (num.unit === 'count' && !num.range && Math.abs(v) < 10) return true;
  // A document number heading a line: "19 637 Vreemdelingenbeleid", "30 573 Migratiebeleid".
  if (num.unit === 'count' && num.qualifier === 'exact' && /^\d{1,3} \d{3}$/.test(num.text.trim()) && (ns === 0 || t[ns - 1] === '\n')) return true;
  // Scores and results "2-1", "3–0".
  if (/^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(num.text.trim())) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Period

interface PeriodHit {
  start: number;
  end: number;
  year: number | null;
  period: string;
  relative?: boolean;
}

const QUARTERS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4, first: 1, second: 2, third: 3, fourth: 4, last: 4 };

function periodHits(t: string, from: number, to: number, pubYear: number | null): PeriodHit[] {
  const s = t.slice(from, to);
  const hits: PeriodHit[] = [];
  const taken: Array<[number, number]> = [];
  const add = (a: number, b: number, h: Omit<PeriodHit, 'start' | 'end'>) => {
    if (taken.some(([x, y]) => a < y && x < b)) return;
    // A year after a comparison word is the baseline, not the figure's period.
    const pre = s.slice(Math.max(0, a - 28), a);
    if (/(?:ten opzichte van|vergeleken met|vergelijking met|dan in|dan|sinds|since|than in|than|compared (?:with|to)|vanaf|against|versus|vs\.?|t\.o\.v\.?)\s*(?:het jaar |de periode |the year |in )?$/.test(pre)) {
      taken.push([a, b]);
      return;
    }
    taken.push([a, b]);
    hits.push({ start: from + a, end: from + b, ...h });
  };
  let m: RegExpExecArray | null;
  const { qre, sre, mre, yre, rre } = PERIOD_RES;
  qre.lastIndex = sre.lastIndex = mre.lastIndex = yre.lastIndex = rre.lastIndex = 0;
  // Quarters
  while ((m = qre.exec(s))) {
    const q = m[1] ? QUARTERS[m[1]] : Number(m[3] ?? m[6]);
    const y = Number(m[2] ?? m[4] ?? m[5]);
    add(m.index, m.index + m[0].length, { year: y, period: `${y}-Q${q}` });
  }
  // Spans
  while ((m = sre.exec(s))) {
    const a = Number(m[1] ?? m[3] ?? m[5]);
    const b = Number(m[2] ?? m[4] ?? m[6]);
    if (b > a && b - a < 50) add(m.index, m.index + m[0].length, { year: null, period: `${a}/${b}` });
  }
  // Day month year, month year
  while ((m = mre.exec(s))) {
    const mo = String(MONTH_INDEX.get(m[2])).padStart(2, '0');
    const y = Number(m[3]);
    const d = m[1] ? `-${m[1].padStart(2, '0')}` : '';
    add(m.index, m.index + m[0].length, { year: y, period: `${y}-${mo}${d}` });
  }
  // Plain years
  while ((m = yre.exec(s))) add(m.index, m.index + m[0].length, { year: Number(m[1]), period: m[1] });
  // Relative years
  if (pubYear) {
    while ((m = rre.exec(s))) {
      const w = m[0];
      const y = /dit|this|huidige/.test(w) ? pubYear : /daarvoor|ervoor|before|previous/.test(w) ? null : pubYear - 1;
      if (y === null) continue;
      add(m.index, m.index + w.length, { year: y, period: String(y), relative: true });
    }
  }
  return hits;
}

const Y = '(1[89]\\d\\d|20\\d\\d)';
const PERIOD_RES = {
  qre: new RegExp(`\\b(eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last) (?:kwartaal|quarter) (?:van |of )?${Y}\\b|\\bq([1-4]) ?(?:van |of )?${Y}\\b|\\b${Y}[- ]?q([1-4])\\b`, 'g'),
  sre: new RegExp(`\\b(?:(?:tussen|between) ${Y} (?:en|and) ${Y}|(?:van|from) ${Y} (?:tot(?: en met)?|to|until|through) ${Y}|${Y} ?[-\u2013\u2014/] ?${Y})\\b`, 'g'),
  mre: new RegExp(`\\b(?:(\\d{1,2}) )?(${[...MONTH_INDEX.keys()].join('|')})\\.? ${Y}\\b`, 'g'),
  yre: new RegExp(`(?<![\\d.,])${Y}(?![\\d]|[.,]\\d)`, 'g'),
  rre: /\b(?:(?:het )?(?:vorig|vorige|afgelopen) jaar|last year|past year|(?:dit|huidige) jaar|this year|(?:het )?jaar daarvoor|(?:het )?jaar ervoor|the year before|the previous year)\b/g,
};

// Per-call memos of period and place hits per sentence (reset by linkFigures; keyed by the
// sentence start). Module-level to keep signatures short; linkFigures is synchronous.
let periodMemo = new Map<number, PeriodHit[]>();
function periodHitsCached(t: string, from: number, to: number, pubYear: number | null): PeriodHit[] {
  let h = periodMemo.get(from);
  if (!h) periodMemo.set(from, (h = periodHits(t, from, to, pubYear)));
  return h;
}

function findPeriod(
  t: string,
  st: Structure,
  si: number,
  cs: number,
  ce: number,
  ns: number,
  ne: number,
  pubYear: number | null,
): { year: number | null; period: string | null } {
  const sent = st.sentences[si];
  const hits = periodHitsCached(t, sent.start, sent.end, pubYear).filter((h) => h.end <= ns || h.start >= ne);
  const dist = (h: PeriodHit) => (h.start >= ne ? h.start - ne : ns - h.end);
  const pick = (hs: PeriodHit[]) => [...hs].sort((a, b) => dist(a) - dist(b))[0];
  const inClause = hits.filter((h) => h.start >= cs && h.end <= ce);
  const best = pick(inClause) ?? pick(hits);
  if (best) return { year: best.year, period: best.period };
  // Earlier sentences of the same paragraph: the last period mentioned.
  for (let k = si - 1; k >= 0 && k >= si - 3 && st.sentences[k].para === sent.para; k--) {
    const s = st.sentences[k];
    const hs = periodHitsCached(t, s.start, s.end, pubYear);
    if (hs.length) {
      const last = [...hs].sort((a, b) => b.start - a.start)[0];
      return { year: last.year, period: last.period };
    }
  }
  return { year: null, period: null };
}

// ---------------------------------------------------------------------------------------
// Geography

export const GEO_SOURCE = GEO_PATTERNS.map((g) => `(${g.re.source})`).join('|');
const GEO_COMBINED = cheapRegExp(GEO_SOURCE, 'uy');
// (As CUE_BEGINNINGS, for the place words.)
export const GEO_BEGINNINGS = [
  'dut', 'eu', 'eu ', 'eu+', 'eu-', 'eu2', 'eur', 'glo', 'hol', 'lid', 'mem', 'ned', 'net', 'ons',
  'sch', 'ter', 'unh', 'wer', 'wor',
];
// A word start (letters and digits as isWordCode) at one of the beginnings.
const GEO_START = new RegExp(`(?<![${LETTER}${DIGIT}])(?=[${LETTER}${DIGIT}])(?:${beginningsAlternation(GEO_BEGINNINGS)})`, 'g');
const COUNTRY_RE = new RegExp(`\\b(?:in|naar|to|into|across) (${Object.keys(COUNTRIES).join('|')})\\b`, 'g');

function geoHits(t: string, from: number, to: number): Array<{ pos: number; geo: string }> {
  const hits: Array<{ pos: number; geo: string }> = [];
  // At every word start, the first pattern that matches there (one combined regex: its
  // alternatives are tried in the patterns' order, so the first group that matched is the
  // pattern the loop over GEO_PATTERNS would have taken).
  // Word starts where a place word can begin come from GEO_START over the span (with the
  // character before it, for the lookbehind, and the two after it, for a beginning there).
  const re = GEO_COMBINED;
  const before = Math.max(0, from - 1);
  const span = t.slice(before, to + 2);
  const starts = GEO_START;
  starts.lastIndex = from - before;
  let g: RegExpExecArray | null;
  for (let at: RegExpExecArray | null; (at = starts.exec(span)); starts.lastIndex = at.index + 1) {
    const i = before + at.index;
    if (i >= to) break;
    re.lastIndex = i;
    if (!(g = re.exec(t))) continue;
    let k = 1;
    while (g[k] === undefined) k++;
    hits.push({ pos: i, geo: GEO_PATTERNS[k - 1].geo });
  }
  const cre = COUNTRY_RE;
  cre.lastIndex = 0;
  const s = t.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = cre.exec(s))) hits.push({ pos: from + m.index + m[0].length - m[1].length, geo: COUNTRIES[m[1]] });
  return hits;
}

let geoMemo = new Map<number, Array<{ pos: number; geo: string }>>();
function geoHitsCached(t: string, from: number, to: number): Array<{ pos: number; geo: string }> {
  let h = geoMemo.get(from);
  if (!h) geoMemo.set(from, (h = geoHits(t, from, to)));
  return h;
}

function findGeo(t: string, st: Structure, si: number, cs: number, ce: number, ns: number, ne: number, terms: TermMatch[]): string {
  const sent = st.sentences[si];
  // Place words inside a lexicon term ("EU-Turkije Verklaring", "Europese Grens- en Kustwacht")
  // name an instrument or body, not where the figure is about.
  const inTerm = (p: number) => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid].nEnd <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo < terms.length && terms[lo].nStart <= p;
  };
  const hits = geoHitsCached(t, sent.start, sent.end).filter((h) => !inTerm(h.pos));
  const dist = (p: number) => (p >= ne ? p - ne : ns - p);
  const pick = (hs: typeof hits) => [...hs].sort((a, b) => dist(a.pos) - dist(b.pos))[0];
  const best = pick(hits.filter((h) => h.pos >= cs && h.pos < ce)) ?? pick(hits);
  if (best) return best.geo;
  for (let k = si - 1; k >= 0 && k >= si - 2 && st.sentences[k].para === sent.para; k--) {
    const hs = geoHitsCached(t, st.sentences[k].start, st.sentences[k].end);
    if (hs.length) return [...hs].sort((a, b) => b.pos - a.pos)[0].geo;
  }
  return 'NL';
}
