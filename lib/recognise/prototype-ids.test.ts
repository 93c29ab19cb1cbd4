import { describe, expect, it } from 'vitest';
import { chooseDefinitions, compileDefinitions } from './definitions';

/**
 * Concept ids already stored by an earlier version may be names every plain object has
 * ("constructor"): the definition table must treat them as ordinary ids.
 */
describe('concept ids that are built-in property names', () => {
  it('neither break the definition table nor linking', () => {
    const ids = ['constructor', 'first-asylum-applications', 'stat-first-asylum-cbs'];
    const defs = compileDefinitions(ids, new Set(['first-asylum-applications', 'stat-first-asylum-cbs']), { 'stat-first-asylum-cbs': 'first-asylum-applications' });
    expect(defs?.families).toEqual([['first-asylum-applications', 'stat-first-asylum-cbs']]);
    expect(chooseDefinitions('constructor', defs!, 'ruim 38.000 asielaanvragen', 0, 11)).toBeNull();
    expect(chooseDefinitions('stat-first-asylum-cbs', defs!, 'ruim 38.000 eerste asielaanvragen volgens het cbs', 0, 11)?.ids[0]).toBe('stat-first-asylum-cbs');
  });
});
