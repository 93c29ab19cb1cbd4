/**
 * A later figure equal to the level a sentence's level and change imply for an earlier time
 * counts the same part: no verdict (implied-levels.ts).
 */
import { describe, expect, it } from 'vitest';
import { figure } from '../../test/helpers/recognise';

const story = (later: string) =>
  `In 2020, 172.000 migrants without Dutch citizenship settled in the Netherlands, 45.000 fewer than in 2019. Immigration had been climbing for years. ${later}`;

describe('a level implied by a level and its change', () => {
  it('a later figure of the earlier time equal to the implied level counts the same part: no accusation', () => {
    const f = figure(story('At its peak in 2019, 217.000 people moved to the Netherlands.'), '217.000', 'en', '2021-07-01');
    expect(f.verdict).toBe('context');
    expect(f.claim!.subset).toMatchObject({ restricted: true });
    expect(f.reason).toMatchObject({ why: 'frame', slot: 'subset' });
  });
  it('also where "than" was mistyped: the change\'s own other year is the earlier time', () => {
    const typo = story('At its peak in 2019, 217.000 people moved to the Netherlands.').replace('fewer than in 2019', 'fewer that in 2019');
    expect(figure(typo, '217.000', 'en', '2021-07-01').verdict).toBe('context');
  });
  it('one that is not that level is judged by its own words', () => {
    // (269,000 is what CBS counts for all immigrants in 2019.)
    expect(figure(story('In 2019, 269.000 people moved to the Netherlands.'), '269.000', 'en', '2021-07-01').verdict).toBe('consistent');
    expect(figure(story('In 2019, 230.000 people moved to the Netherlands.'), '230.000', 'en', '2021-07-01').claim!.subset.restricted).toBe(false);
  });
});
