import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/helpers/recognise';
import { decodeAnnotationCode, encodeAnnotations } from './annotation-wire';

describe('annotations on the wire', () => {
  it('carry where each annotation is and how it is painted, and nothing of what it says', () => {
    const text = 'De IND meldde dat in 2023 ruim 38.000 eerste asielaanvragen werden ingediend, en in 2023 ook 99.999.';
    const annotations = annotate(text);
    const wire = encodeAnnotations(annotations);
    expect(wire).toHaveLength(annotations.length * 3);
    const back = annotations.map((_, i) => ({ text: text.slice(wire[3 * i], wire[3 * i + 1]), ...decodeAnnotationCode(wire[3 * i + 2]) }));
    expect(back).toEqual(annotations.map((a) => ({ text: a.text, kind: a.kind === 'term' ? 'term' : 'figure', verdict: a.kind === 'term' ? null : a.verdict ?? null })));
    expect(back.map((b) => b.verdict)).toEqual(expect.arrayContaining(['consistent']));
    expect(JSON.stringify(wire)).not.toMatch(/IND|asiel|nl-first/);
  });
});
