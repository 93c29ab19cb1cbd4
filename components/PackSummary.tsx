import type { StatusReport } from '../lib/factbase/status';
import type { Lang } from '../lib/factbase/schema';
import type { Translate } from '../lib/view/i18n';
import { periodText } from '../lib/view/claim-text';

/** One line per installed pack, and a warning when the database cannot be used. */
export function PackSummary({ status, lang, t }: { status: StatusReport; lang: Lang; t: Translate }) {
  return (
    <div class="packs">
      {status.database === 'unavailable' && (
        <p class="warning" role="status">
          {t('optionsDbUnavailable')}
        </p>
      )}
      <ul>
        {status.packs.map((p) => (
          <li key={p.id} data-pack={p.id}>
            {t('popupPackLine', p.title[lang], p.version, p.counts.facts ?? 0, p.counts.concepts ?? 0, p.counts.sources ?? 0)}
          </li>
        ))}
      </ul>
      {status.newest?.length > 0 && (
        <details class="newest">
          <summary>{t('newestHeading')}</summary>
          <ul>
            {status.newest.map((n) => (
              <li key={n.concept} data-measure={n.concept}>
                {t('newestLine', n.label[lang], periodText(n.period, lang), [n.publisher, n.published].filter(Boolean).join(', '))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
