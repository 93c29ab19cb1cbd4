/**
 * Builds the second bundled fact pack, data/official-statistics/, from the official-figures
 * material in ../shared/official-figures/official-figures.json (276 entries, see its README).
 *
 *   npx tsx lib/cli/build-official-pack.ts          write the JSON files
 *   npx tsx lib/cli/build-official-pack.ts --check  exit 1 if the committed files are stale
 *
 * The generated JSON is committed; the extension never reads ../shared at run time.
 *
 * What this does, and nothing more (the material's README: "Nothing was derived"):
 * - every entry with confidence high or medium becomes exactly one fact whose id is the
 *   entry id lowercased; low-confidence entries are left out;
 * - `value` stays the value; `range: {min: X}` ("more than / ruim / over X") becomes
 *   `value: X, qualifier: 'more-than'`; `range: {max: X}` ("almost / bijna / fewer than X")
 *   becomes `value: X, qualifier: 'less-than'` (always less-than, never at-most, because the
 *   material uses max for "almost" and "under", which exclude X); a hedge word right before
 *   the figure in `evidence` ("about", "around", "some", "approximately", "at least") sets
 *   `approximately` / `at-least`;
 * - "change vs previous year" entries carry a signed percentage; the pack stores its size
 *   with `change.direction` (the sign) and `change.since` (the year before the period);
 * - the period is kept when the schema can express it; otherwise it is mapped by the explicit
 *   table PERIODS below and the material's own text goes into `periodNote`;
 * - `published` is the material's date cut to the precision that is certain
 *   ("2020-07/08 (week 31 2020)" → "2020"), with the original text in `publishedNote`;
 * - each distinct page (url) that backs a fact becomes one source of kind `webpage`;
 * - each measure of the material maps to one metric concept (MEASURES) with a counting rule.
 * No sums, no rates, no differences are computed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------
// The material

export interface MaterialEntry {
  id: string;
  measure: string;
  measure_nl: string;
  value?: number;
  range?: { min?: number; max?: number };
  unit: string;
  period: string;
  geo: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  secondhand: boolean;
  via: string | null;
  evidence: string;
  confidence: 'high' | 'medium' | 'low';
}

export const MATERIAL_PATH = path.resolve(process.cwd(), '../shared/official-figures/official-figures.json');
export const OUT_DIR = path.resolve(process.cwd(), 'data/official-statistics');

type Bi = { nl: string; en: string };

// ---------------------------------------------------------------------------------------
// Concepts: one metric per measure that is not interchangeable with another.

interface ConceptSpec {
  id: string;
  label: Bi;
  definition: Bi;
  countingRule: Bi;
  terms: { nl: string[]; en: string[] };
  /** The material's `measure` values whose entries are facts of this concept. */
  measures: string[];
  /** The generic concept of the nl-migration-agenda pack that this one refines (refines.json). */
  refines?: string;
}

export const CONCEPTS: ConceptSpec[] = [
  // --- Asylum applications in the Netherlands ------------------------------------------
  {
    id: 'stat-first-asylum-cbs',
    label: { nl: 'Eerste asielverzoeken (CBS-reeks)', en: 'First asylum requests (CBS series)' },
    definition: {
      nl: 'De reeks eerste asielverzoeken die het CBS zelf publiceert, gebaseerd op registraties van de IND. Het CBS herziet de reeks en rondt af op vijftallen; sinds de herziening telt de reeks geen nareizigers mee. Een verfijning van het algemene begrip eerste asielaanvragen.',
      en: "The series of first asylum requests that CBS publishes itself, built from IND registrations. CBS revises the series and rounds to fives; since the revision it excludes nareizigers. A refinement of the generic notion of first asylum applications.",
    },
    countingRule: {
      nl: 'Personen die voor het eerst asiel vragen in Nederland, per kwartaal of jaar, volgens de (herziene) CBS-reeks; zonder herhaalde aanvragen en zonder nareizigers.',
      en: 'People requesting asylum in the Netherlands for the first time, per quarter or year, as in the (revised) CBS series; without repeat applications and without nareizigers.',
    },
    terms: {
      nl: ['eerste asielverzoeken volgens het CBS', 'eerste asielverzoeken van het CBS', 'CBS-asielcijfers'],
      en: ['first asylum requests according to CBS', 'CBS first asylum requests', 'first-time asylum requests'],
    },
    measures: ['First asylum requests (CBS series)'],
    refines: 'first-asylum-applications',
  },
  {
    id: 'stat-asylum-cbs-first-release',
    label: { nl: 'Asielverzoeken 2014 (CBS, eerste publicatie)', en: 'Asylum requests 2014 (CBS, as first reported)' },
    definition: {
      nl: 'Het aantal asielverzoeken over 2014 zoals het CBS het eerst publiceerde, vóór de herziening die nareizigers uit de reeks haalde. Eind maart 2014 veranderde de regel: nareizigers dienen sindsdien geen asielverzoek meer in.',
      en: 'The number of asylum requests for 2014 as CBS first published it, before the revision that removed nareizigers from the series. The rule changed at the end of March 2014: since then nareizigers no longer lodge an asylum request.',
    },
    countingRule: {
      nl: 'Asielverzoeken in 2014 volgens de eerste CBS-publicatie; onder de oude regel (vóór eind maart 2014) telden nareizigers nog mee. Niet vergelijkbaar met de herziene kwartaalreeks.',
      en: 'Asylum requests in 2014 as first published by CBS; under the old rule (before the end of March 2014) nareizigers were still included. Not comparable with the revised quarterly series.',
    },
    terms: {
      nl: ['asielverzoeken volgens de eerste CBS-publicatie'],
      en: ['asylum requests as first reported by CBS'],
    },
    measures: ['Asylum requests (CBS, as first reported)'],
    refines: 'asylum-applications',
  },
  {
    id: 'stat-first-asylum-ind',
    label: { nl: 'Eerste asielaanvragen (IND/ministerie)', en: 'First asylum applications (IND/ministry)' },
    definition: {
      nl: 'Eerste asielaanvragen zoals de IND ze registreert en rapporteert, in haar jaar- en maandcijfers en via de Rapportage Vreemdelingenketen en het ministerie. Wijkt enkele tientallen tot honderden af van de CBS-reeks (2017 zelfs circa 1.400, onverklaard). Een verfijning van het algemene begrip eerste asielaanvragen.',
      en: 'First asylum applications as registered and reported by the IND, in its annual and monthly figures and through the Migration Chain Report and the ministry. Differs from the CBS series by tens to hundreds (in 2017 by about 1,400, unexplained). A refinement of the generic notion of first asylum applications.',
    },
    countingRule: {
      nl: 'Eerste asielaanvragen bij de IND in de periode; zonder herhaalde aanvragen en zonder nareizigers.',
      en: 'First asylum applications lodged with the IND in the period; without repeat applications and without nareizigers.',
    },
    terms: {
      nl: ['eerste asielaanvragen volgens de IND', 'eerste asielaanvragen bij de IND', 'eerste aanvragen bij de IND'],
      en: ['first asylum applications according to the IND', 'first asylum applications to the IND', 'first applications to the IND'],
    },
    measures: ['First asylum applications', 'First asylum applications, change vs previous year'],
    refines: 'first-asylum-applications',
  },
  {
    id: 'stat-repeat-asylum-ind',
    label: { nl: 'Herhaalde (opvolgende) asielaanvragen', en: 'Repeat (subsequent) asylum applications' },
    definition: {
      nl: 'Asielaanvragen van mensen die al eerder asiel hebben aangevraagd. Ze tellen mee in de totale asielinstroom van de IND, niet in de eerste asielaanvragen.',
      en: 'Asylum applications from people who have applied before. They count in the IND total asylum inflow, not in first asylum applications.',
    },
    countingRule: {
      nl: 'Alleen tweede en latere asielaanvragen van dezelfde persoon in de periode (IND).',
      en: 'Only second and later asylum applications by the same person in the period (IND).',
    },
    terms: {
      nl: ['opvolgende asielaanvra*', 'herhaalde asielverzoeken', 'opvolgende aanvragen'],
      en: ['subsequent asylum applications', 'subsequent applications', 'repeat asylum applications'],
    },
    measures: ['Repeat asylum applications'],
    refines: 'asylum-applications',
  },
  {
    id: 'stat-nareizigers-arrived',
    label: { nl: 'Ingereisde nareizigers', en: 'Nareizigers (family members) arrived' },
    definition: {
      nl: 'Gezinsleden van asielvergunninghouders die in de periode daadwerkelijk naar Nederland zijn gekomen (nareizigers), zoals de maandrapportages van de IND en het CBS ze tellen. Niet hetzelfde als het aantal nareisaanvragen.',
      en: 'Family members of asylum permit holders who actually came to the Netherlands in the period (nareizigers), as counted by the IND monthly reports and CBS. Not the same as the number of nareis applications.',
    },
    countingRule: {
      nl: 'Aangekomen nareizigers in de periode (aankomsten, geen aanvragen); sinds eind maart 2014 dienen zij geen eigen asielverzoek in.',
      en: 'Nareizigers who arrived in the period (arrivals, not applications); since the end of March 2014 they no longer lodge their own asylum request.',
    },
    terms: {
      nl: ['nareiziger', 'ingereisde nareizigers', 'aangekomen nareizigers'],
      en: ['nareizigers', 'following family members', 'arriving family members', 'family member arrivals', 'following relatives'],
    },
    measures: ['Family members of asylum permit holders arriving (nareizigers)'],
    refines: 'family-reunification',
  },
  {
    id: 'stat-nareis-applications',
    label: { nl: 'Nareisaanvragen', en: 'Nareis (family reunification) applications' },
    definition: {
      nl: 'Aanvragen van asielvergunninghouders om hun gezin te laten overkomen (nareis), zoals het IND-jaarverslag ze telt; voor 2024 noemt de minister circa 11.880 "nareis aanvragen" binnen het asieltotaal. Een aanvraag is nog geen aankomst.',
      en: 'Applications by asylum permit holders to have their family join them (nareis), as counted in the IND annual report; for 2024 the minister lists about 11,880 "nareis aanvragen" inside the asylum total. An application is not yet an arrival.',
    },
    countingRule: {
      nl: 'Ingediende nareisaanvragen in het jaar (aanvragen, geen aankomsten).',
      en: 'Nareis applications lodged in the year (applications, not arrivals).',
    },
    terms: {
      nl: ['nareisaanvra*', 'nareisverzoek*', 'aanvragen voor nareis', 'nareis aanvragen'],
      en: ['family reunification applications', 'nareis applications', 'applications for family reunification'],
    },
    measures: [
      'Family reunification (nareis) applications of asylum permit holders',
      'Nareis (family reunification) counted in 2024 asylum total',
    ],
    refines: 'family-reunification',
  },
  {
    id: 'stat-first-plus-nareis-cbs',
    label: { nl: 'Eerste asielverzoeken plus nareizigers (CBS)', en: 'First asylum requests plus nareizigers (CBS)' },
    definition: {
      nl: 'Het CBS-totaal van eerste asielverzoeken en aangekomen nareizigers samen. Zonder herhaalde aanvragen, dus lager dan de totale asielinstroom van de IND.',
      en: 'The CBS total of first asylum requests and arrived nareizigers together. Without repeat applications, so lower than the IND total asylum inflow.',
    },
    countingRule: {
      nl: 'Eerste asielverzoeken plus aangekomen nareizigers in het jaar, zoals het CBS ze samen publiceert; herhaalde aanvragen tellen niet mee.',
      en: 'First asylum requests plus arrived nareizigers in the year, as CBS publishes them together; repeat applications are not included.',
    },
    terms: {
      nl: ['eerste asielverzoeken en nareizigers', 'asielzoekers en nareizigers'],
      en: ['first-time asylum seekers plus arriving relatives', 'asylum seekers and relatives', 'asylum seekers and following relatives'],
    },
    measures: ['First asylum requests plus arriving family members (nareizigers)'],
    refines: 'asylum-inflow',
  },
  {
    id: 'stat-total-inflow-ind',
    label: { nl: 'Totale asielinstroom (IND-definitie)', en: 'Total asylum inflow (IND definition)' },
    definition: {
      nl: 'De totale asielinstroom zoals de IND die definieert: eerste asielaanvragen, herhaalde aanvragen en nareizigers samen. Zonder herplaatsing en hervestiging, en dus lager dan de wekelijkse totalen van het ministerie. Een verfijning van het algemene begrip asielinstroom.',
      en: 'Total asylum inflow as the IND defines it: first asylum applications, repeat applications and nareizigers together. Without relocation and resettlement, so lower than the ministry weekly totals. A refinement of the generic notion of asylum inflow.',
    },
    countingRule: {
      nl: 'Eerste aanvragen + herhaalde aanvragen + nareizigers in het jaar; zonder herplaatsing en hervestiging.',
      en: 'First applications + repeat applications + nareizigers in the year; without relocation and resettlement.',
    },
    terms: {
      nl: ['totale asielinstroom', 'totale instroom van asielzoekers', 'totale asielinstroom volgens de IND'],
      en: ['total asylum inflow', 'total inflow of asylum seekers', 'total asylum influx'],
    },
    measures: [
      'Total asylum inflow (first + repeat applications + nareizigers)',
      'Asylum applications total (first + nareis + repeat)',
    ],
    refines: 'asylum-inflow',
  },
  {
    id: 'stat-total-inflow-chain-report',
    label: {
      nl: 'Asielinstroom inclusief herplaatsing en hervestiging (Rapportage Vreemdelingenketen)',
      en: 'Asylum inflow including relocation and resettlement (Migration Chain Report)',
    },
    definition: {
      nl: 'Het totaal dat de Rapportage Vreemdelingenketen geeft wanneer ook herplaatste en hervestigde vluchtelingen worden meegeteld. Hoger dan de IND-definitie van de totale asielinstroom.',
      en: 'The total that the Migration Chain Report gives when relocated and resettled refugees are counted as well. Higher than the IND definition of total asylum inflow.',
    },
    countingRule: {
      nl: 'Totale asielinstroom inclusief herplaatsing (relocatie) en hervestiging in het jaar, volgens de Rapportage Vreemdelingenketen.',
      en: 'Total asylum inflow including relocation and resettlement in the year, according to the Migration Chain Report.',
    },
    terms: {
      nl: ['asielinstroom inclusief herplaatsing en hervestiging', 'instroom inclusief herplaatsing en hervestiging'],
      en: ['asylum inflow including relocation and resettlement', 'inflow including relocation and resettlement'],
    },
    measures: ['Total asylum inflow incl. relocation and resettlement'],
    refines: 'asylum-inflow',
  },
  {
    id: 'stat-total-inflow-weekly',
    label: { nl: 'Asielaanvragen volgens de weekcijfers van het ministerie', en: 'Asylum applications in the ministry weekly figures' },
    definition: {
      nl: 'Het jaartotaal van de wekelijks gepubliceerde asielcijfers van het ministerie, opgeteld door Trouw. De weekcijfers zijn afgerond en tellen naast eerste en herhaalde aanvragen en nareis ook herplaatsing en hervestiging mee.',
      en: "The annual total of the ministry's weekly published asylum figures, summed by Trouw. The weekly figures are rounded and count relocation and resettlement besides first and repeat applications and nareis.",
    },
    countingRule: {
      nl: 'Som van de afgeronde weekcijfers over het jaar: eerste, herhaalde, nareis, herplaatsing en hervestiging.',
      en: 'Sum of the rounded weekly figures over the year: first, repeat, nareis, relocation and resettlement.',
    },
    terms: {
      nl: ['wekelijkse asielcijfers', 'weekcijfers asiel', 'asielweekcijfers', 'weekcijfers van het ministerie'],
      en: ['weekly asylum figures', 'weekly asylum statistics'],
    },
    measures: [
      'Asylum applications, annual total of ministry weekly counts (first, repeat, nareis, relocation, resettlement)',
    ],
    refines: 'asylum-inflow',
  },
  {
    id: 'stat-asylum-total-unspecified',
    label: { nl: 'Asielaanvragen volgens een jaarverslag (samenstelling niet vermeld)', en: 'Asylum applications in an annual report (composition not stated)' },
    definition: {
      nl: 'Een jaartotaal van asielaanvragen uit een jaarverslag (COA over 2014, IND over 2022) zonder dat de bron zegt welke aanvragen meetellen. Vergelijk het niet zonder meer met de IND-definitie van de totale instroom.',
      en: 'An annual total of asylum applications from an annual report (COA for 2014, IND for 2022) where the source does not say which applications are included. Do not compare it as such with the IND definition of total inflow.',
    },
    countingRule: {
      nl: 'Asielaanvragen in het jaar volgens het jaarverslag; of herhaalde aanvragen en nareizigers meetellen, staat er niet bij.',
      en: 'Asylum applications in the year according to the annual report; whether repeat applications and nareizigers are included is not stated.',
    },
    terms: {
      nl: ['asielaanvragen volgens het jaarverslag', 'asielaanvragen in het jaarverslag'],
      en: ['asylum applications according to the annual report'],
    },
    measures: ['Asylum applications (COA annual report)', 'Asylum applications (IND annual report)'],
    refines: 'asylum-applications',
  },
  {
    id: 'stat-asylum-seekers-svm',
    label: { nl: 'Asielzoekers (Staat van Migratie)', en: 'Asylum seekers (State of Migration)' },
    definition: {
      nl: 'Het aantal asielzoekers dat de Staat van Migratie 2023 voor 2022 noemt (49.000), hoger dan de IND-definitie van de totale instroom (47.991) en dan het IND-jaarverslag (48.000). De samenstelling wordt niet uitgelegd.',
      en: 'The number of asylum seekers that the State of Migration 2023 gives for 2022 (49,000), higher than the IND definition of total inflow (47,991) and than the IND annual report (48,000). Its composition is not explained.',
    },
    countingRule: {
      nl: 'Asielzoekers in het jaar volgens de Staat van Migratie; afgerond op duizendtallen, samenstelling niet vermeld.',
      en: 'Asylum seekers in the year according to the State of Migration; rounded to thousands, composition not stated.',
    },
    terms: {
      nl: ['asielzoekers volgens de Staat van Migratie'],
      en: ['asylum seekers according to the State of Migration'],
    },
    measures: ['Asylum seekers (Staat van Migratie definition)'],
    refines: 'asylum-inflow',
  },
  // --- Migration to and from the Netherlands -------------------------------------------
  {
    id: 'stat-immigration-cbs',
    label: { nl: 'Immigratie (CBS, definitief)', en: 'Immigration (CBS, final)' },
    definition: {
      nl: 'Alle mensen die zich in een jaar in Nederland vestigen, voor elk motief, volgens de definitieve CBS-cijfers (ook zoals de Rijksoverheid ze overneemt). Het meeste daarvan is geen asielmigratie. Een verfijning van het algemene begrip immigratie.',
      en: 'Everyone who settles in the Netherlands in a year, for any reason, according to the final CBS figures (also as the government repeats them). Most of it is not asylum migration. A refinement of the generic notion of immigration.',
    },
    countingRule: {
      nl: 'Vestigingen in Nederland in het kalenderjaar, alle motieven en nationaliteiten (definitieve CBS-cijfers).',
      en: 'Settlements in the Netherlands in the calendar year, all motives and nationalities (final CBS figures).',
    },
    terms: {
      nl: ['immigratie volgens het CBS', 'immigratiecijfers van het CBS', 'CBS-immigratiecijfers'],
      en: ['immigration according to CBS', 'CBS immigration figures'],
    },
    measures: ['Immigration'],
    refines: 'immigration',
  },
  {
    id: 'stat-immigration-svm',
    label: { nl: 'Immigratie (Staat van Migratie)', en: 'Immigration (State of Migration)' },
    definition: {
      nl: 'Het aantal mensen dat volgens de Staat van Migratie 2024 in 2023 naar Nederland kwam (332.863). De CBS-tabel geeft voor 2023 335.668; het verschil wordt niet uitgelegd.',
      en: 'The number of people who came to the Netherlands in 2023 according to the State of Migration 2024 (332,863). The CBS table gives 335,668 for 2023; the difference is not explained.',
    },
    countingRule: {
      nl: 'Mensen die in het jaar naar Nederland kwamen, voor elk motief, zoals de Staat van Migratie ze telt.',
      en: 'People who came to the Netherlands in the year, for any reason, as counted by the State of Migration.',
    },
    terms: {
      nl: ['immigratie volgens de Staat van Migratie'],
      en: ['immigration according to the State of Migration'],
    },
    measures: ['Immigration (Staat van Migratie)'],
    refines: 'immigration',
  },
  {
    id: 'stat-immigration-cbs-provisional',
    label: { nl: 'Immigratie (CBS, voorlopig)', en: 'Immigration (CBS, provisional)' },
    definition: {
      nl: 'Voorlopige CBS-cijfers over immigratie, voor een deel van het jaar of vlak na afloop ervan. Ze worden later herzien; voor 2022 was voorlopig 401.351 en definitief 403.108.',
      en: 'Provisional CBS figures on immigration, for part of a year or just after it ended. They are revised later; for 2022 the provisional figure was 401,351 and the final one 403,108.',
    },
    countingRule: {
      nl: 'Vestigingen in Nederland in de periode volgens de voorlopige CBS-cijfers.',
      en: 'Settlements in the Netherlands in the period according to provisional CBS figures.',
    },
    terms: {
      nl: ['voorlopige immigratiecijfers', 'voorlopige cijfers over immigratie'],
      en: ['provisional immigration figures'],
    },
    measures: ['Immigration (provisional)'],
    refines: 'immigration',
  },
  {
    id: 'stat-emigration-cbs',
    label: { nl: 'Emigratie (CBS, definitief)', en: 'Emigration (CBS, final)' },
    definition: {
      nl: 'Alle mensen die in een jaar vanuit Nederland naar het buitenland vertrekken om daar te wonen, volgens de definitieve CBS-cijfers.',
      en: 'Everyone who leaves the Netherlands in a year to live abroad, according to the final CBS figures.',
    },
    countingRule: {
      nl: 'Vertrekken naar het buitenland in het kalenderjaar, alle nationaliteiten (definitieve CBS-cijfers).',
      en: 'Departures abroad in the calendar year, all nationalities (final CBS figures).',
    },
    terms: { nl: ['emigratie', 'emigranten', 'emigreerden'], en: ['emigration', 'emigrants', 'emigrated'] },
    measures: ['Emigration'],
  },
  {
    id: 'stat-emigration-cbs-provisional',
    label: { nl: 'Emigratie (CBS, voorlopig)', en: 'Emigration (CBS, provisional)' },
    definition: {
      nl: 'Voorlopige CBS-cijfers over emigratie, die later worden herzien (2022: voorlopig 173.469, definitief 179.310).',
      en: 'Provisional CBS figures on emigration, revised later (2022: provisional 173,469, final 179,310).',
    },
    countingRule: {
      nl: 'Vertrekken naar het buitenland in de periode volgens de voorlopige CBS-cijfers.',
      en: 'Departures abroad in the period according to provisional CBS figures.',
    },
    terms: { nl: ['voorlopige emigratiecijfers'], en: ['provisional emigration figures'] },
    measures: ['Emigration (provisional)'],
  },
  {
    id: 'stat-net-migration-cbs',
    label: { nl: 'Migratiesaldo (CBS, definitief)', en: 'Net migration (CBS, final)' },
    definition: {
      nl: 'Immigratie min emigratie in een jaar, zoals het CBS dat zelf publiceert (definitieve cijfers). Het pakket berekent het niet zelf.',
      en: 'Immigration minus emigration in a year, as CBS itself publishes it (final figures). The pack does not compute it.',
    },
    countingRule: {
      nl: 'Het door het CBS gepubliceerde saldo van vestigingen en vertrekken in het kalenderjaar.',
      en: 'The balance of settlements and departures in the calendar year as published by CBS.',
    },
    terms: {
      nl: ['migratiesaldo', 'netto migratie', 'nettomigratie', 'migratieoverschot'],
      en: ['net migration', 'migration balance', 'net immigration'],
    },
    measures: ['Net migration'],
    refines: 'immigration',
  },
  {
    id: 'stat-net-migration-cbs-provisional',
    label: { nl: 'Migratiesaldo (CBS, voorlopig)', en: 'Net migration (CBS, provisional)' },
    definition: {
      nl: 'Het voorlopige migratiesaldo van het CBS, dat later wordt herzien (2022: voorlopig 227.882, definitief 223.798).',
      en: 'The provisional CBS net migration, revised later (2022: provisional 227,882, final 223,798).',
    },
    countingRule: {
      nl: 'Het voorlopige saldo van vestigingen en vertrekken in de periode, zoals het CBS het publiceert.',
      en: 'The provisional balance of settlements and departures in the period, as CBS publishes it.',
    },
    terms: { nl: ['voorlopig migratiesaldo'], en: ['provisional net migration'] },
    measures: ['Net migration (provisional)'],
    refines: 'immigration',
  },
  // --- People from Ukraine -----------------------------------------------------------------
  {
    id: 'stat-ukr-registered-cumulative',
    label: { nl: 'Uit Oekraïne ingeschreven in de BRP (cumulatief)', en: 'People from Ukraine registered with a municipality (cumulative)' },
    definition: {
      nl: 'Het aantal mensen uit Oekraïne dat zich sinds 24 februari 2022 bij een gemeente heeft ingeschreven (BRP), opgeteld tot een peildatum. Mensen die weer vertrokken blijven meetellen; het is geen aantal dat nu in Nederland woont.',
      en: 'The number of people from Ukraine who registered with a municipality (BRP) since 24 February 2022, cumulated up to a reference date. People who left again stay counted; it is not the number living in the Netherlands now.',
    },
    countingRule: {
      nl: 'Inschrijvingen in de BRP sinds 24 februari 2022 tot de peildatum (cumulatief, inclusief wie weer vertrok).',
      en: 'BRP registrations since 24 February 2022 up to the reference date (cumulative, including those who left again).',
    },
    terms: {
      nl: ['ingeschreven in de BRP', 'ingeschreven bij een gemeente', 'ingeschreven bij gemeenten', 'sinds de inval ingeschreven'],
      en: ['registered with a municipality', 'registered with municipalities', 'registered in the BRP', 'registered since the invasion'],
    },
    measures: [
      'Persons from Ukraine registered with a municipality (BRP) since 24 Feb 2022',
      'Ukrainians registered with municipalities (BRP)',
      'Ukrainians registered since invasion (cumulative)',
    ],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-registered-in-year',
    label: { nl: 'In 2022 ingeschreven Oekraïners', en: 'Ukrainians registered during 2022' },
    definition: {
      nl: 'Het CBS noemt bijna 90.000 Oekraïners die in 2022 bij een gemeente ingeschreven waren. De Volkskrant meldt op basis van CBS-cijfers circa 105.000 inschrijvingen tot 1 januari 2023, van wie 16.700 weer vertrokken; de bronnen zeggen niet precies hoe beide tellingen zich verhouden.',
      en: 'CBS mentions nearly 90,000 Ukrainians registered with a municipality in 2022. De Volkskrant, citing CBS, reports about 105,000 registrations up to 1 January 2023, of whom 16,700 left again; the sources do not say exactly how the two counts relate.',
    },
    countingRule: {
      nl: 'Oekraïners ingeschreven bij een gemeente in het kalenderjaar 2022, zoals het CBS het formuleert.',
      en: 'Ukrainians registered with a municipality in calendar year 2022, as CBS words it.',
    },
    terms: { nl: ['in 2022 ingeschreven', 'in de loop van 2022 ingeschreven'], en: ['registered during 2022', 'registered in 2022'] },
    measures: ['Ukrainians registered with a municipality during 2022'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-municipal-reception',
    label: { nl: 'Oekraïners in gemeentelijke opvang', en: 'Ukrainians in municipal reception' },
    definition: {
      nl: 'Het aantal mensen uit Oekraïne dat op een peildatum in opvang van gemeenten verbleef, volgens het ministerie. Minder dan het aantal ingeschrevenen: niet iedereen woont in gemeentelijke opvang.',
      en: 'The number of people from Ukraine staying in municipal reception on a reference date, according to the ministry. Lower than the number registered: not everyone lives in municipal reception.',
    },
    countingRule: {
      nl: 'Personen uit Oekraïne in gemeentelijke opvang op de peildatum (een voorraad, geen instroom).',
      en: 'People from Ukraine in municipal reception on the reference date (a stock, not an inflow).',
    },
    terms: {
      nl: ['gemeentelijke opvang', 'gemeentelijke opvang Oekraïners', 'opvang door gemeenten'],
      en: ['municipal reception', 'municipal shelters', 'government shelters'],
    },
    measures: ['Ukrainians in municipal reception'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-residing',
    label: { nl: 'In Nederland verblijvende Oekraïense vluchtelingen', en: 'Ukrainian refugees living in the Netherlands' },
    definition: {
      nl: 'Het aantal Oekraïners dat sinds de oorlog kwam en op een peildatum in Nederland woonde (CBS). Een voorraad: wie weer vertrok telt niet mee.',
      en: 'The number of Ukrainians who came since the war and lived in the Netherlands on a reference date (CBS). A stock: those who left again are not counted.',
    },
    countingRule: {
      nl: 'Sinds de oorlog gekomen Oekraïners die op de peildatum in Nederland wonen (voorraad).',
      en: 'Ukrainians who came since the war and live in the Netherlands on the reference date (stock).',
    },
    terms: {
      nl: ['in Nederland verblijvende Oekraïners', 'Oekraïners in Nederland', 'in Nederland wonende Oekraïners'],
      en: ['Ukrainians living in the Netherlands', 'Ukrainian refugees living in the Netherlands', 'Ukrainians in the Netherlands'],
    },
    measures: ['Ukrainian refugees residing in NL', 'Ukrainian migrants residing in NL who came since the war'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-tp-permits',
    label: { nl: 'Vergunningen tijdelijke bescherming voor Oekraïners (cumulatief)', en: 'Temporary-protection permits for Ukrainians (cumulative)' },
    definition: {
      nl: 'Het aantal verblijfsvergunningen onder de Richtlijn Tijdelijke Bescherming dat Nederland sinds de inval aan Oekraïense vluchtelingen heeft afgegeven, tot een peildatum (CBS). Hoger dan het aantal dat nu in Nederland woont.',
      en: 'The number of residence permits under the Temporary Protection Directive that the Netherlands issued to Ukrainian refugees since the invasion, up to a reference date (CBS). Higher than the number living in the Netherlands now.',
    },
    countingRule: {
      nl: 'Afgegeven vergunningen tijdelijke bescherming sinds 24 februari 2022 tot de peildatum (cumulatief).',
      en: 'Temporary-protection permits issued since 24 February 2022 up to the reference date (cumulative).',
    },
    terms: {
      nl: ['vergunningen tijdelijke bescherming', 'verblijfsvergunningen tijdelijke bescherming', 'Richtlijn Tijdelijke Bescherming'],
      en: ['temporary protection permits', 'temporary-protection permits', 'Temporary Protection Directive'],
    },
    measures: ['Temporary protection permits issued to Ukrainian refugees (cumulative)'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-residence-stickers',
    label: { nl: 'Verblijfsstickers voor vluchtelingen uit Oekraïne', en: 'Residence stickers issued to refugees from Ukraine' },
    definition: {
      nl: 'Het aantal verblijfsstickers dat de IND in een jaar aan vluchtelingen uit Oekraïne uitreikte. Een werklastcijfer van de IND, geen aantal aanwezige personen.',
      en: 'The number of residence stickers the IND issued to refugees from Ukraine in a year. A workload figure of the IND, not a number of people present.',
    },
    countingRule: {
      nl: 'Door de IND uitgereikte verblijfsstickers aan vluchtelingen uit Oekraïne in het jaar.',
      en: 'Residence stickers issued by the IND to refugees from Ukraine in the year.',
    },
    terms: { nl: ['verblijfssticker', 'verblijfsstickers'], en: ['residence sticker', 'residence stickers'] },
    measures: ['Residence stickers issued to refugees from Ukraine'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-immigrants',
    label: { nl: 'Immigranten uit Oekraïne (CBS)', en: 'Immigrants from Ukraine (CBS)' },
    definition: {
      nl: 'Het aantal immigranten dat in een jaar uit Oekraïne naar Nederland kwam (CBS). Dit is immigratie uit Oekraïne en omvat ook mensen zonder Oekraïense nationaliteit.',
      en: 'The number of immigrants who came to the Netherlands from Ukraine in a year (CBS). This is immigration from Ukraine and includes people who are not Ukrainian nationals.',
    },
    countingRule: {
      nl: 'Vestigingen in Nederland vanuit Oekraïne in het kalenderjaar, ongeacht nationaliteit.',
      en: 'Settlements in the Netherlands coming from Ukraine in the calendar year, whatever the nationality.',
    },
    terms: { nl: ['immigranten uit Oekraïne', 'immigratie uit Oekraïne'], en: ['immigrants from Ukraine', 'immigration from Ukraine'] },
    measures: ['Immigrants from Ukraine'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-ukr-seeking-protection',
    label: { nl: 'Oekraïners die bescherming zoeken in Nederland', en: 'Ukrainians seeking protection in the Netherlands' },
    definition: {
      nl: 'Het aantal Oekraïners dat volgens de Staat van Migratie 2025 op een peildatum bescherming zocht in Nederland. De bron legt niet uit hoe het zich verhoudt tot inschrijvingen of vergunningen.',
      en: 'The number of Ukrainians seeking protection in the Netherlands on a reference date according to the State of Migration 2025. The source does not explain how it relates to registrations or permits.',
    },
    countingRule: {
      nl: 'Oekraïners die op de peildatum bescherming zoeken in Nederland, zoals de Rijksoverheid het noemt.',
      en: 'Ukrainians seeking protection in the Netherlands on the reference date, as the government words it.',
    },
    terms: {
      nl: ['Oekraïners die bescherming zoeken', 'bescherming zoeken in Nederland'],
      en: ['Ukrainians seeking protection', 'seeking protection in the Netherlands'],
    },
    measures: ['Ukrainians seeking protection in NL'],
    refines: 'ukrainian-refugees-received',
  },
  {
    id: 'stat-eu-temporary-protection-stock',
    label: { nl: 'Begunstigden van tijdelijke bescherming in de EU', en: 'Beneficiaries of temporary protection in the EU' },
    definition: {
      nl: 'Het aantal mensen dat op een peildatum tijdelijke bescherming had in de EU (Eurostat), vooral vluchtelingen uit Oekraïne. Een voorraad, geen aantal toekenningen.',
      en: 'The number of people holding temporary protection in the EU on a reference date (Eurostat), mostly refugees from Ukraine. A stock, not a number of grants.',
    },
    countingRule: {
      nl: 'Personen met tijdelijke bescherming in de EU op de peildatum (voorraad).',
      en: 'People holding temporary protection in the EU on the reference date (stock).',
    },
    terms: {
      nl: ['begunstigden van tijdelijke bescherming', 'met tijdelijke bescherming in de EU'],
      en: ['beneficiaries of temporary protection', 'held temporary protection'],
    },
    measures: ['Beneficiaries of temporary protection (Ukraine)'],
    refines: 'ukrainian-refugees-received',
  },
  // --- COA reception ---------------------------------------------------------------------
  {
    id: 'stat-coa-persons-in-reception',
    label: { nl: 'Bezetting COA: personen in de opvang', en: 'COA occupancy: persons in reception' },
    definition: {
      nl: 'Het aantal mensen dat op een peildatum in de opvang van het COA verbleef. Het COA veranderde zijn maat later naar personen met een opvangovereenkomst en daarna naar personen met recht op COA-opvang; die cijfers zijn niet één op één vergelijkbaar.',
      en: 'The number of people staying in COA reception on a reference date. COA later changed its measure to persons with a reception agreement and then to persons entitled to COA reception; those figures are not directly comparable.',
    },
    countingRule: {
      nl: 'Personen in de COA-opvang op de peildatum (voorraad); de oudste definitie van de COA-bezetting.',
      en: 'People in COA reception on the reference date (stock); the oldest definition of COA occupancy.',
    },
    terms: {
      nl: ['bezetting van het COA', 'COA-bezetting', 'personen in de opvang', 'in de COA-opvang'],
      en: ['COA occupancy', 'people in COA reception', 'persons in reception'],
    },
    measures: ['COA reception occupancy (persons in reception)'],
    refines: 'asylum-reception',
  },
  {
    id: 'stat-coa-occupancy-incl-evacuees',
    label: { nl: 'Bezetting COA inclusief Afghaanse evacués', en: 'COA occupancy including Afghan evacuees' },
    definition: {
      nl: 'De totale COA-bezetting op 1 november 2021 zoals de staatssecretaris die gaf, inclusief Afghaanse evacués op defensielocaties. Daardoor hoger dan de gewone bezetting.',
      en: 'Total COA occupancy on 1 November 2021 as the State Secretary gave it, including Afghan evacuees at defence sites. Therefore higher than ordinary occupancy.',
    },
    countingRule: {
      nl: 'Personen in de COA-opvang op de peildatum, inclusief Afghaanse evacués op defensielocaties.',
      en: 'People in COA reception on the reference date, including Afghan evacuees at defence sites.',
    },
    terms: { nl: ['inclusief Afghaanse evacués', 'Afghaanse evacués'], en: ['including Afghan evacuees', 'Afghan evacuees'] },
    measures: ['COA occupancy incl. Afghan evacuees on defence sites'],
    refines: 'asylum-reception',
  },
  {
    id: 'stat-coa-reception-agreement',
    label: { nl: 'Personen met een opvangovereenkomst (COA)', en: 'Persons with a COA reception agreement' },
    definition: {
      nl: 'Het aantal mensen met een opvangovereenkomst met het COA op een peildatum; een deel van hen verblijft niet op een COA-locatie. De tweede definitie van de COA-bezetting.',
      en: 'The number of people with a COA reception agreement on a reference date; some of them do not stay at a COA location. The second definition of COA occupancy.',
    },
    countingRule: {
      nl: 'Personen met een opvangovereenkomst op de peildatum, ook als zij buiten een COA-locatie verblijven.',
      en: 'People with a reception agreement on the reference date, also if they stay outside a COA location.',
    },
    terms: { nl: ['opvangovereenkomst', 'opvangovereenkomsten'], en: ['reception agreement', 'reception agreements'] },
    measures: ['Persons with a COA reception agreement'],
    refines: 'asylum-reception',
  },
  {
    id: 'stat-coa-entitled',
    label: { nl: 'Personen met recht op COA-opvang', en: 'Persons entitled to COA reception' },
    definition: {
      nl: 'Het aantal asielzoekers en statushouders met recht op opvang door het COA op een peildatum, ook als zij buiten het COA verblijven; nareizigers en herhaalde aanvragers tellen niet mee. De jongste definitie van de COA-bezetting.',
      en: 'The number of asylum seekers and status holders entitled to COA reception on a reference date, also if they stay outside COA; nareizigers and repeat applicants are not included. The most recent definition of COA occupancy.',
    },
    countingRule: {
      nl: 'Personen met recht op COA-opvang op de peildatum, binnen en buiten COA-locaties; zonder nareizigers en herhaalde aanvragers.',
      en: 'People entitled to COA reception on the reference date, at and outside COA locations; without nareizigers and repeat applicants.',
    },
    terms: { nl: ['recht op COA-opvang', 'recht op opvang', 'opvanggerechtigd*'], en: ['entitled to COA reception', 'entitled to reception'] },
    measures: ['Persons entitled to COA reception'],
    refines: 'asylum-reception',
  },
  {
    id: 'stat-coa-and-crisis-reception',
    label: { nl: 'Asielzoekers in COA- en crisisnoodopvang', en: 'Asylum seekers in COA and crisis emergency reception' },
    definition: {
      nl: 'Het aantal asielzoekers in de COA-opvang en de gemeentelijke crisisnoodopvang samen, zoals de staatssecretaris het in april 2023 gaf. Ruimer dan alleen de COA-bezetting.',
      en: 'The number of asylum seekers in COA reception and municipal crisis emergency reception together, as the State Secretary gave it in April 2023. Wider than COA occupancy alone.',
    },
    countingRule: {
      nl: 'Asielzoekers in COA-opvang plus gemeentelijke crisisnoodopvang op de peildatum.',
      en: 'Asylum seekers in COA reception plus municipal crisis emergency reception on the reference date.',
    },
    terms: { nl: ['crisisnoodopvang', 'gemeentelijke crisisnoodopvang'], en: ['crisis emergency reception', 'emergency crisis reception'] },
    measures: ['Asylum seekers in COA and municipal crisis emergency reception'],
    refines: 'asylum-reception',
  },
  {
    id: 'stat-coa-permit-holders-waiting',
    label: { nl: 'Statushouders in de opvang die wachten op een woning', en: 'Permit holders in reception awaiting housing' },
    definition: {
      nl: 'Het aantal vergunninghouders dat op een peildatum nog in de COA-opvang verblijft en wacht op een woning in een gemeente.',
      en: 'The number of permit holders who, on a reference date, still stay in COA reception and wait for housing in a municipality.',
    },
    countingRule: {
      nl: 'Vergunninghouders in de COA-opvang die op de peildatum wachten op huisvesting (voorraad).',
      en: 'Permit holders in COA reception waiting for housing on the reference date (stock).',
    },
    terms: {
      nl: ['wachten op een woning', 'wachten op huisvesting', 'statushouders in de opvang', 'vergunninghouders in de opvang'],
      en: ['awaiting housing', 'waiting for housing', 'status holders in reception', 'permit holders in reception'],
    },
    measures: ['Permit holders in COA reception awaiting housing', 'Permit holders in reception awaiting housing'],
    refines: 'housing-status-holders',
  },
  {
    id: 'stat-coa-permit-holder-share',
    label: { nl: 'Aandeel vergunninghouders onder COA-bewoners', en: 'Share of permit holders among COA residents' },
    definition: {
      nl: 'Het percentage van de bewoners van de COA-opvang dat al een verblijfsvergunning heeft, op een peildatum.',
      en: 'The percentage of COA reception residents who already hold a residence permit, on a reference date.',
    },
    countingRule: {
      nl: 'Vergunninghouders als percentage van alle COA-bewoners op de peildatum.',
      en: 'Permit holders as a percentage of all COA residents on the reference date.',
    },
    terms: { nl: ['aandeel vergunninghouders', 'aandeel statushouders'], en: ['share of permit holders', 'share of status holders'] },
    measures: ['Share of COA residents who are permit holders'],
    refines: 'housing-status-holders',
  },
  {
    id: 'stat-coa-outflow',
    label: { nl: 'Uitstroom uit de COA-opvang', en: 'Outflow from COA reception' },
    definition: {
      nl: 'Het aantal mensen dat in een jaar de COA-opvang verliet, vergunninghouders en asielzoekers samen.',
      en: 'The number of people who left COA reception in a year, permit holders and asylum seekers together.',
    },
    countingRule: {
      nl: 'Vertrekken uit de COA-opvang in het jaar, om welke reden ook.',
      en: 'Departures from COA reception in the year, for whatever reason.',
    },
    terms: { nl: ['uitstroom uit de opvang', 'uitstroom uit het COA'], en: ['outflow from reception', 'left COA reception'] },
    measures: ['Persons leaving COA reception'],
    refines: 'asylum-reception',
  },
  // --- Departures ------------------------------------------------------------------------
  {
    id: 'stat-dtv-independent',
    label: { nl: 'Zelfstandig vertrek (DT&V-caseload)', en: 'Independent departure (DT&V caseload)' },
    definition: {
      nl: 'Vreemdelingen in de caseload van de DT&V die aantoonbaar zelfstandig vertrokken. Alleen DT&V-zaken; het landelijke vertrekcijfer van alle ketenpartners is veel hoger en niet vergelijkbaar.',
      en: 'Foreign nationals in the DT&V caseload who demonstrably left independently. DT&V cases only; the national departure figure of all chain partners is much higher and not comparable.',
    },
    countingRule: {
      nl: 'Aantoonbaar zelfstandig vertrek van DT&V-zaken in het jaar (afgerond op tientallen).',
      en: 'Demonstrable independent departures of DT&V cases in the year (rounded to tens).',
    },
    terms: {
      nl: ['zelfstandig vertrokken met DT&V', 'aantoonbaar zelfstandig vertrokken'],
      en: ['independent departures with DT&V', 'left independently with DT&V'],
    },
    measures: ['Independent departure (DT&V caseload)'],
    refines: 'independent-return',
  },
  {
    id: 'stat-dtv-forced',
    label: { nl: 'Gedwongen vertrek (DT&V-caseload)', en: 'Forced departure (DT&V caseload)' },
    definition: {
      nl: 'Vreemdelingen in de caseload van de DT&V die gedwongen zijn vertrokken (uitgezet). Alleen DT&V-zaken. Ook de procentuele verandering van het gedwongen vertrek die de Rijksoverheid over 2024 meldt, hoort hierbij.',
      en: 'Foreign nationals in the DT&V caseload who were made to leave (removed). DT&V cases only. The percentage change in forced departures that the government reports for 2024 belongs here too.',
    },
    countingRule: {
      nl: 'Gedwongen vertrek van DT&V-zaken in het jaar (afgerond op tientallen).',
      en: 'Forced departures of DT&V cases in the year (rounded to tens).',
    },
    terms: {
      nl: ['gedwongen vertrokken', 'gedwongen vertrek via DT&V'],
      en: ['forced departures', 'forced removals'],
    },
    measures: ['Forced departure (DT&V caseload)', 'Forced departures, change vs previous year'],
    refines: 'forced-return',
  },
  {
    id: 'stat-dtv-unsupervised',
    label: { nl: 'Zelfstandig vertrek zonder toezicht (DT&V-caseload)', en: 'Independent departure without supervision (DT&V caseload)' },
    definition: {
      nl: 'Vreemdelingen in de caseload van de DT&V van wie vaststaat dat zij vertrokken zijn, maar zonder dat de overheid het vertrek kon controleren. Geen aantoonbaar vertrek.',
      en: 'Foreign nationals in the DT&V caseload who are recorded as having left, but without the government being able to verify the departure. Not demonstrable departure.',
    },
    countingRule: {
      nl: 'Vertrek zonder toezicht van DT&V-zaken in het jaar (afgerond op tientallen).',
      en: 'Departures without supervision of DT&V cases in the year (rounded to tens).',
    },
    terms: {
      nl: ['vertrek zonder toezicht', 'zonder toezicht vertrokken'],
      en: ['departure without supervision', 'unsupervised departure', 'left without supervision'],
    },
    measures: ['Independent departure without supervision (DT&V caseload)'],
    refines: 'return',
  },
  {
    id: 'stat-dtv-total',
    label: { nl: 'Totaal vertrek DT&V (drie soorten)', en: 'Total DT&V departures (three types)' },
    definition: {
      nl: 'Het totaal van de DT&V-vertrektabel: zelfstandig vertrek, gedwongen vertrek en vertrek zonder toezicht samen, zoals de DT&V het zelf publiceert. Alleen DT&V-zaken.',
      en: 'The total of the DT&V departure table: independent, forced and unsupervised departures together, as DT&V itself publishes it. DT&V cases only.',
    },
    countingRule: {
      nl: 'Alle vertrek van DT&V-zaken in het jaar (zelfstandig + gedwongen + zonder toezicht), zoals de DT&V het optelt.',
      en: 'All departures of DT&V cases in the year (independent + forced + unsupervised), as DT&V totals them.',
    },
    terms: { nl: ['totaal vertrek DT&V', 'vertrekcijfers van de DT&V'], en: ['total DT&V departures', 'DT&V departures'] },
    measures: ['Total DT&V departures (all three types)'],
    refines: 'return',
  },
  {
    id: 'stat-dtv-demonstrable',
    label: { nl: 'Aantoonbaar vertrek met de DT&V', en: 'Demonstrable departures with DT&V' },
    definition: {
      nl: 'Vreemdelingen van wie met hulp van de DT&V vaststaat dat zij Nederland hebben verlaten, zelfstandig of gedwongen. Vertrek zonder toezicht telt niet mee.',
      en: 'Foreign nationals who, with DT&V help, demonstrably left the Netherlands, independently or forced. Departure without supervision is not included.',
    },
    countingRule: {
      nl: 'Aantoonbaar vertrek (zelfstandig of gedwongen) van DT&V-zaken in het jaar; zonder vertrek zonder toezicht.',
      en: 'Demonstrable departures (independent or forced) of DT&V cases in the year; without unsupervised departures.',
    },
    terms: {
      nl: ['aantoonbaar vertrek', 'aantoonbaar vertrokken', 'aantoonbaar teruggekeerd'],
      en: ['demonstrable departures', 'demonstrably left', 'demonstrably returned'],
    },
    measures: ['Demonstrable departures (DT&V)', 'Demonstrable departures with DT&V help, change vs previous year'],
    refines: 'return',
  },
  {
    id: 'stat-departures-national',
    label: { nl: 'Zelfstandig vertrokken vreemdelingen (landelijk)', en: 'Foreign nationals who left independently (national)' },
    definition: {
      nl: 'Het landelijke cijfer van vreemdelingen die Nederland zelfstandig verlieten, over alle ketenpartners heen (Rijksoverheid). Een ander bereik dan de DT&V-cijfers, die alleen de eigen caseload tellen; vergelijk ze niet.',
      en: 'The national figure of foreign nationals who left the Netherlands independently, across all chain partners (government). A different scope from the DT&V figures, which count only its own caseload; do not compare them.',
    },
    countingRule: {
      nl: 'Alle vreemdelingen die in het jaar zelfstandig vertrokken, over alle ketenpartners; met en zonder toezicht.',
      en: 'All foreign nationals who left independently in the year, across all chain partners; with and without supervision.',
    },
    terms: {
      nl: ['zelfstandig vertrokken vreemdelingen', 'landelijk vertrekcijfer'],
      en: ['foreign nationals who left independently', 'left the Netherlands independently'],
    },
    measures: ['Foreign nationals who left independently (national figure, all chain partners)'],
    refines: 'independent-return',
  },
  {
    id: 'stat-supervised-departure-share',
    label: { nl: 'Aandeel vertrek onder toezicht', en: 'Share of departures under supervision' },
    definition: {
      nl: 'Het percentage van de vreemdelingen die Nederland verlieten dat onder toezicht van de overheid vertrok (landelijk cijfer van de Rijksoverheid).',
      en: 'The percentage of foreign nationals leaving the Netherlands who left under government supervision (national government figure).',
    },
    countingRule: {
      nl: 'Vertrek onder toezicht als percentage van al het landelijk geregistreerde vertrek in het jaar.',
      en: 'Departures under supervision as a percentage of all nationally recorded departures in the year.',
    },
    terms: {
      nl: ['onder toezicht vertrokken', 'vertrek onder toezicht', 'onder toezicht van de overheid'],
      en: ['left under supervision', 'departure under supervision', 'under government supervision'],
    },
    measures: ['Share of departures under government supervision'],
    refines: 'return',
  },
  {
    id: 'stat-rejected-demonstrably-left-share',
    label: { nl: 'Aandeel afgewezen asielzoekers dat aantoonbaar vertrok (Rekenkamer)', en: 'Share of rejected asylum seekers who demonstrably left (Court of Audit)' },
    definition: {
      nl: 'Het aandeel van de asielzoekers met een afgewezen eerste aanvraag uit 2014–2016 dat aantoonbaar vertrok, volgens de Algemene Rekenkamer. Een cohortcijfer, geen jaarcijfer.',
      en: 'The share of asylum seekers whose first application in 2014–2016 was not granted who demonstrably left, according to the Court of Audit. A cohort figure, not an annual one.',
    },
    countingRule: {
      nl: 'Aantoonbaar vertrokken als percentage van het cohort afgewezen eerste aanvragers 2014–2016.',
      en: 'Demonstrably departed as a percentage of the 2014–2016 cohort of rejected first applicants.',
    },
    terms: {
      nl: ['aantoonbaar vertrokken afgewezen asielzoekers', 'afgewezen asielzoekers die aantoonbaar vertrokken'],
      en: ['rejected asylum seekers who demonstrably left', 'share who demonstrably left'],
    },
    measures: ["Share of rejected first applicants (2014-16 cohort) who demonstrably left"],
    refines: 'effective-return-rate',
  },
  {
    id: 'stat-ordered-to-leave',
    label: { nl: 'Derdelanders met een verplichting tot vertrek', en: 'Third-country nationals ordered to leave' },
    definition: {
      nl: 'Het aantal niet-EU-burgers dat in een periode een besluit kreeg dat zij moeten vertrekken (Eurostat voor de EU, CBS voor Nederland, voorlopig). Een aantal besluiten, geen aantal vertrekken.',
      en: 'The number of non-EU citizens who received a decision ordering them to leave in a period (Eurostat for the EU, CBS for the Netherlands, provisional). A number of orders, not of departures.',
    },
    countingRule: {
      nl: 'Derdelanders die in de periode een verplichting tot vertrek kregen (besluiten, geen vertrekken).',
      en: 'Third-country nationals who were ordered to leave in the period (orders, not departures).',
    },
    terms: { nl: ['verplichting tot vertrek', 'verplichting om te vertrekken'], en: ['orders to leave', 'order to leave'] },
    measures: ['Third-country nationals ordered to leave (provisional)', 'Non-EU citizens ordered to leave'],
    refines: 'ordered-to-leave',
  },
  // --- EU asylum ----------------------------------------------------------------------------
  {
    id: 'stat-eurostat-first-time-applicants',
    label: { nl: 'Eerste asielaanvragers in de EU (Eurostat)', en: 'First-time asylum applicants in the EU (Eurostat)' },
    definition: {
      nl: 'Het aantal mensen dat voor het eerst asiel aanvraagt in een EU-lidstaat, volgens Eurostat. Let op het gebied: EU28 (met het VK) en EU27_2020 (zonder) verschillen tienduizenden, en latere publicaties herzien eerdere jaren. Geen EUAA-totaal van alle aanvragen.',
      en: 'The number of people applying for asylum for the first time in an EU member state, according to Eurostat. Mind the area: EU28 (with the UK) and EU27_2020 (without) differ by tens of thousands, and later releases revise earlier years. Not the EUAA total of all applications.',
    },
    countingRule: {
      nl: 'Eerste asielaanvragers in de EU-lidstaten in het jaar (EU28 of EU27_2020, zoals vermeld; per publicatie herzien).',
      en: 'First-time asylum applicants in the EU member states in the year (EU28 or EU27_2020 as stated; revised per release).',
    },
    terms: {
      nl: ['eerste asielaanvragers', 'eerstekeersaanvragers'],
      en: ['first-time applicants', 'first-time asylum seekers', 'first time asylum seekers'],
    },
    measures: ['First-time asylum applicants (Eurostat)'],
    refines: 'first-asylum-applications',
  },
  {
    id: 'stat-eurostat-asylum-applicants-all',
    label: { nl: 'Alle asielaanvragers in de EU (Eurostat)', en: 'All asylum applicants in the EU (Eurostat)' },
    definition: {
      nl: 'Alle asielaanvragers in de EU volgens Eurostat, eerste en volgende aanvragen samen; hoger dan het aantal eerste asielaanvragers.',
      en: 'All asylum applicants in the EU according to Eurostat, first-time and subsequent together; higher than the number of first-time applicants.',
    },
    countingRule: {
      nl: 'Eerste en volgende asielaanvragers in de EU27_2020 in het jaar (Eurostat).',
      en: 'First-time and subsequent asylum applicants in the EU27_2020 in the year (Eurostat).',
    },
    terms: { nl: ['alle asielaanvragers'], en: ['all asylum applicants'] },
    measures: ['Asylum applicants, all (first-time and subsequent) (Eurostat)'],
    refines: 'asylum-applications',
  },
  {
    id: 'stat-euaa-applications',
    label: { nl: 'Asielaanvragen in de EU+ (EASO/EUAA)', en: 'Asylum applications in the EU+ (EASO/EUAA)' },
    definition: {
      nl: 'Het aantal verzoeken om internationale bescherming volgens EASO/EUAA, inclusief herhaalde aanvragen, in de EU+ (EU-lidstaten plus Noorwegen en Zwitserland, soms ook IJsland en Liechtenstein) of in één land. Niet hetzelfde als de Eurostat-telling van eerste aanvragers; de landendekking verschilt per publicatie.',
      en: 'The number of applications for international protection according to EASO/EUAA, including repeated applications, in the EU+ (EU member states plus Norway and Switzerland, sometimes Iceland and Liechtenstein) or in one country. Not the same as the Eurostat count of first-time applicants; country coverage differs between publications.',
    },
    countingRule: {
      nl: 'Alle ingediende verzoeken om internationale bescherming in de periode, ook herhaalde, in het vermelde gebied (EASO/EUAA).',
      en: 'All applications for international protection lodged in the period, including repeated ones, in the stated area (EASO/EUAA).',
    },
    terms: {
      nl: ['verzoeken om internationale bescherming', 'EUAA-cijfers', 'EASO-cijfers'],
      en: ['applications for international protection', 'requests for international protection', 'EUAA figures', 'EASO figures'],
    },
    measures: ['Asylum applications lodged in EU+ (EASO/EUAA)', 'Asylum applications lodged (EUAA count)'],
    refines: 'asylum-applications',
  },
  // --- EU returns ---------------------------------------------------------------------------
  {
    id: 'stat-eu-returned-any',
    label: { nl: 'Teruggekeerde derdelanders na een vertrekbesluit (EU)', en: 'Non-EU citizens returned following an order to leave (EU)' },
    definition: {
      nl: 'Het aantal niet-EU-burgers dat na een vertrekbesluit daadwerkelijk terugkeerde, ook naar een ander EU-land (Eurostat). Een aantal vertrekken, geen percentage.',
      en: 'The number of non-EU citizens who actually returned following an order to leave, including to another EU country (Eurostat). A number of returns, not a rate.',
    },
    countingRule: {
      nl: 'Terugkeer na een vertrekbesluit in het jaar, naar elk land, ook binnen de EU (Eurostat).',
      en: 'Returns following an order to leave in the year, to any country, including within the EU (Eurostat).',
    },
    terms: { nl: ['teruggekeerd na een vertrekbesluit'], en: ['returned following an order to leave', 'returns following an order'] },
    measures: ['Non-EU citizens returned following an order to leave (to any country)'],
    refines: 'effective-return-rate',
  },
  {
    id: 'stat-eu-returned-outside-eu',
    label: { nl: 'Teruggekeerd naar landen buiten de EU', en: 'Returned to countries outside the EU' },
    definition: {
      nl: 'Het aantal niet-EU-burgers dat na een vertrekbesluit terugkeerde naar een land buiten de EU (een derde land), volgens Eurostat. Lager dan de terugkeer naar elk land.',
      en: 'The number of non-EU citizens who returned to a country outside the EU (a third country) after an order to leave, according to Eurostat. Lower than returns to any country.',
    },
    countingRule: {
      nl: 'Terugkeer naar landen buiten de EU in de periode (Eurostat; EU28 of EU27_2020 zoals vermeld).',
      en: 'Returns to countries outside the EU in the period (Eurostat; EU28 or EU27_2020 as stated).',
    },
    terms: {
      nl: ['teruggekeerd naar een derde land', 'teruggekeerd naar landen buiten de EU', 'terugkeer naar derde landen'],
      en: ['returned to a third country', 'returned outside the EU', 'returns to third countries', 'returns to countries outside the EU'],
    },
    measures: [
      'Non-EU citizens returned to countries outside the EU',
      'Non-EU citizens returned outside the EU',
      'Non-EU citizens returned to a third country',
    ],
    refines: 'effective-return-rate',
  },
  {
    id: 'stat-eu-return-rate-parliament',
    label: { nl: 'Terugkeerpercentage EU (Europees Parlement/EPRS)', en: 'EU return rate (European Parliament/EPRS)' },
    definition: {
      nl: 'Het EU-terugkeerpercentage zoals de onderzoeksdienst van het Europees Parlement (EPRS, met Eurostat-gegevens) en het Parlement het geven: daadwerkelijke terugkeer ten opzichte van vertrekbesluiten, per jaar of over een reeks jaren. Eurostat zelf publiceert geen percentage, en de uitkomst hangt af van de gekozen teller.',
      en: 'The EU return rate as the European Parliamentary Research Service (EPRS, using Eurostat data) and the Parliament give it: effective returns relative to return orders, per year or over a run of years. Eurostat itself publishes no rate, and the result depends on the numerator chosen.',
    },
    countingRule: {
      nl: 'Daadwerkelijk teruggekeerde personen gedeeld door personen met een vertrekbesluit in dezelfde periode, zoals EPRS/EP het berekenen.',
      en: 'People effectively returned divided by people ordered to leave in the same period, as computed by EPRS/EP.',
    },
    terms: {
      nl: ['terugkeerpercentage volgens het Europees Parlement', 'EPRS'],
      en: ['return rate according to the European Parliament', 'European Parliamentary Research Service', 'EPRS'],
    },
    measures: ['EU return rate (effective returns as share of return orders)'],
    refines: 'effective-return-rate',
  },
  {
    id: 'stat-eu-return-rate-commission',
    label: { nl: 'Terugkeerpercentage EU (Europese Commissie)', en: 'EU return rate (European Commission)' },
    definition: {
      nl: 'Het EU-brede terugkeerpercentage dat de Europese Commissie in maart 2025 "huidig" noemt (ongeveer 20%), zonder jaar of berekening te geven. Niet hetzelfde als de jaarcijfers van EPRS.',
      en: 'The EU-wide return rate that the European Commission called "current" in March 2025 (about 20%), without giving a year or a calculation. Not the same as the EPRS annual figures.',
    },
    countingRule: {
      nl: 'Het aandeel teruggekeerden onder wie moet vertrekken zoals de Commissie het noemt; jaar en teller niet vermeld.',
      en: 'The share of people returned among those required to leave as the Commission states it; year and numerator not stated.',
    },
    terms: {
      nl: ['terugkeerpercentage volgens de Europese Commissie'],
      en: ['return rate according to the European Commission', 'EU-wide return rate'],
    },
    measures: [],
    refines: 'effective-return-rate',
  },
  // --- Resettlement ---------------------------------------------------------------------------
  {
    id: 'stat-resettled-eu-annual',
    label: { nl: 'Hervestigde vluchtelingen naar de EU/EU+ per jaar', en: 'Refugees resettled to the EU/EU+ per year' },
    definition: {
      nl: 'Het aantal vluchtelingen dat in een jaar via hervestiging naar Europa kwam, volgens EASO/EUAA (EU+) of de Resettlement Data Finder van UNHCR (EU). De dekking verschilt: EU+ telt Noorwegen en Zwitserland mee, EU niet.',
      en: "The number of refugees who came to Europe through resettlement in a year, according to EASO/EUAA (EU+) or UNHCR's Resettlement Data Finder (EU). Coverage differs: EU+ includes Norway and Switzerland, EU does not.",
    },
    countingRule: {
      nl: 'Hervestigde personen die in het jaar aankwamen in het vermelde gebied (EU of EU+), per bron.',
      en: 'Resettled people arriving in the stated area (EU or EU+) in the year, per source.',
    },
    terms: {
      nl: ['hervestigingen naar de EU', 'hervestigd naar de EU', 'hervestiging naar Europa'],
      en: ['resettlements to the EU', 'resettled to the EU', 'resettlement to the EU', 'arrived through resettlement'],
    },
    measures: ['Refugees resettled to the EU/EU+'],
    refines: 'resettled-refugees',
  },
  {
    id: 'stat-eu-resettled-cumulative',
    label: { nl: 'Via EU-hervestigingsregelingen hervestigd sinds 2015', en: 'Resettled via EU resettlement schemes since 2015' },
    definition: {
      nl: 'Het totaal aantal vluchtelingen dat sinds 2015 via EU-hervestigingsregelingen naar Europa kwam, volgens de Europese Commissie (cumulatief).',
      en: 'The total number of refugees brought to Europe through EU resettlement schemes since 2015, according to the European Commission (cumulative).',
    },
    countingRule: {
      nl: 'Cumulatief aantal via EU-regelingen hervestigde vluchtelingen sinds 2015 tot de peildatum.',
      en: 'Cumulative number of refugees resettled through EU schemes since 2015 up to the reference date.',
    },
    terms: { nl: ['EU-hervestigingsregeling*'], en: ['EU resettlement schemes', 'EU resettlement scheme'] },
    measures: ['Refugees resettled via EU resettlement schemes since 2015 (cumulative)'],
    refines: 'eu-resettlement-commitment',
  },
  {
    id: 'stat-eu-resettlement-pledges',
    label: { nl: 'Toegezegde hervestigingsplaatsen van EU-lidstaten', en: 'Resettlement places pledged by EU member states' },
    definition: {
      nl: 'Het aantal hervestigingsplaatsen dat EU-lidstaten voor een periode toezeggen (Europese Commissie). Een toezegging, geen aantal aankomsten.',
      en: 'The number of resettlement places EU member states pledge for a period (European Commission). A pledge, not a number of arrivals.',
    },
    countingRule: {
      nl: 'Toegezegde hervestigingsplaatsen voor de periode, zonder plaatsen voor humanitaire toelating.',
      en: 'Pledged resettlement places for the period, without places for humanitarian admission.',
    },
    terms: { nl: ['toegezegde hervestigingsplaatsen', 'hervestigingsplaatsen'], en: ['pledged resettlement places', 'resettlement places'] },
    measures: ['Resettlement places pledged by EU Member States'],
    refines: 'eu-resettlement-commitment',
  },
  {
    id: 'stat-nl-resettlement-quota-unhcr',
    label: { nl: 'Jaarlijkse hervestiging door Nederland (UNHCR-pagina)', en: 'Annual Dutch resettlement intake (UNHCR page)' },
    definition: {
      nl: 'Het aantal vluchtelingen dat Nederland volgens de Nederlandse hulppagina van UNHCR jaarlijks hervestigt. Een beleidsaantal (quotum), geen telling van aankomsten.',
      en: "The number of refugees the Netherlands resettles each year according to UNHCR's Dutch help page. A policy number (quota), not a count of arrivals.",
    },
    countingRule: {
      nl: 'Het jaarlijkse hervestigingsaantal van Nederland (quotum) zoals UNHCR het vermeldt.',
      en: 'The annual Dutch resettlement number (quota) as UNHCR states it.',
    },
    terms: { nl: ['jaarlijkse hervestigingsopname', 'hervestigt Nederland jaarlijks'], en: ['annual resettlement intake', 'resettles each year'] },
    measures: ['Refugees resettled by the Netherlands per year (quota)'],
    refines: 'resettlement-quota',
  },
  {
    id: 'stat-nl-resettled-classic',
    label: { nl: 'Klassieke hervestiging naar Nederland', en: 'Classic resettlement to the Netherlands' },
    definition: {
      nl: 'Het aantal vluchtelingen dat in een jaar via de klassieke hervestiging (het UNHCR-quotum) naar Nederland kwam, volgens de minister. Los van de één-op-één-regeling met Turkije.',
      en: 'The number of refugees who came to the Netherlands in a year through classic resettlement (the UNHCR quota), according to the minister. Separate from the one-to-one scheme with Turkey.',
    },
    countingRule: {
      nl: 'Via klassieke hervestiging overgenomen personen in het jaar; zonder de één-op-één-regeling.',
      en: 'People taken over through classic resettlement in the year; without the one-to-one scheme.',
    },
    terms: { nl: ['klassieke hervestiging'], en: ['classic resettlement'] },
    measures: ['Refugees resettled to the Netherlands (classic resettlement)'],
    refines: 'resettled-refugees',
  },
  {
    id: 'stat-nl-resettled-eu-turkey',
    label: { nl: 'Hervestiging via de één-op-één-regeling met Turkije', en: 'Resettlement via the EU-Turkey one-to-one scheme' },
    definition: {
      nl: 'Het aantal vluchtelingen dat in een jaar via de één-op-één-regeling van de EU-Turkije Verklaring naar Nederland kwam, volgens de minister.',
      en: 'The number of refugees who came to the Netherlands in a year through the one-to-one scheme of the EU-Turkey Statement, according to the minister.',
    },
    countingRule: {
      nl: 'Via de één-op-één-regeling uit Turkije overgenomen personen in het jaar.',
      en: 'People taken over from Turkey through the one-to-one scheme in the year.',
    },
    terms: { nl: ['één-op-éénregeling', 'één-op-één-regeling', '1-op-1-regeling'], en: ['one-to-one scheme', 'one-to-one resettlement', 'one-for-one scheme'] },
    measures: ['Resettled to the Netherlands under the EU-Turkey 1:1 scheme'],
    refines: 'resettled-refugees',
  },
];

/**
 * Entries whose material measure is shared with another concept's, but whose definition
 * is documented as different (official-figures README item 12: Commission vs EPRS).
 */
export const CONCEPT_BY_ID: Record<string, string> = {
  'eu-returnrate-2025-ec': 'stat-eu-return-rate-commission',
};

/** Pairs of measures that are often confused (stored in both directions). */
const CONFUSED: Array<[string, string]> = [
  ['stat-first-asylum-cbs', 'stat-first-asylum-ind'],
  ['stat-first-asylum-cbs', 'stat-asylum-cbs-first-release'],
  ['stat-first-asylum-cbs', 'stat-first-plus-nareis-cbs'],
  ['stat-first-asylum-ind', 'stat-total-inflow-ind'],
  ['stat-first-asylum-ind', 'stat-euaa-applications'],
  ['stat-first-asylum-ind', 'stat-eurostat-first-time-applicants'],
  ['stat-repeat-asylum-ind', 'stat-first-asylum-ind'],
  ['stat-repeat-asylum-ind', 'stat-total-inflow-ind'],
  ['stat-nareizigers-arrived', 'stat-nareis-applications'],
  ['stat-nareizigers-arrived', 'stat-first-plus-nareis-cbs'],
  ['stat-nareis-applications', 'stat-total-inflow-ind'],
  ['stat-total-inflow-ind', 'stat-total-inflow-weekly'],
  ['stat-total-inflow-ind', 'stat-total-inflow-chain-report'],
  ['stat-total-inflow-ind', 'stat-first-plus-nareis-cbs'],
  ['stat-total-inflow-ind', 'stat-asylum-total-unspecified'],
  ['stat-total-inflow-ind', 'stat-asylum-seekers-svm'],
  ['stat-total-inflow-ind', 'stat-asylum-cbs-first-release'],
  ['stat-total-inflow-ind', 'stat-euaa-applications'],
  ['stat-total-inflow-weekly', 'stat-total-inflow-chain-report'],
  ['stat-total-inflow-weekly', 'stat-asylum-seekers-svm'],
  ['stat-asylum-total-unspecified', 'stat-asylum-seekers-svm'],
  ['stat-asylum-total-unspecified', 'stat-asylum-cbs-first-release'],
  ['stat-immigration-cbs', 'stat-immigration-svm'],
  ['stat-immigration-cbs', 'stat-immigration-cbs-provisional'],
  ['stat-immigration-cbs', 'stat-net-migration-cbs'],
  ['stat-immigration-cbs', 'stat-total-inflow-ind'],
  ['stat-emigration-cbs', 'stat-emigration-cbs-provisional'],
  ['stat-net-migration-cbs', 'stat-net-migration-cbs-provisional'],
  ['stat-ukr-registered-cumulative', 'stat-ukr-residing'],
  ['stat-ukr-registered-cumulative', 'stat-ukr-registered-in-year'],
  ['stat-ukr-registered-cumulative', 'stat-ukr-municipal-reception'],
  ['stat-ukr-registered-cumulative', 'stat-ukr-tp-permits'],
  ['stat-ukr-registered-in-year', 'stat-ukr-immigrants'],
  ['stat-ukr-residing', 'stat-ukr-tp-permits'],
  ['stat-ukr-residing', 'stat-ukr-seeking-protection'],
  ['stat-ukr-residing', 'stat-ukr-municipal-reception'],
  ['stat-ukr-tp-permits', 'stat-ukr-residence-stickers'],
  ['stat-ukr-immigrants', 'stat-immigration-cbs'],
  ['stat-ukr-seeking-protection', 'stat-ukr-tp-permits'],
  ['stat-eu-temporary-protection-stock', 'stat-ukr-tp-permits'],
  ['stat-coa-persons-in-reception', 'stat-coa-reception-agreement'],
  ['stat-coa-persons-in-reception', 'stat-coa-entitled'],
  ['stat-coa-persons-in-reception', 'stat-coa-occupancy-incl-evacuees'],
  ['stat-coa-persons-in-reception', 'stat-coa-and-crisis-reception'],
  ['stat-coa-reception-agreement', 'stat-coa-entitled'],
  ['stat-coa-entitled', 'stat-coa-and-crisis-reception'],
  ['stat-coa-permit-holders-waiting', 'stat-coa-permit-holder-share'],
  ['stat-coa-outflow', 'stat-coa-persons-in-reception'],
  ['stat-dtv-independent', 'stat-departures-national'],
  ['stat-dtv-independent', 'stat-dtv-unsupervised'],
  ['stat-dtv-independent', 'stat-dtv-demonstrable'],
  ['stat-dtv-forced', 'stat-dtv-demonstrable'],
  ['stat-dtv-total', 'stat-departures-national'],
  ['stat-dtv-total', 'stat-dtv-demonstrable'],
  ['stat-dtv-unsupervised', 'stat-supervised-departure-share'],
  ['stat-departures-national', 'stat-supervised-departure-share'],
  ['stat-rejected-demonstrably-left-share', 'stat-eu-return-rate-parliament'],
  ['stat-rejected-demonstrably-left-share', 'stat-supervised-departure-share'],
  ['stat-ordered-to-leave', 'stat-eu-returned-any'],
  ['stat-ordered-to-leave', 'stat-eu-return-rate-parliament'],
  ['stat-eurostat-first-time-applicants', 'stat-euaa-applications'],
  ['stat-eurostat-first-time-applicants', 'stat-eurostat-asylum-applicants-all'],
  ['stat-eurostat-asylum-applicants-all', 'stat-euaa-applications'],
  ['stat-eu-returned-any', 'stat-eu-returned-outside-eu'],
  ['stat-eu-returned-any', 'stat-eu-return-rate-parliament'],
  ['stat-eu-returned-outside-eu', 'stat-eu-return-rate-parliament'],
  ['stat-eu-return-rate-parliament', 'stat-eu-return-rate-commission'],
  ['stat-resettled-eu-annual', 'stat-eu-resettled-cumulative'],
  ['stat-resettled-eu-annual', 'stat-eu-resettlement-pledges'],
  ['stat-nl-resettlement-quota-unhcr', 'stat-nl-resettled-classic'],
  ['stat-nl-resettled-classic', 'stat-nl-resettled-eu-turkey'],
];

// ---------------------------------------------------------------------------------------
// Periods the schema cannot express as written: explicit, reviewed mappings.

const PERIOD_RE =
  /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/;

/** Material period text → schema period (null: no period applies; periodNote says why). */
export const PERIODS: Record<string, string | null> = {
  '2014-2016 cohort': '2014/2016',
  '2013-2021': '2013/2021',
  '2022-05 (date of ministry update)': '2022-05',
  '2023-04 (start of month)': '2023-04',
  '2025-03 (start of month)': '2025-03',
  '2024-2025': '2024/2025',
  'current (as of March 2025)': null,
  'current (page undated)': null,
};

export function mapPeriod(p: string): { period: string | null; note?: string } {
  if (PERIOD_RE.test(p)) return { period: p };
  if (!(p in PERIODS)) throw new Error(`no period mapping for material period "${p}"`);
  const period = PERIODS[p];
  return {
    period,
    note:
      period === null
        ? `No fixed period: the material gives "${p}".`
        : `The material gives the period as "${p}".`,
  };
}

// ---------------------------------------------------------------------------------------
// Published dates: keep what is certain.

/**
 * "2019-05-14" stays; "2020-07/08 (week 31 2020)" → "2020" (month uncertain);
 * "2024-02-01/02" → "2024-02"; "2019-02 (approx.)" → "2019"; "2022 (IND annual report 2021)"
 * → "2022"; "undated" → none. The original text goes into a note whenever it is not plain ISO.
 */
export function normalisePublished(p: string): { published?: string; note?: string } {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(p)) return { published: p };
  const note = `The material dates the page "${p}".`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(\/\d{2})?(.*)$/.exec(p);
  if (!m) return { note };
  const [, y, mo, d, alt, rest] = m;
  const approx = /approx/i.test(rest);
  let out = y;
  if (mo && !approx && !(alt && !d)) {
    out += `-${mo}`;
    if (d && !alt) out += `-${d}`;
  }
  return { published: out, note };
}

// ---------------------------------------------------------------------------------------
// Qualifiers

const HEDGES: Array<[RegExp, 'approximately' | 'at-least']> = [
  [/\b(?:about|around|some|approximately|roughly|circa|ca\.)\s+$/i, 'approximately'],
  [/\bat least\s+$/i, 'at-least'],
];

/** Ways the evidence may write a value: 43,100 / 3.26 thousand / 1.1 million / 20% / 46.5%. */
function renderings(v: number, unit: string): string[] {
  const out: string[] = [];
  const abs = Math.abs(v);
  if (unit === 'percent') return [`${abs}%`];
  out.push(abs.toLocaleString('en-US'));
  for (const [div, word] of [
    [1e3, 'thousand'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= div) out.push(`${+(abs / div).toFixed(3)} ${word}`);
  }
  return out;
}

export function qualifierFor(e: MaterialEntry): 'exact' | 'approximately' | 'at-least' | 'more-than' | 'less-than' {
  if (e.range?.min !== undefined) return 'more-than';
  if (e.range?.max !== undefined) return 'less-than';
  const v = e.value as number;
  for (const r of renderings(v, e.unit)) {
    const at = e.evidence.indexOf(r);
    if (at < 0) continue;
    const before = e.evidence.slice(Math.max(0, at - 20), at);
    for (const [re, q] of HEDGES) if (re.test(before)) return q;
    return 'exact';
  }
  return 'exact';
}

// ---------------------------------------------------------------------------------------
// Sources

function slug(s: string, max: number): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/** The pack accepts only https links; four pages in the material are recorded as http. */
export function httpsUrl(url: string): string {
  return url.replace(/^http:\/\//, 'https://');
}

function guessLanguage(url: string): { lang: 'nl' | 'en'; note?: string } {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  const p = u.pathname;
  if (/\/(en|en-gb)(\/|$)/.test(p)) return { lang: 'en' };
  if (host === 'longreads.cbs.nl' && p.includes('the-netherlands-in-numbers')) return { lang: 'en' };
  if (host === 'nltimes.nl') return { lang: 'en' };
  if (host === 'upday.com' && p.startsWith('/nl/')) return { lang: 'nl' };
  // A Dutch site reposting the English Eurostat release (its title is English).
  if (host === 'denederlandsegrondwet.nl') return { lang: 'en' };
  if (host.endsWith('.nl')) return { lang: 'nl' };
  if (host === 'zeit.de') return { lang: 'en', note: 'The page is in German; the pack records only nl or en.' };
  if (host === 'infomie.net') return { lang: 'en', note: 'A French-language site quoting the English EASO release.' };
  return { lang: 'en' };
}

/** Pages with several versions in the material (different titles or dates). */
const SOURCE_TITLES: Record<string, string> = {
  'https://coa.nl/nl/over-coa/bezetting': 'Bezetting – Personen in de opvang (COA)',
  'https://www.coa.nl/nl/lijst/capaciteit-en-bezetting': 'Capaciteit en bezetting (COA)',
};

export function shortPublisher(p: string): string {
  return p.split(' (')[0].trim();
}

// ---------------------------------------------------------------------------------------
// Series

interface SeriesSpec {
  id: string;
  concept: string;
  geo: string;
  grain: 'year' | 'quarter' | 'date';
  label: Bi;
}

const S = (id: string, concept: string, grain: SeriesSpec['grain'], geo = 'NL'): Omit<SeriesSpec, 'label'> => ({ id, concept, geo, grain });

const SERIES_SPECS: Array<Omit<SeriesSpec, 'label'>> = [
  S('nl-first-asylum-cbs-annual', 'stat-first-asylum-cbs', 'year'),
  S('nl-first-asylum-cbs-quarterly', 'stat-first-asylum-cbs', 'quarter'),
  S('nl-first-asylum-ind-annual', 'stat-first-asylum-ind', 'year'),
  S('nl-repeat-asylum-ind-annual', 'stat-repeat-asylum-ind', 'year'),
  S('nl-nareizigers-arrived-annual', 'stat-nareizigers-arrived', 'year'),
  S('nl-nareizigers-arrived-quarterly', 'stat-nareizigers-arrived', 'quarter'),
  S('nl-nareis-applications-annual', 'stat-nareis-applications', 'year'),
  S('nl-total-inflow-ind-annual', 'stat-total-inflow-ind', 'year'),
  S('nl-total-inflow-chain-report-annual', 'stat-total-inflow-chain-report', 'year'),
  S('nl-total-inflow-weekly-annual', 'stat-total-inflow-weekly', 'year'),
  S('nl-immigration-cbs-annual', 'stat-immigration-cbs', 'year'),
  S('nl-emigration-cbs-annual', 'stat-emigration-cbs', 'year'),
  S('nl-net-migration-cbs-annual', 'stat-net-migration-cbs', 'year'),
  S('nl-ukr-registered-cumulative', 'stat-ukr-registered-cumulative', 'date'),
  S('nl-ukr-municipal-reception', 'stat-ukr-municipal-reception', 'date'),
  S('nl-ukr-residing', 'stat-ukr-residing', 'date'),
  S('nl-coa-persons-in-reception', 'stat-coa-persons-in-reception', 'date'),
  S('nl-coa-entitled', 'stat-coa-entitled', 'date'),
  S('nl-coa-permit-holders-waiting', 'stat-coa-permit-holders-waiting', 'date'),
  S('nl-dtv-independent-annual', 'stat-dtv-independent', 'year'),
  S('nl-dtv-forced-annual', 'stat-dtv-forced', 'year'),
  S('nl-dtv-unsupervised-annual', 'stat-dtv-unsupervised', 'year'),
  S('nl-dtv-total-annual', 'stat-dtv-total', 'year'),
  S('nl-supervised-departure-share-annual', 'stat-supervised-departure-share', 'year'),
  S('eu28-first-time-applicants-annual', 'stat-eurostat-first-time-applicants', 'year', 'EU28'),
  S('eu27-first-time-applicants-annual', 'stat-eurostat-first-time-applicants', 'year', 'EU27_2020'),
  S('euplus-euaa-applications-annual', 'stat-euaa-applications', 'year', 'EU+ (EU27 + NO + CH)'),
  S('eu27-ordered-to-leave-annual', 'stat-ordered-to-leave', 'year', 'EU27_2020'),
  S('eu27-returned-any-annual', 'stat-eu-returned-any', 'year', 'EU27_2020'),
  S('eu-resettled-unhcr-annual', 'stat-resettled-eu-annual', 'year', 'EU'),
];

const GRAIN_RE = { year: /^\d{4}$/, quarter: /^\d{4}-Q[1-4]$/, date: /^\d{4}-\d{2}(-\d{2})?$/ };
const GRAIN_LABEL = {
  year: { nl: 'per jaar', en: 'per year' },
  quarter: { nl: 'per kwartaal', en: 'per quarter' },
  date: { nl: 'op peildata', en: 'at reference dates' },
};

// ---------------------------------------------------------------------------------------
// Statements

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD_NL = ['eerste', 'tweede', 'derde', 'vierde'];
const ORD_EN = ['first', 'second', 'third', 'fourth'];

function when(p: string, lang: 'nl' | 'en'): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(p))) return m[1];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const q = Number(m[2]) - 1;
    return lang === 'nl' ? `het ${ORD_NL[q]} kwartaal van ${m[1]}` : `the ${ORD_EN[q]} quarter of ${m[1]}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return `${(lang === 'nl' ? MONTHS_NL : MONTHS_EN)[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p))) {
    return `${Number(m[3])} ${(lang === 'nl' ? MONTHS_NL : MONTHS_EN)[Number(m[2]) - 1]} ${m[1]}`;
  }
  return p;
}

function periodPhrase(p: string | null, lang: 'nl' | 'en'): string {
  if (p === null) return lang === 'nl' ? 'actueel cijfer' : 'current figure';
  if (p.includes('/')) {
    const [a, b] = p.split('/');
    return lang === 'nl' ? `van ${when(a, 'nl')} tot en met ${when(b, 'nl')}` : `from ${when(a, 'en')} to ${when(b, 'en')}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return lang === 'nl' ? `op ${when(p, 'nl')}` : `on ${when(p, 'en')}`;
  return `in ${when(p, lang)}`;
}

function num(v: number, lang: 'nl' | 'en'): string {
  const [int, frac] = String(Math.abs(v)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return (frac ? `${grouped}${lang === 'nl' ? ',' : '.'}${frac}` : grouped);
}

const QUAL = {
  nl: { exact: '', approximately: 'ongeveer ', 'at-least': 'ten minste ', 'more-than': 'meer dan ', 'less-than': 'minder dan ' },
  en: { exact: '', approximately: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'less-than': 'less than ' },
} as const;

// ---------------------------------------------------------------------------------------
// Building

export interface OfficialPackFiles {
  'pack.json': unknown;
  'sources.json': unknown[];
  'concepts.json': unknown[];
  'facts.json': unknown[];
  'series.json': unknown[];
  'refines.json': Record<string, string>;
}

export function isChangeMeasure(e: MaterialEntry): boolean {
  return /change vs previous year/.test(e.measure);
}

export function buildOfficialPack(material: MaterialEntry[]): OfficialPackFiles {
  const conceptOfMeasure = new Map<string, string>();
  for (const c of CONCEPTS) {
    for (const m of c.measures) {
      if (conceptOfMeasure.has(m)) throw new Error(`measure "${m}" mapped twice`);
      conceptOfMeasure.set(m, c.id);
    }
  }

  const kept = material.filter((e) => e.confidence === 'high' || e.confidence === 'medium');

  // Sources: one per distinct url that backs a kept entry, in first-appearance order.
  const byUrl = new Map<string, MaterialEntry[]>();
  for (const e of kept) {
    const u = httpsUrl(e.url);
    if (!byUrl.has(u)) byUrl.set(u, []);
    byUrl.get(u)!.push(e);
  }
  const sourceIdOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const sources: unknown[] = [];
  for (const [url, entries] of byUrl) {
    const u = new URL(url);
    let id = `web-${slug(u.hostname.replace(/^www\./, '') + u.pathname + u.search, 100)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    sourceIdOf.set(url, id);

    const titles = [...new Set(entries.map((e) => e.title))];
    const publishers = [...new Set(entries.map((e) => e.publisher))].sort((a, b) => a.length - b.length);
    const dates = [...new Set(entries.map((e) => normalisePublished(e.published).published))];
    const vias = [...new Set(entries.map((e) => e.via).filter((v): v is string => !!v))];
    const { lang, note: langNote } = guessLanguage(url);
    const notes: string[] = [];
    if (vias.length) notes.push(`The page is a secondary report (${vias.join('; ')}) of figures by ${shortPublisher(publishers[0])}.`);
    if (publishers.length > 1) notes.push(`Figures on this page are attributed to: ${publishers.join('; ')}.`);
    if (titles.length > 1 || dates.length > 1) {
      notes.push(`The material read several versions of this page: ${entries.map((e) => `"${e.title}" (${e.published})`).filter((s, i, a) => a.indexOf(s) === i).join('; ')}. Each fact carries the date of the version it was read on.`);
    }
    const original = entries[0].url;
    if (original !== url) notes.push(`The material records the address as ${original}; it is stored with https because packs accept only https links.`);
    if (langNote) notes.push(langNote);
    const dateOk = dates.length === 1 && dates[0] !== undefined;
    const title = SOURCE_TITLES[url] ?? (titles.length === 1 ? titles[0] : titles[0]);
    if (titles.length > 1 && !SOURCE_TITLES[url]) throw new Error(`several titles for ${url}: add it to SOURCE_TITLES`);
    const publishedNotes = [...new Set(entries.map((e) => normalisePublished(e.published).note).filter(Boolean))];
    if (dateOk && publishedNotes.length) notes.push(publishedNotes.join(' '));
    if (dates.length === 1 && dates[0] === undefined) notes.push(`${publishedNotes.join(' ')} No date is given on the page.`.trim());
    sources.push({
      id,
      title,
      publisher: publishers[0],
      ...(dateOk ? { date: dates[0] } : {}),
      url,
      language: lang,
      kind: 'webpage',
      ...(notes.length ? { note: notes.join(' ').slice(0, 1000) } : {}),
    });
  }

  // Facts, in material order.
  const facts: Array<Record<string, unknown>> = [];
  const factIds = new Set<string>();
  for (const e of kept) {
    const concept = CONCEPT_BY_ID[e.id] ?? conceptOfMeasure.get(e.measure);
    if (!concept) throw new Error(`no concept for measure "${e.measure}" (${e.id})`);
    const id = e.id.toLowerCase();
    if (factIds.has(id)) throw new Error(`duplicate fact id ${id}`);
    factIds.add(id);

    const unit = e.unit === 'percent' ? 'percent' : 'count';
    const raw = e.value ?? e.range?.min ?? e.range?.max;
    if (raw === undefined) throw new Error(`no value in ${e.id}`);
    const qualifier = qualifierFor(e);
    const { period, note: periodNote } = mapPeriod(e.period);
    const { published, note: publishedNote } = normalisePublished(e.published);
    const url = httpsUrl(e.url);

    let change: Record<string, unknown> | undefined;
    let value = raw;
    if (isChangeMeasure(e)) {
      if (!period || !/^\d{4}$/.test(period)) throw new Error(`change entry ${e.id} needs a year period`);
      change = { direction: raw < 0 ? 'decrease' : 'increase', since: String(Number(period) - 1) };
      value = Math.abs(raw);
    }

    const pub = shortPublisher(e.publisher);
    const figure = (lang: 'nl' | 'en') => {
      const n = `${QUAL[lang][qualifier]}${num(value, lang)}${unit === 'percent' ? '%' : ''}`;
      if (!change) return n;
      const up = change.direction === 'increase';
      return lang === 'nl'
        ? `een ${up ? 'stijging' : 'daling'} van ${n} ten opzichte van ${change.since}`
        : `${up ? 'an increase' : 'a decrease'} of ${n} compared with ${change.since}`;
    };
    const statement = {
      nl: `${pub}${e.via ? ` (via ${e.via})` : ''}: ${e.measure_nl}, ${periodPhrase(period, 'nl')} (${e.geo}): ${figure('nl')}.`,
      en: `${pub}${e.via ? ` (as reported by ${e.via})` : ''}: ${e.measure}, ${periodPhrase(period, 'en')} (${e.geo}): ${figure('en')}.`,
    };

    facts.push({
      id,
      concept,
      statement,
      value,
      unit,
      qualifier,
      ...(change ? { change } : {}),
      period,
      ...(periodNote ? { periodNote } : {}),
      geo: e.geo,
      sourceId: sourceIdOf.get(url)!,
      evidence: e.evidence,
      url,
      ...(published ? { published } : {}),
      ...(publishedNote ? { publishedNote } : {}),
      confidence: e.confidence,
      ...(e.via ? { via: e.via } : {}),
    });
  }

  // Series: per period the best fact — a value before a bound, then the latest published
  // (the most revised release), then high before medium, then material order.
  const series: unknown[] = [];
  const conceptLabel = new Map(CONCEPTS.map((c) => [c.id, c.label]));
  for (const spec of SERIES_SPECS) {
    const candidates = facts.filter(
      (f) =>
        f.concept === spec.concept &&
        f.geo === spec.geo &&
        !f.change &&
        typeof f.period === 'string' &&
        GRAIN_RE[spec.grain].test(f.period as string),
    );
    const best = new Map<string, Record<string, unknown>>();
    const rank = (f: Record<string, unknown>) => [
      f.qualifier === 'more-than' || f.qualifier === 'less-than' ? 1 : 0,
      f.published as string,
      f.confidence === 'high' ? 0 : 1,
    ];
    for (const f of candidates) {
      const cur = best.get(f.period as string);
      if (!cur) {
        best.set(f.period as string, f);
        continue;
      }
      const [b1, p1, c1] = rank(f);
      const [b0, p0, c0] = rank(cur);
      if (b1 < b0 || (b1 === b0 && (p1 > p0 || (p1 === p0 && c1 < c0)))) best.set(f.period as string, f);
    }
    if (best.size < 2) throw new Error(`series ${spec.id} has fewer than two periods`);
    const units = new Set([...best.values()].map((f) => f.unit));
    if (units.size !== 1) throw new Error(`series ${spec.id} mixes units`);
    for (const f of best.values()) f.series = spec.id;
    const label = conceptLabel.get(spec.concept)!;
    const geoSuffix = spec.geo === 'NL' ? '' : `, ${spec.geo}`;
    series.push({
      id: spec.id,
      concept: spec.concept,
      label: {
        nl: `${label.nl} (${GRAIN_LABEL[spec.grain].nl}${geoSuffix})`,
        en: `${label.en} (${GRAIN_LABEL[spec.grain].en}${geoSuffix})`,
      },
      unit: [...units][0],
      geo: spec.geo,
    });
  }

  // Concepts: sourceIds are the pages their facts stand on; confusedWith both ways.
  const confused = new Map<string, Set<string>>();
  for (const [a, b] of CONFUSED) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (!CONCEPTS.some((c) => c.id === x)) throw new Error(`unknown concept ${x} in CONFUSED`);
      if (!confused.has(x)) confused.set(x, new Set());
      confused.get(x)!.add(y);
    }
  }
  const concepts = CONCEPTS.map((c) => {
    const sourceIds = [...new Set(facts.filter((f) => f.concept === c.id).map((f) => f.sourceId as string))];
    if (!sourceIds.length) throw new Error(`concept ${c.id} has no facts`);
    const cw = [...(confused.get(c.id) ?? [])];
    return {
      id: c.id,
      kind: 'metric',
      label: c.label,
      definition: c.definition,
      terms: c.terms,
      sourceIds,
      countingRule: c.countingRule,
      ...(cw.length ? { confusedWith: cw } : {}),
    };
  });

  const refines: Record<string, string> = {};
  for (const c of CONCEPTS) if (c.refines) refines[c.id] = c.refines;

  const pack = {
    format: 'migration-lens/fact-pack',
    formatVersion: 1,
    id: 'official-statistics',
    version: '1.0.0',
    title: { nl: 'Officiële migratiecijfers 2014–2024', en: 'Official migration statistics 2014–2024' },
    description: {
      nl: 'Cijfers van CBS, IND, ministerie, COA, DT&V, Eurostat, EASO/EUAA, Europese Commissie, Europees Parlement en UNHCR, elk met de pagina waarop het staat, een parafrase en een betrouwbaarheid. Per telwijze een eigen begrip, zodat verschillen tussen bronnen zichtbaar blijven.',
      en: 'Figures from CBS, IND, the ministry, COA, DT&V, Eurostat, EASO/EUAA, the European Commission, the European Parliament and UNHCR, each with the page it stands on, a paraphrase and a confidence. One concept per counting rule, so that differences between sources stay visible.',
    },
  };

  return { 'pack.json': pack, 'sources.json': sources, 'concepts.json': concepts, 'facts.json': facts, 'series.json': series, 'refines.json': refines };
}

export function readMaterial(file = MATERIAL_PATH): MaterialEntry[] {
  if (!existsSync(file)) throw new Error(`official-figures material not found at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as MaterialEntry[];
}

export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const files = buildOfficialPack(readMaterial());
  const check = process.argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(OUT_DIR, name);
    const text = serialise(value);
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(`stale: ${file}`);
        stale++;
      }
    } else writeFileSync(file, text);
  }
  const f = files['facts.json'].length;
  console.log(
    `${check ? 'checked' : 'wrote'} ${OUT_DIR}: ${files['sources.json'].length} sources, ${files['concepts.json'].length} concepts, ${f} facts, ${files['series.json'].length} series`,
  );
  if (stale) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
