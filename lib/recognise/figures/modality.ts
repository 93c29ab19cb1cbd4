/**
 * The modality slot: is the figure something that happened (realised, or provisional), or a
 * forecast, a capacity, a target/quota/pledge, a need, or a hypothesis? Only realised and
 * provisional figures can be checked against official counts; the others are shown next to
 * them as context, never called wrong ("De IND heeft de capaciteit om dit jaar op bijna 28.000
 * aanvragen te beslissen" is not a count of decisions).
 *
 * Words are looked for in the figure's clause (a forecast noun such as "prognose" also in the
 * rest of its sentence, up to twelve words away); a period that begins after the publication
 * date makes a figure a forecast whatever the words say. When several kinds are named, the
 * one nearest the figure wins.
 */
import { cheapRegExp } from '../chars';
import type { Span } from './structure';
import { inNextConjunct } from './words';

export type Modality = 'realised' | 'provisional' | 'forecast' | 'capacity' | 'target' | 'need' | 'hypothetical';

export interface ModalityReading {
  modality: Modality;
  words: Array<[number, number]>;
}

const PATTERNS = ([
  {
    modality: 'forecast',
    sentence: true,
    re: /\b(?:prognose\w*|raming\w*|voorspel\w*|verwachting\w*|forecast\w*|projection\w*|projected|prediction\w*|predicted|outlook)\b/g,
  },
  {
    modality: 'forecast',
    re: /\b(?:verwacht\w*|naar verwachting|waarschijnlijk|zal|zullen|gaat worden|gaan worden|komend\w*|kunnen oplopen|kan oplopen|expect\w*|will|likely|set to|is going to|are going to|could reach|may reach|might reach|(?:could|may|might) be as (?:high|many|much) as|(?:could|may|might) (?:rise|climb|grow|increase|go up) to|anticipat\w*|estimated to reach|on (?:track|course) (?:to|for)|heading for|op koers (?:voor|om|naar)|(?:koerst|koersen|stevent|stevenen) af op|(?:ga|gaat|gaan|ging|gingen)\s(?:[^\s.;:]+\s){0,6}?uit van|uit(?:gaan|gegaan) van|rekening (?:houdt|houden|hield|hielden|gehouden) met|(?:houdt|houden|hield|hielden) rekening met|rekent op|rekenen op|assum(?:e|es|ed|ing|ption)|planning for|budgeted for|budgeting for)\b/g,
  },
  { modality: 'capacity', re: /\b(?:capaciteit\w*|ruimte voor|plaats voor|plek voor|capacity|can accommodate|room for|able to (?:house|handle|process|decide))\b/g },
  // A count of places or beds is what there is room for, not of people ("50.000 plekken",
  // "2.000 extra opvangplaatsen", "5,000 beds"), unless other words say it is needed, pledged …
  // (Not "2000 vluchtelingen herplaatsen": a verb in -plaatsen is no place.)
  { modality: 'capacity', after: true, re: /^\s+(?:(?:extra|nieuwe|tijdelijke|permanente|additional|new|temporary|permanent|emergency)\s+)?(?:\p{L}*opvang)?(?:plekken|plaatsen|slaapplaatsen|bedden|(?:reception |shelter )?places|beds)\b/u },
  // Promising, aiming and proposing: anywhere in the clause.
  {
    modality: 'target',
    // ("zegden … toe": the past of "toezeggen" split; "zei", not "zegde", is the past of "zeggen".)
    re: /\b(?:streven|streeft|beoog\w*|toezeg\w*|toegezegd\w*|zegden?\b(?=(?:[^.;:]|\.(?=\d)){0,80}\btoe\b)|belo(?:ofd|ven|ofte)|afgesproken|pledge[ds]?|pledging|commit(?:s|ted|ments?)?|promis\w*|aims? to|wil(?:len)? (?:terug|naar|beperken)|propos\w*|voorstel\w*|stel(?:t|len) voor|voorgesteld|pleit\w* voor|call(?:s|ed|ing)? for|advocat\w*)\b/g,
  },
  // A target named by a noun only when the figure is its value: "een quotum van 500", "het
  // doel is 15.000", "a target of 50,000" — not "via het quotum hervestigd".
  {
    modality: 'target',
    near: true,
    re: /\b(?:doel\w*|streefcijfer\w*|quot(?:um|a|as)|taakstelling\w*|target\w*|goal\w*|plafond|maximum|cap|ceiling)(?:\s+(?:van|of|is|was|ligt op|lag op|bedraagt|bedroeg|op|at|:))?\s*$/g,
  },
  { modality: 'need', re: /\b(?:nodig|benodigd\w*|tekort\w*|needed|need|needs|required|shortage\w*)\b/g },
  { modality: 'hypothetical', re: /\b(?:zou|zouden|indien|mocht|stel dat|would|if)\b/g },
  { modality: 'provisional', re: /\b(?:voorlopig\w*|provisional\w*|preliminary)\b/g },
] satisfies Array<{ modality: Modality; re: RegExp; sentence?: boolean; near?: boolean; after?: boolean }>).map((p): { modality: Modality; re: RegExp; sentence?: boolean; near?: boolean; after?: boolean } => ({ ...p, re: cheapRegExp(p.re) }));

/**
 * Before an expectation a figure is set against: "fewer than the government expected", "dan
 * verwacht", "as expected", "komt overeen met de prognose", "in line with the forecast".
 */
const COMPARED_WITH_BEFORE = /(?:^|[^\p{L}])(?:than|dan|as|als|overeen met|in lijn met|conform|in line with|matches|matched|compared (?:with|to)|vergeleken met)(?:\s+[\p{L}'’-]+){0,4}\s+$/u;

/**
 * After "will", "zal": the figure before it is what is to be surpassed ("the 2019 record of
 * 612,000 will not be exceeded", "het record van 58.880 zal dit jaar niet worden overtroffen"):
 * a benchmark, a count of its own time — what is expected is the other count.
 */
const SURPASSED_AFTER = /^(?:\s+[\p{L}]+){0,4}?\s+(?:exceeded|surpassed|topped|broken|beaten|overtaken|equalled|equaled|overtroffen|overschreden|gebroken|geëvenaard|verbroken)\b/u;

/** Words that name a time relative to the writing: "dit jaar", "volgend jaar", "this year", "next year". */
const TIME_OF_ITS_OWN = /\b(?:dit|volgend|komend|het komende|this|next|the coming) (?:jaar|year)\b/;

/** Whether the words from the last comma between the number (ending at `ne`) and a word at `a` up to `to` name a time other than the figure's. */
function laterTimeClause(t: string, ne: number, a: number, to: number, periodWords: Array<[number, number]>): boolean {
  const comma = t.lastIndexOf(',', a);
  if (comma < ne) return false;
  const m = TIME_OF_ITS_OWN.exec(t.slice(comma, to));
  if (!m) return false;
  const at = comma + m.index;
  return !periodWords.some(([x, y]) => x <= at && at < y);
}

/**
 * A sentence that opens with a condition and whose main clause then opens with a modal verb:
 * "Als het tempo zo blijft, kan de teller nog boven 50.000 uitkomen", "Mocht de instroom
 * stijgen, dan zullen …", "If arrivals keep rising, the total could pass …". The main clause's
 * figures are supposed, not counted. (Not "Als gevolg van …", "als eerste": no condition; nor a
 * main clause that states a fact, "Als je kijkt naar 2022, zie je …".)
 */
const CONDITION_OPENING = /^[\s"'“‘]*(?:als|indien|mocht|mochten|if|should)\s(?!gevolg\b|eerste\b|reactie\b|onderdeel\b)[^,;:.]{3,140},\s*(?:dan\s+|then\s+)?(?:[\p{L}]+\s+){0,4}?(?:kan|kunnen|zal|zullen|zou|zouden|dreigt|dreigen|could|would|might|may|will)\b/iu;

/** The rest of a sentence after "if" whose main clause grants it: ", it was still …", no "would". */
const CONCEDED = /^[^,;]*,[^;]*\b(?:still|nonetheless|nevertheless)\b/;
const SUPPOSED = /\b(?:would|could|might)\b/;

export function readModality(t: string, sentence: Span, clause: Span, ns: number, ne: number, future: boolean, periodWords: Array<[number, number]>): ModalityReading {
  type Found = { modality: Modality; at: [number, number]; d: number };
  let best: Found | null = null;
  let counted: Found | null = null;
  for (const p of PATTERNS) {
    if (p.near) {
      // Right before the number, up to its qualifier ("een quotum van circa 500").
      const before = t.slice(Math.max(clause.start, ns - 40), ns);
      p.re.lastIndex = 0;
      const m = p.re.exec(before);
      if (m) best = { modality: p.modality, at: [ns - before.length + m.index, ns - before.length + m.index + m[0].trimEnd().length], d: 0 };
      continue;
    }
    if (p.after) {
      // Right after the number: what it counts. Words that say more ("nodig", "pledged") win.
      const m = p.re.exec(t.slice(ne, Math.min(clause.end, ne + 40)));
      const noun = m && /\S+$/.exec(m[0]);
      if (m && noun) counted = { modality: p.modality, at: [ne + noun.index, ne + m[0].length], d: 0 };
      continue;
    }
    const from = p.sentence ? sentence.start : clause.start;
    const to = p.sentence ? sentence.end : clause.end;
    const s = t.slice(from, to);
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s))) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (a < ne && b > ns) continue;
      // (Words of a next clause with a number of its own are that number's.)
      if (inNextConjunct(t, ne, a, b)) continue;
      // "if the 2016 number fell short of the 1.26 million of 2015, it was still …": an "if" whose
      // main clause says "still" grants a fact, it supposes nothing.
      if (p.modality === 'hypothetical' && m[0] === 'if' && CONCEDED.test(t.slice(b, sentence.end)) && !SUPPOSED.test(t.slice(sentence.start, sentence.end))) continue;
      // "two-thirds fewer asylum claims than the government expected ― 31,000": an expectation the
      // figure is compared with is the baseline's, not the figure's modality.
      if (p.modality === 'forecast' && COMPARED_WITH_BEFORE.test(t.slice(Math.max(sentence.start, a - 48), a))) continue;
      if (p.modality === 'forecast' && a >= ne && !p.sentence && SURPASSED_AFTER.test(t.slice(b, clause.end))) continue;
      // "… dienden in 2022 zo'n 48 duizend mensen een asielaanvraag in, een aantal dat volgens de
      // verwachting dit jaar gelijk blijft": an expectation after a comma, in words that name a
      // time of their own, is that time's, not the figure's.
      if (p.modality === 'forecast' && a >= ne && laterTimeClause(t, ne, a, to, periodWords)) continue;
      const d = b <= ns ? ns - b : a - ne;
      if (p.sentence && (a < clause.start || b > clause.end) && d > 90) continue;
      if (!best || d < best.d) best = { modality: p.modality, at: [a, b], d };
    }
  }
  // (A condition the sentence opens with, its main clause modal: the figure after it is supposed.)
  const cond = best ? null : CONDITION_OPENING.exec(t.slice(sentence.start, ns));
  if (cond) {
    const a = sentence.start + cond[0].length - cond[0].match(/\S+$/)![0].length;
    best = { modality: 'hypothetical', at: [a, sentence.start + cond[0].length], d: ns - a };
  }
  best ??= counted;
  if (future && (!best || best.modality === 'realised' || best.modality === 'provisional')) return { modality: 'forecast', words: periodWords };
  if (best) return { modality: best.modality, words: [best.at] };
  return { modality: 'realised', words: [] };
}
