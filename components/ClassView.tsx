import { useState } from 'preact/hooks';
import type { PillarGroup } from '../lib/view/class-view';
import type { Translate } from '../lib/view/i18n';
import { SourceCitation } from './SourceCitation';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  groups: PillarGroup[];
  t: Translate;
  /** Teaching mode: show the figure first, the verdict and source only on request. */
  reveal: boolean;
  onOpen?: (index: number) => void;
}

/** The page's annotations by pillar, in large type, for a class. */
export function ClassView({ groups, t, reveal, onOpen }: Props) {
  return (
    <div class="class-view">
      {groups.map((g) => (
        <section key={g.pillar ?? 'other'} class={`pillar-group pillar-group-${g.pillar ?? 'other'}`} aria-labelledby={`pg-${g.pillar ?? 'other'}`}>
          <h2 id={`pg-${g.pillar ?? 'other'}`}>
            {g.pillar ? `${t('cardPillar', g.pillar)}: ${g.label}` : g.label}
            <span class="group-count"> ({g.cards.length})</span>
          </h2>
          {g.cards.length === 0 ? (
            <p class="empty">{t('classNothing')}</p>
          ) : (
            <ul>
              {g.cards.map((c) => (
                <ClassItem key={c.index} card={c} t={t} reveal={reveal} onOpen={onOpen} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function ClassItem({ card, t, reveal, onOpen }: { card: PillarGroup['cards'][number]; t: Translate; reveal: boolean; onOpen?: (index: number) => void }) {
  const [shown, setShown] = useState(!reveal);
  const m = card.model;
  const isShown = shown || !reveal;
  return (
    <li class={`class-item class-item-${card.kind}`}>
      <p class="class-text">
        <span class="quoted">“{card.text}”</span> — <strong>{m.title}</strong>
        {onOpen && (
          <button type="button" class="link-button" onClick={() => onOpen(card.index)}>
            {t('classShowOnPage')}
          </button>
        )}
      </p>
      {m.figure && <p class="understood">{m.figure.understood}</p>}
      {reveal && !shown ? (
        <button type="button" class="reveal" onClick={() => setShown(true)}>
          {t(card.kind === 'figure' ? 'classRevealVerdict' : 'classRevealDefinition')}
        </button>
      ) : null}
      {isShown && (
        <div class="revealed">
          {card.kind === 'figure' && (
            <p>
              <VerdictBadge verdict={m.verdict ?? null} t={t} />
              {m.figure?.sourceFigure && ` ${t('cardSourceFigure')}: ${m.figure.sourceFigure}`}
              {m.figure?.difference && ` · ${t('cardDifference')}: ${m.figure.difference}`}
            </p>
          )}
          {m.definition && <p class="definition">{m.definition}</p>}
          {m.source && <SourceCitation source={m.source} t={t} />}
          {m.facts[0]?.source && card.kind === 'figure' && (
            <SourceCitation source={{ ...m.facts[0].source, reference: [m.facts[0].source.reference, m.facts[0].locator].filter(Boolean).join(', ') }} t={t} />
          )}
        </div>
      )}
    </li>
  );
}
