import type { Backing, DefinitionsDetail, OfficialCount } from '../lib/view/card-definitions';
import type { MessageKey, Translate } from '../lib/view/i18n';

interface Props {
  counts: DefinitionsDetail;
  t: Translate;
}

/** "parafrase van een webpagina, gepubliceerd 2024-02, betrouwbaarheid middel, via NOS" */
export function backingText(b: Backing, t: Translate): string {
  if (b.kind === 'quote') return t('cardBackingQuote');
  return [
    t('cardBackingEvidence'),
    b.published ? t('cardNewestPublished', b.published) : null,
    b.confidence ? t(`cardConfidence_${b.confidence}` as MessageKey) : null,
    b.via ? t('cardVia', b.via) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function CountLine({ c, lead, t }: { c: OfficialCount; lead?: string; t: Translate }) {
  return (
    <li class="official-count" data-concept={c.concept}>
      <p>
        {lead && <strong>{lead} </strong>}
        <span class="count-label">{c.label}</span> ({c.period ?? '—'}
        {c.geo !== 'NL' ? `, ${c.geo}` : ''}: <span class="count-figure">{c.figure}</span>
        {c.publisher ? `, ${c.publisher}` : ''})
      </p>
      {c.rule && (
        <p class="rule">
          {t('cardCountingRule')}: {c.rule}
        </p>
      )}
      {c.revised && (
        <p class="revised">
          {t(
            c.revised.isLatest ? 'cardRevised' : 'cardRevisedLater',
            c.publisher ?? '',
            c.revised.first.figure,
            c.revised.first.published ?? '—',
            c.revised.latest.figure,
            c.revised.latest.published ?? '—',
          )}
        </p>
      )}
      <p class="backing">{backingText(c.backing, t)}</p>
    </li>
  );
}

/**
 * How the figure relates to each official definition of what it counts: the measure and
 * period understood, one line per definition (verdict, the source's figure, its counting
 * rule and backing), other official counts of the same period, and how fresh the pack is.
 */
export function DefinitionList({ counts, t }: Props) {
  const lead = { consistent: t('cardDefConsistent'), differs: t('cardDefDiffers'), context: t('cardDefContext') };
  const fresh = counts.freshness;
  return (
    <div class="counts">
      {(counts.measure || counts.period) && (
        <p class="measure">
          {counts.measure && (
            <span>
              <span class="label">{t('cardMeasure')}: </span>
              {counts.measure}
            </span>
          )}
          {counts.measure && counts.period && ' · '}
          {counts.period && (
            <span>
              <span class="label">{t('cardPeriod')}: </span>
              {counts.period}
            </span>
          )}
        </p>
      )}
      {fresh?.beyond && <p class="beyond">{t('cardBeyond', fresh.pagePeriod ?? '')}</p>}
      {counts.definitions.length > 0 && (
        <section class="definitions">
          <p class="label">{t('cardOfficialCounts')}</p>
          <ul>
            {counts.definitions.map((d) => (
              <CountLine key={d.factId} c={d} lead={lead[d.verdict]} t={t} />
            ))}
          </ul>
        </section>
      )}
      {counts.others.length > 0 && (
        <section class="others">
          <p class="label">{t('cardOtherCounts')}</p>
          <ul>
            {counts.others.map((o) => (
              <CountLine key={o.factId} c={o} t={t} />
            ))}
          </ul>
        </section>
      )}
      {fresh && (
        <p class="freshness">
          {t('cardNewest', fresh.period, fresh.publisher ?? '—')}
          {fresh.published ? `, ${t('cardNewestPublished', fresh.published)}` : ''}
        </p>
      )}
    </div>
  );
}
