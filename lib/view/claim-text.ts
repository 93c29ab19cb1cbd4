/**
 * The claim frame in words, for the card and the exports: what the engine read ("eerste
 * asielaanvragen · NL · 2022 · gerealiseerd · ruim 35.000") and, when it gave no verdict, why
 * ("een verwachting, geen telling"). A reader sees why a verdict was (or was not) given.
 */
import type { Lang } from '../factbase/schema';
import { formatNumber } from './format';
import { translator, type MessageKey } from './i18n';
import type { Annotation } from '../recognise/types';
import { MONTH_ABBREVIATIONS } from '../util/months';

/** A period string for a reader: "2025", "Q3 2025", "jan–sep 2025", "1 jan 2024", "2015–2018". */
export function periodText(p: string, lang: Lang): string {
  const one = (s: string): string => {
    let m = /^(\d{4})-Q([1-4])$/.exec(s);
    if (m) return lang === 'nl' ? `${m[2]}e kwartaal ${m[1]}` : `Q${m[2]} ${m[1]}`;
    m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
    if (m) return `${Number(m[3])} ${MONTH_ABBREVIATIONS[lang][Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d\d)$/.exec(s);
    if (m) return `${MONTH_ABBREVIATIONS[lang][Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-W(\d\d)?$/.exec(s);
    if (m) return m[2] ? `${lang === 'nl' ? 'week' : 'week'} ${Number(m[2])} ${m[1]}` : lang === 'nl' ? `een week in ${m[1]}` : `a week in ${m[1]}`;
    return s;
  };
  const [a, b] = p.split('/');
  if (!b) return one(a);
  const ma = /^(\d{4})-(\d\d)$/.exec(a);
  const mb = /^(\d{4})-(\d\d)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) return `${MONTH_ABBREVIATIONS[lang][Number(ma[2]) - 1]}–${MONTH_ABBREVIATIONS[lang][Number(mb[2]) - 1]} ${ma[1]}`;
  return `${one(a)}–${one(b)}`;
}

function geoText(geo: string): string {
  if (!geo.startsWith('local:')) return geo;
  const name = geo.slice(6).replace(/-/g, ' ');
  return name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** The figure in words: "ruim 35.000", "more than 35,000", "84–87%". */
function figureText(a: Annotation, lang: Lang, t: ReturnType<typeof translator>): string {
  const n = a.range ? `${formatNumber(a.range[0], lang)}–${formatNumber(a.range[1], lang)}` : a.value !== undefined ? formatNumber(a.value, lang) : '?';
  const unit = a.unit === 'percent' ? '%' : a.unit === 'EUR' ? ' euro' : a.unit === 'USD' ? ' dollar' : a.unit === 'GBP' ? (lang === 'nl' ? ' pond' : ' pound') : '';
  const q = a.qualifier && a.qualifier !== 'exact' ? `${t(`claimQualifier_${a.qualifier.replace(/-/g, '_')}` as MessageKey)} ` : '';
  return `${q}${n}${unit}`;
}

/** "eerste asielaanvragen · NL · 2022 · gerealiseerd · ruim 35.000" (null for terms). */
export function readAs(a: Annotation, measureLabel: string | null, lang: Lang): string | null {
  const c = a.claim;
  if (a.kind === 'term' || !c) return null;
  const t = translator(lang);
  const parts: string[] = [];
  parts.push(measureLabel ? measureLabel.toLowerCase() : t('claimMeasureUnknown'));
  const agg = c.aggregation.value;
  if (agg !== 'level') {
    const since = c.aggregation.since ? ` ${t('claimSince', periodText(c.aggregation.since, lang))}` : '';
    parts.push(`${t(`claimAggregation_${agg.replace(/-/g, '_')}` as MessageKey)}${since}`);
  }
  parts.push(c.geo.scope === 'local' || c.geo.scope === 'region' ? `${geoText(c.geo.value)} (${t('claimLocal')})` : geoText(c.geo.value));
  parts.push(c.period.value ? periodText(c.period.value, lang) + (c.period.toDate ? ` (${t('claimToDate')})` : '') : t('claimPeriodUnknown'));
  if (c.subset.value?.nationality) parts.push(t('claimNationality', c.subset.value.nationality));
  else if (c.subset.value?.group) parts.push(c.subset.value.group.replace(/-/g, ' '));
  else if (c.subset.restricted) parts.push(t('claimSubsetPart'));
  parts.push(t(`claimModality_${c.modality.value}` as MessageKey));
  parts.push(figureText(a, lang, t));
  return parts.join(' · ');
}

/**
 * What a `differs` rests on besides the difference: the fact of another period the figure
 * equals, when its sentence states one period ("24.700" for 2022 is 2021's figure). Null
 * otherwise.
 */
export function differsNote(a: Annotation, lang: Lang, describeFact: (id: string) => string | null): string | null {
  if (a.verdict !== 'differs' || a.reason?.why !== 'other-period-match' || !a.reason.factId) return null;
  const fact = describeFact(a.reason.factId);
  return fact ? translator(lang)('claimDiffers_otherPeriod', fact) : null;
}

/**
 * Why a figure got no verdict, in a sentence; null when it has one (consistent, differs) or
 * the engine has nothing to say. `factPeriod` names the period and measure of a fact by id.
 */
export function whyNoVerdict(a: Annotation, lang: Lang, describeFact: (id: string) => string | null): string | null {
  if (a.kind === 'term' || a.verdict === 'consistent' || a.verdict === 'differs') return null;
  const t = translator(lang);
  if (a.beyond) return null; // the card's freshness line says it
  const r = a.reason;
  if (!r) return a.concept ? null : t('claimWhy_measure');
  if (r.why === 'frame') return t(`claimWhy_${(r.slot ?? 'measure').replace(/-/g, '_')}` as MessageKey);
  const fact = r.factId ? describeFact(r.factId) : null;
  switch (r.why) {
    case 'other-rule-match':
      return t('claimWhy_otherRule', fact ?? '');
    case 'other-period-match':
      return t('claimWhy_otherPeriod', fact ?? '');
    case 'far-off':
      return t('claimWhy_farOff', fact ?? '');
    case 'other-rule-silent':
      return t('claimWhy_ruleSilent');
    case 'weak-reading':
      return t('claimWhy_weak');
    case 'later-release':
      return t('claimWhy_later', fact ?? '');
    case 'coarse-source':
      return t('claimWhy_coarse', fact ?? '');
    case 'revised-base':
      return t('claimWhy_revisedBase', fact ?? '');
    case 'pledge-stage':
      return t('claimWhy_pledgeStage', fact ?? '');
    case 'sources-differ':
      return t('claimWhy_sourcesDiffer', fact ?? '');
    case 'other-area':
      return t('claimWhy_otherArea', fact ?? '');
    case 'running-count':
      return t('claimWhy_runningCount', fact ?? '');
    case 'bound-holds':
      return t('claimWhy_boundHolds', fact ?? '');
    case 'other-period':
      return t('claimWhy_noPeriod');
    default:
      return null;
  }
}
