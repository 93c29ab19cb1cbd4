/**
 * Word lists of ordinary Dutch and English (not migration vocabulary, which is data): what a
 * counted noun after a number says about it, function words, reference words, month names.
 * All in normalised form (lower case, no diacritics).
 */
import { monthWords } from '../../util/months';

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Nouns after a number that count something other than a migration quantity. */
export const BLOCK = set(`
  zetel zetels stemmen stem kiezers seats seat votes voters inwoners inhabitants residents bevolking population
  jaar jaren jarige jarig maand maanden week weken dag dagen uur uren minuut minuten seconde seconden nacht nachten eeuw
  year years month months week weeks day days hour hours minute minutes second seconds night nights decade decades century
  km kilometer kilometers meter meters m cm mm kilo kilos kg gram ton liter liters graden degrees hectare vierkante square miles mile
  punt punten points point doelpunt doelpunten goals goal wedstrijd wedstrijden matches match games game ronde rondes laps
  pagina paginas pages page artikel artikelen articles hoofdstuk hoofdstukken chapters
  agenten politieagenten officers agents demonstranten betogers protesters demonstrators supporters fans toeschouwers spectators
  ambtenaren medewerkers werknemers employees staff banen jobs vacatures vacancies bedrijven companies firms
  scholen schools leerlingen pupils ministers partijen parties keer maal times
  euro euros dollar dollars cent pond pounds procentpunt procentpunten woorden words auto autos cars huizen
  lidstaten lidstaat member members states landen countries country nations naties pijlers pijler pillars pillar verordeningen verordening regulations regulation
  maatregelen maatregel measures richtlijnen directives wetten laws talen languages provincies provinces
  geboorten geborenen births
`);

/** The words of a count of times: "keer", "maal", "times". */
export const TIMES_WORDS = set(`keer maal times`);
/**
 * How many times make a count of events rather than a multiple: "ruim 960.000 keer asiel
 * aangevraagd" counts applications; "drie keer" counts no migration quantity.
 */
export const MANY_TIMES = 1000;

/** Nouns for places a count of which is no migration quantity ("20 gemeenten"); a share of them is still a figure ("40 procent van de gemeenten"). */
export const PLACES_COUNTED = set(`gemeenten gemeentes municipalities steden cities dorpen villages`);

/**
 * English nouns of a body, an office holder or a set of rules: a migration word right before one
 * names what it is about ("the immigration service", "the asylum minister", "migration policy"),
 * not what a number counts. (Dutch writes these as one word: "immigratiedienst".)
 */
export const ATTRIBUTIVE_HEAD = /^\s+(?:service|services|office|offices|minister|ministers|ministry|department|authority|authorities|agency|agencies|official|officials|officer|officers|policy|policies|law|laws|lawyer|lawyers|judge|judges|court|courts|system|debate|enforcement|spokesperson|spokesman|spokeswoman|chief|commissioner|directorate|board|act|regime|reform|rules|bill|talks)(?![\p{L}'’-])/u;

/** Right before "received" that only says a thing was handed in ("applications received", "claims received"): no reception of people. */
export const THING_RECEIVED_BEFORE = /(?:^|[^\p{L}])(?:applications|requests|claims|petitions)\s+$/u;

/** Generic nouns for what someone asks for: what follows "for" says which kind ("verzoeken tot gezinshereniging"). */
export const REQUEST_NOUNS = set(`aanvragen aanvraag verzoeken verzoek applications application requests request claims claim`);
/** Generic counted nouns: the word that says what is counted may come later in the clause ("38.000 mensen vroegen asiel aan"). */
export const GENERIC = set(`
  mensen personen persoon aanvragen aanvraag aanvragers verzoeken plekken plaatsen bedden kinderen minderjarigen jongeren volwassenen
  mannen vrouwen gezinnen families gezinsleden familieleden burgers gemeenten woningen locaties beslissingen besluiten vergunningen
  nationaliteiten onderdanen gevallen zaken dossiers
  people persons individuals applications applicants requests claims places beds children minors adults men women families
  relatives municipalities homes locations decisions permits nationals citizens cases files
`);

/** Function words and common verbs/adverbs after a number ("38.000 in 2023", "38,000 were"). */
export const FUNCTION = set(`
  de het een van in op naar uit voor met bij aan om tot door over per is zijn was waren werd werden wordt worden heeft hebben had hadden
  kwamen komt komen kwam vroegen vraagt vroeg dienden diende ging gingen gaat gaan zal zullen zou zouden kunnen kan moeten moest er meer minder dan als
  totaal die dat daarvan ervan ook nog al of en maar tegen tegenover versus vs sinds na vanuit binnen ten ter nieuwe extra andere overige
  the a an of in to from for with and or were was are is be been had have has more less fewer than who that which last this against
  recorded counted reported geregistreerd geteld
  across throughout overall nationwide worldwide landelijk wereldwijd
  arrived applied came entered crossed left lodged filed submitted registered received new additional other extra per cent percent procent
`);

/** Words before a number that make it a reference, not a quantity. */
export const REF_BEFORE = set(`
  nr nummer nummers no number num kamerstuk kamerstukken artikel art article pagina page pp p blz bladzijde hoofdstuk chapter
  paragraaf section sectie lid bijlage annex appendix postbus tel telefoon phone fax motie amendement zaak dossier document bus lijn line
  route room kamer zaal gate perron platform versie version editie edition seizoen season aflevering episode
  leeftijd aged age ages jarige code postcode rijksweg snelweg highway table tabel figuur figure grafiek
`);

/** Month name or abbreviation (Dutch, English), lower case → 1–12. */
export const MONTH_INDEX: ReadonlyMap<string, number> = monthWords();

/** The month names (full and abbreviated) as one regex alternation. */
export const MONTH_ALTERNATION = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A word of a street's name: a Dutch compound ending in a street word ("Keizersgracht"), or an
 * English street word on its own ("Main Street", "Baker St"). The English abbreviations are whole
 * words only: as endings they matched "leave", "have", "first", "against" and dropped the figure
 * after them as a house number.
 */
export const STREET_RE = /(?:straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|dreef|hof|markt)$|^(?:street|road|avenue|lane|square|boulevard|st|rd|ave)$/;

/** Ordinals as words (quarters, halves, "eerste negen maanden"). */
export const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4, first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4,
};

/** Small counts as words (month spans: "de eerste negen maanden"). */
export const SMALL_NUMBERS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Counts from thirteen to twenty as words ("veertien weken", "fourteen weeks"). */
export const TEEN_NUMBER_WORDS: readonly string[] = [
  'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/**
 * A sentence that attributes figures to a source: a reporting verb ("meldt het ministerie",
 * "volgens het kabinet", "the ministry said"). A publisher named in the sentence before or after
 * a figure says who published it only in such a sentence ("het meest rechtse kabinet ooit" names
 * a government, not a source).
 */
export const ATTRIBUTING = /\b(?:meld(?:t|en|de|den)|schrijft|schrijven|schreef|schreven|zegt|zeggen|zei|zeiden|volgens|aldus|blijkt|bleek|publiceer(?:t|de|den)|rapporteer(?:t|de|den)|maakt(?:e|en)? bekend|according to|reports?|reported|says|said|published|announced|states|stated)\b/i;

/** "cijfers van", "figures from" right before a publisher: the figures are that publisher's. */
export const FIGURES_OF = /\b(?:cijfers|gegevens|statistieken|data|figures|statistics)\s+(?:van|uit|from|of|by)\s+(?:het\s+|de\s+|the\s+)?$/i;

/**
 * A report, or its publishing, next to a time: the time may date the report rather than what
 * it counts ("meldde in 2022", "het rapport uit 2022", "published in 2022").
 */
export const REPORT_NEAR = /\b(?:meld(?:de|den)|maakte?n? bekend|publiceerde|rapporteerde|schreef|schreven|zei|zeiden|verklaarde|rapport|publicatie|onderzoek|reported|announced|published|wrote|said|stated|report|study|survey)\b/;

/** Words that open the parts of a whole named before them: "waarvan 580", "of whom 2,000". */
export const PART_WORDS = 'waarvan|daarvan|waaronder|van wie|onder wie|van hen|onder hen|of whom|of which|of them|among them|among whom';

/**
 * A sentence that opens with what it counts: "Het aantal herhaalde asielaanvragen …", "The number of
 * claims lodged for the first time …" (up to four words of it) — also past a wire or agency credit in
 * brackets it opens with ("(ANP) Het aantal …", "(Reuters) - The number of …"), or past a dateline
 * of a place's name, up to three words, with or without a credit ("ROME: The number of …", "DEN HAAG
 * (ANP) - Het aantal …").
 */
const NUMBER_OF = String.raw`(?:het|the|de) (?:totale |total )?(?:aantal|number of)`;
const LEADING_CREDIT = String.raw`(?:(?:[\p{L}.'-]+(?: [\p{L}.'-]+){0,2}\s*(?:\([^()\d]{1,40}\)\s*)?[-–—:]|\([^()\d]{1,40}\)\s*[-–—:]?)\s*)?`;
export const COUNTED_SUBJECT = new RegExp(String.raw`^[\s"'“‘]*${LEADING_CREDIT}[\s"'“‘(]*${NUMBER_OF}(?:\s+[\p{L}-]+){1,4}`, 'u');
/** What a sentence may open with before its own words: quotes, a dateline, a credit. */
export const OPENING_CREDIT = new RegExp(String.raw`^[\s"'“‘]*${LEADING_CREDIT}[\s"'“‘(]*`, 'u');

/**
 * A clause's subject that says what it counts, after a comma or a joining word: ", terwijl het
 * aantal nareizigers", "and the number of returns", "says that the number of files" (its words
 * in group 1).
 */
export const CLAUSE_COUNTED_SUBJECT = new RegExp(String.raw`(?:,|;|\s(?:en|maar|terwijl|dat|and|but|while|whereas|that))\s+${NUMBER_OF}((?:\s+[\p{L}-]+){1,4})`, 'gu');

/** Nouns that stand for a count spoken of before: "aantal", "cijfer", "number", "figure". */
const COUNT_NOUNS = 'aantal|getal|cijfer|number|figure|total';
const COUNT_NOUN = `(?:${COUNT_NOUNS})`;
/** Any such noun, or a plural or compound of it, in a stretch of text. */
export const COUNT_NOUN_WORD = new RegExp(String.raw`\b(?:totaal|${COUNT_NOUNS})`);
/** The number spoken of before, opening a clause: "en dat aantal ligt op", "That number is down by", "The figure was", "… and that the figure recorded last year" (not "the number of …"). */
export const NUMBER_ANAPHOR = new RegExp(String.raw`(?:^\s*|,\s+|\s(?:en|maar|and|but)\s+(?:(?:dat|that)\s+)?)(?:(?:in|by) (?:19|20)\d\d,?\s+)?(?:(?:dat|dit|datzelfde|that|this|the same) ${COUNT_NOUN}|the (?:figure|total|number)(?! of))\b[^\d]*$`);
/** A demonstrative with a noun for a count, anywhere: "dat aantal", "dit cijfer", "that number". */
export const DEMONSTRATIVE_COUNT = new RegExp(String.raw`\b(?:dat|dit|datzelfde|that|this) ${COUNT_NOUN}\b`);

/**
 * A year's number spoken of before, anywhere in the clause: "whether the 2016 number stayed below",
 * "the number for 2017 was just over", "het cijfer over 2016 lag onder". A year names which
 * of the counts spoken of; the noun does not say what is counted.
 */
export const YEAR_NUMBER_ANAPHOR =
  /(?:^|[^\p{L}])(?:the (?:19|20)\d\d (?:figure|total|number)|the (?:figure|total|number) (?:for|in) (?:19|20)\d\d|(?:het|de) (?:(?:19|20)\d\d-?)(?:cijfer|totaal)|het (?:aantal|cijfer|totaal) (?:van|in|over|voor) (?:19|20)\d\d)(?![\p{L}\d])[^\d]*$/u;

/** "zo'n soort verzoek", "zulke aanvragen", "such requests": a count of the kind just spoken of. */
export const SAME_KIND = /(?:^|[^\p{L}])(?:zo'n (?:soort )?|zulke |dergelijke |dat soort |die soort |such (?:an? )?|this kind of |that kind of |these kinds of )[\p{L}-]+/u;

/**
 * Between a figure and words after it: a conjunction that opens another clause, with no number
 * or sentence end ("40.000 en de prognose voor "). Words there that a number soon follows
 * (NUMBER_SOON) speak of that number: "vorig jaar ruim 40.000 en de prognose voor dit jaar komt
 * op 60.000" — the forecast and "dit jaar" are the 60.000's. So after a clause set against it:
 * "966 000 last year, whereas in 2016 the Union's borders saw well over 1.2 million".
 */
const CONJUNCT_GAP = /^[^\d.;:]*\s(?:en|and|maar|but|terwijl|whereas|while)\s[^\d.;:]*$/;
/** A semicolon right before the time: "… 280,000; in 2015 the figure climbed to 1.8 million" opens the next clause. */
const SEMICOLON_GAP = /^[^\d.;:]*;\s*(?:in|en|and|maar|but)?\s*$/;
/** A number soon after, not a year ("… and asylum seekers forecast for 2016" has no number of its own). */
const NUMBER_SOON = /^[^\d.;:]{0,40}(?!(?:19|20)\d\d\b(?![.,]\d))\d/;

/**
 * A conjunction, a verb's words and a clause of its own before the next number: "circa 53.000
 * mensen en verwacht dat er in december 76.500", "and expects that by December 76,500": words
 * after that number ("76.500 plekken nodig") are its own. (Not a list, "8.000 en
 * 9.000 plekken nodig", "Afghans with 129,000 and Turks with 55,000 applications", whose last
 * words speak of every member.)
 */
const CLAUSE_BEFORE_NEXT_NUMBER = /^[^\d.;:]*\s(?:en|and|maar|but)\s+(?:[^\s\d.;:]+\s+){1,8}(?:dat|that|omdat|because|zodat)\s[^\d.;:]*$/;

/** Whether words at [a, b), after a figure ending at `ne`, open the next conjunct or follow its number in a clause of its own (see above). */
export function inNextConjunct(t: string, ne: number, a: number, b: number): boolean {
  if (a < ne) return false;
  if (a - ne <= 60 && (CONJUNCT_GAP.test(t.slice(ne, a)) || SEMICOLON_GAP.test(t.slice(ne, a))) && NUMBER_SOON.test(t.slice(b, b + 48))) return true;
  const next = a - ne <= 200 ? /\d/.exec(t.slice(ne, a)) : null;
  return !!next && CLAUSE_BEFORE_NEXT_NUMBER.test(t.slice(ne, ne + next.index));
}

/**
 * What stands between a year and the figure it labels: a colon ("2014: 148.000"), or a dash
 * between spaces ("2014 – 662,165") before a number that is no year ("2014 – 2016" is a span).
 */
export const YEAR_LABEL_SEPARATOR = String.raw`(?:\s?:\s?|\s[–-]\s(?!(?:19|20)\d\d(?!\d)))`;
/** Two labelled years in one stretch of text: a list of "year: figure" items ("2013: 146.000 / 2014: bijna 148.000", "2013 – 464,505; 2014 – 662,165"). */
export const YEAR_LABEL_LIST = new RegExp(String.raw`(?:19|20)\d\d${YEAR_LABEL_SEPARATOR}(?:[\p{L}]+\s+)?\d[^]*?(?:19|20)\d\d${YEAR_LABEL_SEPARATOR}(?:[\p{L}]+\s+)?\d`, 'u');

/** Words that open a clause set against the one before: "…, terwijl het aantal nareizigers steeg", "…, while 157,900 moved out". */
export const CONTRAST = 'terwijl|maar|hoewel|whereas|while|but|although';
/**
 * A conjunction that opens a clause of its own after a figure: ", toen Syrische vluchtelingen
 * kwamen" (bare "toen" is also "then"), "when Afghan families arrived" — and "as" when a verb follows its subject ("as Syrian
 * refugees fled"; not "registered as Syrian nationals", "twice as many Eritreans").
 */
export const SUBORDINATOR =
  /(?:^|[^\p{L}])(?:(?:because|since|while|whereas|when|after|omdat|doordat|terwijl|nadat|zodat|waardoor)\s|,\s*toen\s|as\s+(?:[\p{L}-]+\s+){1,2}(?:\p{L}+ed|fled|came|went|left|kept|sought|made|took|began|ran|were|are|had|have)\b)/u;

/** Words that always set one figure against another ("tegenover", "compared with", "as opposed to", "down from", "a decrease from", "double the"). */
export const SET_AGAINST_WORDS =
  "tegenover|tegen|vergeleken met|in vergelijking met|ten opzichte van|t\\.o\\.v\\.?|in tegenstelling tot|compared (?:with|to)|as opposed to|in contrast to|relative to|against|versus|vs\\.?|(?:down|up) from|(?:decrease|drop|fall|decline|increase|rise)s? from|(?:double|twice|triple|treble) the";

/** Right before a figure set against another: "tegenover 298.000", "compared with about 250,000", "down from more than 1 million", "as opposed to 17,390", "compared to the 435,000 in 2023". */
export const SET_AGAINST_FIGURE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SET_AGAINST_WORDS})\\s+(?:(?:the|de|het)\\s+)?(?:(?:ruim|bijna|circa|ongeveer|zo'n|about|nearly|almost|some|over|more than|less than|fewer than|meer dan|minder dan)\\s+)?$`,
  'u',
);

/** A cue that opens with a verb of change ("increased by", "groeide met", "nam … toe met"): it says how a count moved. */
export const CHANGE_VERB_CUE = /^(?:increased|decreased|grew|rose|fell|dropped|declined|climbed|groeide|groeiden|steeg|stegen|daalde|daalden|nam|namen)\b/;

/** Words that make a percentage a change of the figure before: "8 procent meer", "down 11%". */
export const PERCENT_CHANGE = /\b(?:meer|minder|more|fewer|less|hoger|lager|higher|lower|gestegen|gedaald|toename|afname|stijging|daling|rose|fell|fall|drop|dropped|rise|risen|grew|decline|declined|increase|decrease|up|down|gegroeid|gezakt)\b/;
/**
 * A count that points back at the figure before: "waren dat er", "that was", "het cijfer bedroeg",
 * and with the verb first after a time ("In 2018 bedroeg dat aantal …").
 */
export const ANAPHORIC_COUNT = /\b(?:(?:waren|was|zijn|is|werden) (?:dat|dit|het) er|(?:dat|dit|het) waren er|(?:dat|dit) zijn er|(?:that|this|those) (?:was|were)|(?:the|that) (?:figure|number) (?:was|were|stood at)|(?:het|dat) (?:cijfer|aantal) (?:was|lag op|bedroeg|kwam uit op)|(?:was|bedroeg|lag|kwam) (?:dat|dit) (?:cijfer|aantal)(?: (?:op|uit op))?)\b/;
/** A count spoken of before that moved, in the figure's clause: "daalde dat aantal … tot", "that number fell to", "dit cijfer steeg naar". */
export const ANAPHORIC_CHANGED_COUNT = /\b(?:(?:daalde|steeg|groeide|zakte|slonk|nam|liep|ging) (?:dat|dit) (?:cijfer|aantal)|(?:dat|dit) (?:cijfer|aantal) (?:daalde|steeg|groeide|zakte|slonk|nam|liep|ging)|(?:that|this) (?:figure|number) (?:fell|rose|dropped|grew|climbed|declined|decreased|increased|went))\b/;
/** Between a count word and the verb or "to" after it: "fors", "vorig jaar", "sharply". */
const CHANGE_ADVERBS = String.raw`(?: (?:fors|flink|sterk|licht|iets|verder|nog|opnieuw|weer|ook|snel|scherp|explosief|enorm|daarna|toen|vervolgens|vorig jaar|dit jaar|dat jaar|afgelopen jaar|in (?:19|20)\d\d|then|again|also|further|sharply|steeply|quickly|slightly|last year|that year))*`;
/**
 * Right before a number, a count with no noun of its own that moved to it: "ging het aantal fors
 * omhoog naar", "is het aantal verder gestegen tot", "the number then rose to". It is the count
 * the sentence before named ("Het aantal asielzoekers groeit sinds 2012. In 2014 liep het
 * aantal op tot ongeveer 30.000"). Only adverbs stand between the count word and the verb: a
 * noun there ("het aantal woningen steeg naar") is a count of something else.
 */
export const ANAPHORIC_CHANGE_TO = new RegExp(
  String.raw`(?:\b(?:steeg|stijgt|daalde|daalt|groeide|groeit|ging|gaat|liep|loopt|nam|neemt|klom|zakte|schoot) (?:het|dat|dit) (?:aantal|cijfer|totaal)${CHANGE_ADVERBS} (?:(?:omhoog|omlaag|op|toe|af|terug|uit) )?(?:naar|tot|op)` +
    String.raw`|\b(?:het|dat|dit) (?:aantal|cijfer|totaal)${CHANGE_ADVERBS} (?:gestegen|gedaald|gegroeid|toegenomen|afgenomen|opgelopen|teruggelopen|gezakt) (?:naar|tot)` +
    String.raw`|\b(?:the|that|this) (?:number|figure|total|tally)${CHANGE_ADVERBS} (?:rose|climbed|jumped|grew|increased|fell|dropped|declined|decreased|went (?:up|down)|shot up|soared)${CHANGE_ADVERBS} to)\s+$`,
);
/** A sentence opening that stands for what the sentence before named: "Dat", "Toen", "Their numbers". */
export const ANAPHORIC_START = /^(?:dat|dit|het|er|toen|daarvan|hun aantal(?:len)?|that|this|it|those|these|their numbers?)\b/;

/**
 * Words of change before "tot N" in their clause ("steeg vorig jaar tot", "nam met 3.000 af tot",
 * "een toename tot"): the count came to N — "tot" is not "up to" there.
 */
export const CHANGED_TO = /(?:^|[^\p{L}])(?:steeg|stegen|stijgt|gestegen|daalde|daalden|daalt|gedaald|groeide|groeiden|groeit|gegroeid|toegenomen|afgenomen|opgelopen|liep(?:en)? op|slonk|geslonken|zakte|gezakt|verdubbeld|verdrievoudigd|(?:nam|namen|neemt)(?:[^.;:!?]|\.(?=\d)){0,40}(?:toe|af)|toename|afname|stijging|daling|groei)(?![\p{L}])(?:[^.;:!?]|\.(?=\d)){0,60}$/u;

/**
 * Right before a number: the start of a change spoken of as a noun — "the drop from the previous
 * year's record of", "the fall from", "de daling vanaf het record van" — the level the change started from.
 */
export const FALL_FROM =
  /\b(?:the|this|that|its|a|de|die|deze)\s+(?:fall|drop|decline|decrease|rise|increase|jump|daling|stijging|afname|toename)\s+(?:from|vanaf|van)\s+(?:(?:last year's|the previous year's|the|a|an|its|het|de|een)\s+)?(?:(?:record|peak|high|low|level|total|piek|niveau|totaal|hoogtepunt)\s+(?:of|van)\s+)?$/;

/**
 * Words that leave out what follows them: "not counting", "excluding", "doesn't include",
 * "exclusief", "niet meegerekend". What they name is not what a figure near them counts.
 */
export const LEFT_OUT = /(?<![\p{L}])(?:not counting|not including|(?:does|do|did)(?:n['\u2019]t| not) include|excluding|leaving (?:aside|out)|apart from|on top of|exclusief|niet meegerekend|niet meegeteld|los van|afgezien van|bovenop)(?![\p{L}])/u;

/**
 * Right before a count, a verb of processing: "behandelde (vorig jaar) 24 duizend", "handled",
 * "processed". What a body processed may be its decisions rather than what was filed.
 */
export const PROCESSED_BEFORE = /(?<![\p{L}])(?:behandelde|behandelden|afgehandeld|handelde|handelden|verwerkte|verwerkten|handled|processed|dealt with)(?![\p{L}])[^.;:]*$/u;
/** After the figure, in its clause: "bijna 35 duizend asielaanvragen behandeld", "applications processed". */
export const PROCESSED_AFTER = /^[^.;:]*?(?<![\p{L}])(?:behandeld|afgehandeld|verwerkt|handled|processed|dealt with)(?![\p{L}])/u;

/**
 * Right before a time a figure is likened to or measured against, with no word between but an
 * article and a noun for its level: "close to the 2014 figure", "below the 2023 peak", "in line
 * with trends seen in 2024", "dicht bij het niveau van 2016", or that it is like: "net als vorig jaar",
 * "just as in 2015", "almost identical to 2023", "vergelijkbaar met 2022" (its own time is another
 * one named). Checked on its own, only right before
 * the time: a word like "near" or "above" may also stand before the figure itself ("close to
 * 90,000 fewer than the year before"), where the comparison is the later "than".
 */
export const LIKENED_BEFORE = /(?<![\p{L}])(?:(?:net als|evenals|zoals|just as|like|(?:identical|similar|comparable) (?:to|with)|the same(?: number| level)? as|vergelijkbaar met|gelijk aan|(?:(?:hetzelfde|eenzelfde)(?: aantal| niveau)?|evenveel|(?:net )?zo ?veel|even hoog) als)(?:\s+(?:in|during|tijdens))?|close to|near|(?:on a )?par with|in line with|level with|(?:well |far |just |slightly )?(?:above|below)|dicht bij|in de buurt van|(?:boven|onder|op) het niveau van|at the level of)(?:\s+(?:the|het|de|its|zijn|haar))?(?:\s+(?:(?:level|levels|figure|total|peak|high|record|threshold|trends?)(?:\s+(?:seen\s+)?(?:of|in))?|niveau|cijfer|totaal|piek|record)(?:\s+(?:van|in))?)?\s*$/u;
