import type { CardModel } from '../lib/card';
import type { Translate } from '../lib/i18n';
import { SourceCitation } from './SourceCitation';

interface Props {
  model: CardModel;
  t: Translate;
  onClose: () => void;
}

/**
 * The card for one annotation. Everything shown comes from the page or a pack and is
 * rendered as text by Preact; nothing is ever set as HTML.
 */
export function FactCard({ model, t, onClose }: Props) {
  return (
    <div class="card" role="dialog" aria-label={t('cardDialogLabel', model.title)}>
      <header>
        <div>
          <p class="kind">{model.conceptKind ? t(`kind_${model.conceptKind}`) : t(model.kind === 'term' ? 'cardTerm' : 'cardFigure')}</p>
          <h2 class="title">{model.title}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {model.pillar && (
        <p class={`pillar pillar-${model.pillar.number}`}>
          {t('cardPillar', model.pillar.number)}
          {model.pillar.label && `: ${model.pillar.label}`}
        </p>
      )}
      {model.definition && <p class="definition">{model.definition}</p>}
      {model.source && <SourceCitation source={model.source} t={t} />}
      {model.facts.length > 0 && (
        <section class="facts">
          <h3>{t('cardRelatedFacts')}</h3>
          <ul>
            {model.facts.map((f) => (
              <li key={f.id}>
                <p class="statement">{f.statement}</p>
                {f.quote && <blockquote>“{f.quote}”</blockquote>}
                {f.source && <SourceCitation source={{ ...f.source, reference: [f.source.reference, f.locator].filter(Boolean).join(', ') }} t={t} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
