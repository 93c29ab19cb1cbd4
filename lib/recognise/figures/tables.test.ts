/** Tables written as text: what a number in a row's cell counts, at which time, in which unit. */
import { describe, expect, it } from 'vitest';
import { figures } from '../../../test/helpers/recognise';
import { tableCell } from './tables';

const cellOf = (t: string, num: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = t.indexOf(num, at + 1);
  const c = tableCell(t, at, at + num.length);
  return c && { heading: t.slice(c.heading[0], c.heading[1]), scale: c.scale };
};

const byYear = [
  'Migration by year, as registered by the municipalities.',
  'Year | Immigration (in thousands) | Emigration (x 1,000) | Net migration (in thousands) |',
  '2017 | 234.957 | -154.292 | 80.665 |',
  '2018 | 243.737 | -157.366 | 86.371 |',
].join('\n');

describe('the heading of a number in a table', () => {
  it('is the cell above it, with the unit the heading states', () => {
    expect(cellOf(byYear, '243.737')).toEqual({ heading: 'Immigration (in thousands)', scale: 1000 });
    expect(cellOf(byYear, '86.371')).toEqual({ heading: 'Net migration (in thousands)', scale: 1000 });
  });
  it('takes its unit from its row\'s label when the heading states none ("Net migration (x 1,000) | 64 | 98 |")', () => {
    const scenarios = ['Variant | Low | Middle | High |', '---|---|---|---|', 'Births (children per woman) | 1.4 | 1.6 | 1.8 |', 'Net migration (x 1,000) | 64 | 98 | 131 |'].join('\n');
    expect(cellOf(scenarios, '98')).toEqual({ heading: 'Middle', scale: 1000 });
    expect(cellOf(scenarios, '1.6')).toEqual({ heading: 'Middle', scale: 1 });
  });
  it('is the heading that names something, in order, when the heading leaves the label columns out', () => {
    const t = ['Asylum seekers | Family members who followed | ||', '---|---|---|---|', '2014 | Q1 | 3255 | 960 |', '2014 | Q2 | 7185 | 880 |'].join('\n');
    expect(cellOf(t, '7185')).toEqual({ heading: 'Asylum seekers', scale: 1 });
    expect(cellOf(t, '880')).toEqual({ heading: 'Family members who followed', scale: 1 });
  });
  it('is nothing for a number in running text, one that shares its cell with words, or a row the heading does not fit', () => {
    expect(cellOf('In 2018 kwamen 243.737 immigranten naar Nederland.', '243.737')).toBeNull();
    expect(cellOf('Jaar | Aantal |\n2018 | ruim 240 duizend mensen |', '240')).toBeNull();
    expect(cellOf('A | B |\n2018 | 5 | 6 | 7 | 8 |', '7')).toBeNull();
  });
});

const byColumn = ['2017 (x 1,000) | 2018 (x 1,000) | |', '---|---|---|', 'Births | 169.8 | 168.5 |', 'Immigration | 235 | 243.7 |'].join('\n');

describe('figures in a table', () => {
  it('under a heading that is a year count what their row\'s label names, at that year', () => {
    const read = figures(byColumn, 'en', '2020-01-02');
    const imm = read.find((f) => f.text === '243.7')!;
    expect([imm.concept, imm.claim!.period.value, imm.value, imm.verdict]).toEqual(['immigration', '2018', 243700, 'consistent']);
    expect(read.find((f) => f.text === '235')?.claim!.period.value).toBe('2017');
    // Births are no migration figure.
    expect(read.some((f) => f.text === '168.5')).toBe(false);
  });
  it('count what their column names, at their row\'s time and in the heading\'s unit; weakly', () => {
    const read = figures(byYear, 'en', '2024-07-01');
    const imm = read.find((f) => f.text === '243.737')!;
    expect([imm.concept, imm.claim!.period.value, imm.value, imm.verdict]).toEqual(['immigration', '2018', 243737, 'consistent']);
    expect(imm.claim!.measure.strong).toBe(false);
    const net = read.find((f) => f.text === '80.665')!;
    expect([net.claim!.period.value, net.verdict]).toEqual(['2017', 'consistent']);
    // Emigration shown as an outflow with a minus sign is the number of people who left.
    const out = read.find((f) => f.text === '-157.366')!;
    expect([out.value, out.verdict]).toEqual([157366, 'consistent']);
    // A cell that disagrees is not accused: a column read by position may be misread.
    const wrong = figures(byYear.replace('243.737', '250.737'), 'en', '2024-07-01').find((f) => f.text === '250.737')!;
    expect(wrong.verdict).not.toBe('differs');
  });
});

describe('a table whose columns stand apart by spaces', () => {
  const spaced = [
    'Hieronder de migratiecijfers per jaar.',
    '',
    '2013 2014 2015',
    'Immigratie 160.500 183.000 190.500',
    'Emigratie 141.500 148.000 151.500',
  ].join('\n');
  it('a number counts what its row\'s label names, in the year over its column', () => {
    const fs = figures(spaced, 'nl', '2016-06-12');
    const f = fs.find((x) => x.text === '148.000')!;
    expect([f.claim!.period.value, f.verdict]).toEqual(['2014', 'consistent']);
    expect(fs.find((x) => x.text === '183.000')!.verdict).toBe('consistent');
  });
  it('a row of numbers only counts what the title over its line of years names; a column with a note in brackets is a part of its year, not read', () => {
    const bare = ['Het aantal asielaanvragen steeg en daalde weer.', '', 'Eerste asielaanvragen in Nederland per jaar', '2015 2016 2017 2018 (jan-jun)', '43.000 18.170 14.720 10.100', '', 'Bron: IND'].join('\n');
    const fs = figures(bare, 'nl', '2018-09-01');
    const f = fs.find((x) => x.text === '14.720')!;
    expect([f.claim!.period.value, f.claim!.period.how, f.verdict]).toEqual(['2017', 'apposition', 'consistent']);
    expect(fs.find((x) => x.text === '43.000')!.claim!.period.value).toBe('2015');
    const part = fs.find((x) => x.text === '10.100');
    expect(part?.claim?.period.how).not.toBe('apposition');
    expect(part?.verdict).not.toBe('differs');
    // (No title over the years: no table this reads.)
    const untitled = figures(bare.replace('Eerste asielaanvragen in Nederland per jaar\n', ''), 'nl', '2018-09-01').find((x) => x.text === '14.720');
    expect(untitled?.claim?.period.how).not.toBe('apposition');
  });
  it('a row with more numbers than the line of years is no such table', () => {
    const ragged = spaced.replace('148.000 151.500', '148.000 151.500 150.000');
    const f = figures(ragged, 'nl', '2016-06-12').find((x) => x.text === '148.000');
    // (Its period may still come from the years above; it is no table cell, read by its column.)
    expect(f?.claim?.period.how).not.toBe('apposition');
  });
});
