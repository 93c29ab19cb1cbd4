import type { SourceLine } from '../lib/view/source-line';
import { httpsHref } from '../lib/util/https-url';
import type { Translate } from '../lib/view/i18n';

/** "Title — Publisher, date (reference), citing X" with a link when the source has an https URL. */
export function SourceCitation({ source, t }: { source: SourceLine; t: Translate }) {
  // Checked once more where it becomes a link.
  const href = httpsHref(source.url);
  const meta = [source.publisher, source.date, source.reference].filter(Boolean).join(', ');
  return (
    <p class="source">
      <span class="label">{t('cardSource')}: </span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
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
