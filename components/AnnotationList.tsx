import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/view/i18n';
import type { ListItem } from '../lib/view/list-item';

export type { ListItem };

interface Props {
  items: ListItem[];
  t: Translate;
  /** The export buttons, rendered under the list. */
  exports?: ComponentChildren;
  onOpen: (index: number) => void;
  onClose: () => void;
}

/**
 * Every annotation on the page in reading order, for keyboard and screen-reader users (a
 * highlight alone is invisible to them). One item is in the tab order at a time (roving
 * tabindex); arrows, Home and End move; Enter opens the item's card; Escape closes.
 */
export function AnnotationList({ items, t, onOpen, onClose, exports }: Props) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const closeRef = useRef<HTMLButtonElement>(null);

  // Focus before the list is painted: a keyboard user who presses Enter the moment the list
  // appears must reach its first item, not the page behind it.
  useLayoutEffect(() => {
    (refs.current[0] ?? closeRef.current)?.focus();
  }, []);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setActive(next);
    refs.current[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Escape: onClose,
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      e.stopPropagation();
      act();
    }
  };

  return (
    <section class="annotation-list" role="dialog" aria-modal="false" aria-labelledby="ml-list-title" onKeyDown={onKeyDown}>
      <div class="head">
        <h2 id="ml-list-title">{t('listTitle')}</h2>
        <button type="button" class="close" ref={closeRef} aria-label={t('listClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="count" role="status" aria-live="polite">
        {t('listCount', items.length)}
      </p>
      <p class="hint">{t('listHint')}</p>
      {items.length === 0 ? (
        <p>{t('listEmpty')}</p>
      ) : (
        <ul role="list">
          {items.map((item, i) => (
            <li key={i}>
              <button
                type="button"
                ref={(el) => {
                  refs.current[i] = el;
                }}
                tabIndex={i === active ? 0 : -1}
                class={`item item-${item.kind}`}
                onFocus={() => setActive(i)}
                onClick={() => onOpen(i)}
              >
                <span class="item-text">{item.text}</span>
                <span class="item-detail">{item.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {exports}
    </section>
  );
}
