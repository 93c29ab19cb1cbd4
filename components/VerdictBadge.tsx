import type { Verdict } from '../lib/recognise/types';
import type { Translate } from '../lib/view/i18n';

/** The verdict in words and a symbol, so it never rests on colour alone. */
export function VerdictBadge({ verdict, t }: { verdict: Verdict | null; t: Translate }) {
  const key = verdict ?? 'none';
  const symbol = { consistent: '✓', differs: '≠', context: 'ⓘ', none: '–' }[key];
  return (
    <span class={`verdict verdict-${key}`}>
      <span aria-hidden="true">{symbol} </span>
      {t(`verdict_${key}`)}
    </span>
  );
}
