import type { SourceLine } from '../lib/card';
import type { Translate } from '../lib/i18n';

/** "Title — Publisher, date (reference), citing X" with a link when the source has an https URL. */
export function SourceCitation({ source, t }: { source: SourceLine; t: Translate }) {
  const meta = [source.publisher, source.date, source.reference].filter(Boolean).join(', ');
  return (
    <p class="source">
      <span class="label">{t('cardSource')}: </span>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {meta && <span class="meta"> — {meta}</span>}
      {source.citing && <span class="meta">; {t('cardCiting', source.citing)}</span>}
    </p>
  );
}
