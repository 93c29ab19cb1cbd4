/**
 * A first run of the engine over a few sentences of its own, for a background that has just
 * started: V8 compiles a function when it is first called and a regular expression when it is
 * first run, and the engine builds its table of places on first use. A woken Chrome service
 * worker otherwise pays all of that (over 0.1 s) inside the first page's first request. Run
 * while the fact base is being read; kept short (one paragraph, about 60 ms cold), because a
 * woken worker handles the fact base's arrival only after it: two more paragraphs warmed the
 * code further but delayed the first page more than they saved it.
 *
 * The lexicon here is made up on the spot (one measure, one fact) and says nothing about the
 * domain (never stored, never shown): only the code paths a figure takes matter, not what it
 * is linked to.
 */
import { compileLexicon } from './lexicon';
import { recognise } from './recognise';

const SAMPLE =
  'In de eerste negen maanden van 2024 kwamen er ruim 24.000 aanvragen binnen, 12 procent meer dan een jaar eerder. ' +
  'Toen waren het er nog bijna 21.500. Het ministerie verwacht dit jaar tussen 40.000 en 45.000 aanvragen; ' +
  'op 1 januari stonden er 18.300 aanvragen open in Nederland en de helft daarvan wacht langer dan 15 maanden.';

/** Compiles what the engine compiles on first use; returns how many figures it read. */
export function warmUp(): number {
  const lexicon = compileLexicon({
    concepts: [{ id: 'warm-up-measure', kind: 'metric', terms: { nl: ['aanvragen'], en: ['applications'] }, cues: { nl: ['kwamen … binnen'] } }],
    facts: [{ id: 'warm-up-fact', concept: 'warm-up-measure', value: 24_100, unit: 'count', period: '2024', geo: 'NL', confidence: 'high' }],
  });
  return recognise(SAMPLE, lexicon, { lang: 'nl', published: '2024-11-15' }).annotations.filter((a) => a.kind === 'figure').length;
}
