import { describe, expect, it } from 'vitest';
import { parseNumbers } from './numbers';
import { detectNumberLocale } from './numbers/locale';
import type { NumberMatch } from './types';

type Lang = 'nl' | 'en';

/** The only match in `text`, asserting there is exactly one. */
function one(text: string, lang: Lang): NumberMatch {
  const ms = parseNumbers(text, { lang });
  expect(ms, `${lang}: ${JSON.stringify(text)} → ${JSON.stringify(ms)}`).toHaveLength(1);
  const m = ms[0];
  expect(m.text).toBe(text.slice(m.start, m.end));
  return m;
}

/** Assert a single match covering `span` (a substring of text, first occurrence) with these fields. */
function expectOne(lang: Lang, text: string, span: string, fields: Partial<NumberMatch>): void {
  const m = one(text, lang);
  const start = text.indexOf(span);
  expect(start, `span ${span} not in text`).toBeGreaterThanOrEqual(0);
  expect({ start: m.start, end: m.end }).toEqual({ start, end: start + span.length });
  const want: Partial<NumberMatch> = { unit: 'count', qualifier: 'exact', ...fields };
  for (const [k, v] of Object.entries(want)) {
    if (k === 'value' && typeof v === 'number') expect(m.value, `${text}: value`).toBeCloseTo(v, 9);
    else expect((m as unknown as Record<string, unknown>)[k], `${text}: ${k}`).toEqual(v);
  }
  if (fields.range) expect(m.value).toBeUndefined();
  if (fields.value !== undefined) expect(m.range).toBeUndefined();
}

const none = (text: string, lang: Lang): void => {
  const ms = parseNumbers(text, { lang });
  expect(ms, `${lang}: ${JSON.stringify(text)} should hold no number, got ${JSON.stringify(ms)}`).toEqual([]);
};

describe('parseNumbers: numerals and separators', () => {
  it('reads Dutch separators', () => {
    expectOne('nl', '332.863', '332.863', { value: 332863 });
    expectOne('nl', 'Het waren 1.200.000 mensen', '1.200.000', { value: 1200000 });
    expectOne('nl', '1,2 miljoen', '1,2 miljoen', { value: 1_200_000 });
    expectOne('nl', 'Dat is 4,5 duizend', '4,5 duizend', { value: 4500 });
    expectOne('nl', 'groei van 0,25', '0,25', { value: 0.25 });
    expectOne('nl', '1.234,56 euro', '1.234,56 euro', { value: 1234.56, unit: 'EUR' });
  });

  it('reads English separators', () => {
    expectOne('en', '332,863', '332,863', { value: 332863 });
    expectOne('en', '1.2 million', '1.2 million', { value: 1_200_000 });
    expectOne('en', '1,200', '1,200', { value: 1200 });
    expectOne('en', '4.800', '4.800', { value: 4.8 });
    expectOne('en', '1,234,567.89', '1,234,567.89', { value: 1234567.89 });
  });

  it('lets the page language decide a single separator before three digits', () => {
    expect(one('1.200', 'nl').value).toBe(1200);
    expect(one('1.200', 'en').value).toBe(1.2);
    expect(one('1,200', 'en').value).toBe(1200);
    expect(one('1,200', 'nl').value).toBe(1.2);
  });

  it('is lenient where a reading is unambiguous', () => {
    expect(one('1.2 million', 'nl').value).toBe(1_200_000); // not 1200 million
    expect(one('1.200.000', 'en').value).toBe(1_200_000); // repeated groups are thousands
    expect(one('1,200,000', 'nl').value).toBe(1_200_000);
    expect(one('400.000', 'en').value).toBe(400_000); // ".000" is never a decimal
    expect(one('1,3', 'en').value).toBe(1.3); // not three digits: a decimal
  });

  it('reads thousands grouped by spaces, NBSP and thin spaces', () => {
    expectOne('nl', 'ruim 580 800 mensen', 'ruim 580 800', { value: 580800, qualifier: 'more-than' });
    expectOne('nl', '580\u00a0800', '580\u00a0800', { value: 580800 });
    expectOne('nl', '580\u2009800', '580\u2009800', { value: 580800 });
    expectOne('en', '1\u202f234\u202f567.89 is', '1\u202f234\u202f567.89', { value: 1234567.89 });
    // a group that is not three digits ends the number
    const ms = parseNumbers('423 0000', { lang: 'en' });
    expect(ms.map((m) => m.value)).toEqual([423, 0]);
  });

  it('a time of day is no quantity: "rond half tien \'s avonds", "tot half 1", "om 10 uur", "at 9 pm"', () => {
    const values = (text: string, lang: 'nl' | 'en') => parseNumbers(text, { lang }).map((m) => m.value);
    expect(values("Rond half tien 's avonds kwamen er 300 tenten; de hulpverleners bleven tot half 1.", 'nl')).toEqual([300]);
    expect(values("Om 10 uur 's ochtends stonden er 200 mensen buiten.", 'nl')).toEqual([200]);
    expect(values('At 9 pm some 300 people were still outside.', 'en')).toEqual([300]);
    // (A share and a duration stay what they are.)
    expect(values('De helft van de 40 mensen wachtte 3 uur.', 'nl')).toEqual([50, 40, 3]);
  });
  it('a table row glued into the text is a row of numbers, not one number grouped by spaces', () => {
    // (A row of seven yearly counts of minors in reception had been read as 967 quadrillion.)
    const row = parseNumbers('Alleenstaande minderjarigen 1.620 948 571 604 489 452 433', { lang: 'nl' });
    expect(row.map((m) => m.value)).toEqual([1620, 948, 571, 604, 489, 452, 433]);
    // A year right before a space-grouped count leaves it whole.
    expect(parseNumbers('In 2023 12 000 aanvragen', { lang: 'nl' }).map((m) => m.value)).toEqual([2023, 12000]);
  });

  it('reads a number as a reader sees it when invisible characters sit inside it', () => {
    // A zero-width space from a CMS read "38" here, and the card said the figure was 99.9 % off.
    expectOne('nl', 'ruim 38.\u200b000 mensen', 'ruim 38.\u200b000', { value: 38000, qualifier: 'more-than' });
    expectOne('nl', 'het waren 12\u00ad500 aanvragen', '12\u00ad500', { value: 12500 });
    expectOne('nl', 'vijf\u00adhonderd mensen', 'vijf\u00adhonderd', { value: 500, words: true });
    expectOne('en', '\ufeff1,\u2060200 people', '1,\u2060200', { value: 1200 });
    // Offsets still point into the text as given, around and after the invisible characters.
    const ms = parseNumbers('In 2023: 38.\u200b000 en daarna 12.000.', { lang: 'nl' });
    expect(ms.map((m) => [m.text, m.value])).toEqual([['2023', 2023], ['38.\u200b000', 38000], ['12.000', 12000]]);
  });

  it('reads negative values and decimals', () => {
    expectOne('nl', 'daling van -3,5 procent', '-3,5 procent', { value: -3.5, unit: 'percent' });
    expectOne('nl', 'saldo min 12', 'min 12', { value: -12 });
    expectOne('en', 'a change of −2.75 per cent', '−2.75 per cent', { value: -2.75, unit: 'percent' });
    expectOne('en', 'The answer is minus five point five', 'minus five point five', { value: -5.5, words: true });
  });
  it('a dash opening a line is a minus on its own, a bullet before a line that goes on in words', () => {
    expectOne('en', '- 10', '- 10', { value: -10 });
    expectOne('en', 'The EU recorded:\n- 183,809 first-time asylum applications', '183,809', { value: 183809 });
    expectOne('nl', 'De cijfers:\n- 4.600 nareizigers in het derde kwartaal', '4.600', { value: 4600 });
  });
});

describe('parseNumbers: units and scales', () => {
  it('reads currencies and scales', () => {
    expectOne('nl', 'EUR 128 miljoen', 'EUR 128 miljoen', { value: 128e6, unit: 'EUR' });
    expectOne('nl', 'kost € 2 miljard', '€ 2 miljard', { value: 2e9, unit: 'EUR' });
    expectOne('nl', '128 mln', '128 mln', { value: 128e6 });
    expectOne('nl', 'er is 12.000 euro', '12.000 euro', { value: 12000, unit: 'EUR' });
    expectOne('nl', '€12,5 mln', '€12,5 mln', { value: 12.5e6, unit: 'EUR' });
    expectOne('nl', '3 mld', '3 mld', { value: 3e9 });
    expectOne('en', '$2.5 billion', '$2.5 billion', { value: 2.5e9, unit: 'USD' });
    expectOne('en', 'USD 40 bn', 'USD 40 bn', { value: 40e9, unit: 'USD' });
    expectOne('en', '12,000 dollars', '12,000 dollars', { value: 12000, unit: 'USD' });
    // British news gives costs in pounds: money, never a count of people.
    expectOne('en', 'costs about £26,000 a year', 'about £26,000', { value: 26000, unit: 'GBP', qualifier: 'approximately' });
    expectOne('en', 'a bill of £632m', '£632m', { value: 632e6, unit: 'GBP' });
    expectOne('en', 'it cost 40 million pounds', '40 million pounds', { value: 40e6, unit: 'GBP' });
    // Past-tense verbs of passing a number are a lower bound, as "exceeding" is.
    expectOne('en', 'requests exceeded 40,000 that year', 'exceeded 40,000', { value: 40000, qualifier: 'more-than' });
    expectOne('en', 'the total surpassed one million', 'surpassed one million', { value: 1e6, qualifier: 'more-than' });
    // A mark passed is a lower bound, only when the words after the number name the mark.
    expectOne('en', 'the count broke the one million barrier last year', 'broke the one million', { value: 1e6, qualifier: 'more-than' });
    expectOne('en', 'claims crossed the 40,000 threshold', 'crossed the 40,000', { value: 40000, qualifier: 'more-than' });
    expectOne('en', 'the senate passed the 10-point plan', '10', { value: 10, qualifier: 'exact' });
    expectOne('en', '10k', '10k', { value: 10000 });
    // News writes millions as "1.3m"; "a 4m-high fence" and "4m long" are metres.
    expectOne('en', 'a drop on the 1.3m applications', '1.3m', { value: 1.3e6 });
    expectOne('en', 'the 1m who came', '1m', { value: 1e6 });
    // Tabloids glue the whole scale word to the digits.
    expectOne('en', 'a record 1.75million people applied', '1.75million', { value: 1.75e6 });
    expectOne('en', 'a bill of £4billion', '£4billion', { value: 4e9, unit: 'GBP' });
    expect(parseNumbers('the 2millionth visitor', { lang: 'en' }).some((m) => m.value === 2e6)).toBe(false);
    expect(parseNumbers('a 4m-high fence', { lang: 'en' }).some((m) => m.value === 4e6)).toBe(false);
    expect(parseNumbers('the wall is 4m high', { lang: 'en' }).some((m) => m.value === 4e6)).toBe(false);
  });
  it('reads a scale word joined by a hyphen ("1.14-million") as the scale, not as a range up to a million', () => {
    expectOne('en', 'rose to 1.14-million last year', '1.14-million', { value: 1.14e6 });
    expectOne('nl', 'ruim 2,5-miljoen mensen', 'ruim 2,5-miljoen', { value: 2.5e6, qualifier: 'more-than' });
    // A range written with a dash keeps its two ends.
    expect(parseNumbers('between 2-3 million', { lang: 'en' })[0].range).toEqual([2e6, 3e6]);
  });

  it('reads percentages and percentage points', () => {
    expectOne('nl', '17%', '17%', { value: 17, unit: 'percent' });
    expectOne('nl', '17 procent', '17 procent', { value: 17, unit: 'percent' });
    expectOne('en', '17 per cent', '17 per cent', { value: 17, unit: 'percent' });
    expectOne('en', '17 percent', '17 percent', { value: 17, unit: 'percent' });
    expectOne('nl', '2,5 procentpunten', '2,5 procentpunten', { value: 2.5, unit: 'percentage-points' });
    expectOne('nl', '6 procentpunt', '6 procentpunt', { value: 6, unit: 'percentage-points' });
    expectOne('en', '3 percentage points', '3 percentage points', { value: 3, unit: 'percentage-points' });
  });
});

describe('parseNumbers: qualifiers', () => {
  const nl: Array<[string, NumberMatch['qualifier']]> = [
    ['ruim 40.000', 'more-than'],
    ['circa 31.300', 'approximately'],
    ['ca. 31.300', 'approximately'],
    ['ongeveer 31.300', 'approximately'],
    ["zo'n 31.300", 'approximately'],
    ['rond de 31.300', 'approximately'],
    ['nagenoeg 31.300', 'approximately'],
    ['bijna 2900', 'almost'],
    ['haast 2900', 'almost'],
    ['net meer dan 3.000', 'more-than'],
    ['meer dan 47.000', 'more-than'],
    ['iets minder dan 91.000', 'less-than'],
    ['minder dan 91.000', 'less-than'],
    ['ten minste 40', 'at-least'],
    ['minstens 40', 'at-least'],
    ['maximaal 40', 'at-most'],
    ['hooguit 40', 'at-most'],
    ['tot 40', 'at-most'],
  ];
  it.each(nl)('nl %s', (text, q) => {
    const m = one(`Het gaat om ${text} mensen.`, 'nl');
    expect(m.text).toBe(text);
    expect(m.qualifier).toBe(q);
  });

  const en: Array<[string, NumberMatch['qualifier']]> = [
    ['about 300', 'approximately'],
    ['around 300', 'approximately'],
    ['approximately 300', 'approximately'],
    ['roughly 300', 'approximately'],
    ['some 300', 'approximately'],
    ['nearly 300', 'almost'],
    ['almost 300', 'almost'],
    ['over 300', 'more-than'],
    ['more than 300', 'more-than'],
    ['at least 300', 'at-least'],
    ['fewer than 300', 'less-than'],
    ['less than 300', 'less-than'],
    ['up to 300', 'at-most'],
    ['just under 300', 'less-than'],
    ['just over 300', 'more-than'],
    ['slightly over 300', 'more-than'],
    ['a little under 300', 'less-than'],
  ];
  it.each(en)('en %s', (text, q) => {
    const m = one(`It concerns ${text} people.`, 'en');
    expect(m.text).toBe(text);
    expect(m.qualifier).toBe(q);
  });

  it('reads a qualifier after the number', () => {
    expectOne('nl', '200 of meer', '200 of meer', { value: 200, qualifier: 'at-least' });
    expectOne('en', '500 or fewer', '500 or fewer', { value: 500, qualifier: 'at-most' });
  });
});

describe('parseNumbers: ranges and changes', () => {
  it('reads closed ranges; the unit holds for both ends', () => {
    expectOne('nl', 'tussen de 84 en 87 procent', 'tussen de 84 en 87 procent', { range: [84, 87], unit: 'percent' });
    expectOne('nl', '84-87%', '84-87%', { range: [84, 87], unit: 'percent' });
    expectOne('nl', '84 tot 87 procent', '84 tot 87 procent', { range: [84, 87], unit: 'percent' });
    expectOne('nl', 'tussen de 2 en 3 miljoen euro', 'tussen de 2 en 3 miljoen euro', { range: [2e6, 3e6], unit: 'EUR' });
    expectOne('en', 'between 400.000 and 500.000', 'between 400.000 and 500.000', { range: [400000, 500000] });
    expectOne('en', 'between 400,000 and 500,000 people', 'between 400,000 and 500,000', { range: [400000, 500000] });
    expectOne('en', '1000 – 5000', '1000 – 5000', { range: [1000, 5000] });
    expectOne('nl', 'van 500 tot 750', 'van 500 tot 750', { range: [500, 750] });
  });
  it('reads a range written in words whose scale word ends the second end ("drie tot vier duizend") with that scale at both ends', () => {
    expectOne('nl', 'elke maand drie tot vier duizend mensen', 'drie tot vier duizend', { range: [3000, 4000] });
    expectOne('en', 'there are two to three million people', 'two to three million', { range: [2e6, 3e6] });
    // (Not a range without a scale word: "drie tot vier".)
    expectOne('nl', 'drie tot vier gezinnen', 'drie tot vier', { range: [3, 4] });
  });

  it('reads changes: value is the new level', () => {
    expectOne('nl', 'steeg van 500 naar 750', 'van 500 naar 750', { value: 750, change: { from: 500, to: 750 } });
    expectOne('en', 'rose from 500 to 750', 'from 500 to 750', { value: 750, change: { from: 500, to: 750 } });
    expectOne('nl', 'van 17% naar 20%', 'van 17% naar 20%', { value: 20, unit: 'percent', change: { from: 17, to: 20 } });
  });

  it('reads a change that names what it counts between its levels, and the new level\'s own qualifier', () => {
    const en = parseNumbers('requests went from 18,000 first applications to about 32,000', { lang: 'en' });
    expect(en.map((n) => [n.value, n.change, n.qualifier])).toEqual([[32000, { from: 18000, to: 32000 }, 'approximately']]);
    const nl = parseNumbers('steeg van 22.500 eerste aanvragen naar ruim 35.500', { lang: 'nl' });
    expect(nl.map((n) => [n.value, n.change, n.qualifier])).toEqual([[35500, { from: 22500, to: 35500 }, 'more-than']]);
    // A time between the levels gives each its own: two numbers, as before.
    expect(parseNumbers('daalde van 2450 in mei naar 1980 in juni', { lang: 'nl' }).map((n) => n.value)).toEqual([2450, 1980]);
    expect(parseNumbers('from 700 last year to 1,500 this year', { lang: 'en' }).map((n) => n.value)).toEqual([700, 1500]);
  });
  it('keeps two numbers apart when "en"/"and" has no range intro', () => {
    expect(parseNumbers('5 en 6', { lang: 'nl' }).map((m) => m.value)).toEqual([5, 6]);
  });
  it('keeps a change\'s rate and its new level apart: "increased by 14 percent to 3,700" is no range', () => {
    const ms = parseNumbers('applications increased by 14 percent to 3,700 in the first quarter', { lang: 'en' });
    expect(ms.map((m) => [m.value, m.unit, m.range])).toEqual([
      [14, 'percent', undefined],
      [3700, 'count', undefined],
    ]);
    expect(parseNumbers('14 to 20 percent', { lang: 'en' })[0]).toMatchObject({ range: [14, 20], unit: 'percent' });
  });
  it('keeps a change\'s amount and its new level apart: "steeg met bijna 60.000 tot 640.000", "grew by 95,000 to 17.8 million"', () => {
    const read = (text: string, lang: Lang) => parseNumbers(text, { lang }).map((m) => [m.text, m.value ?? m.range]);
    expect(read('het aantal aanvragen steeg met bijna 60.000 tot 640.000', 'nl')).toEqual([['bijna 60.000', 60000], ['tot 640.000', 640000]]);
    expect(read('the population grew by 95,000 to 17.8 million', 'en')).toEqual([['95,000', 95000], ['17.8 million', 17.8e6]]);
    // Ends of one size after "met"/"by" are still a range of the change.
    expect(read('de instroom steeg met 10.000 tot 15.000 aanvragen', 'nl')).toEqual([['10.000 tot 15.000', [10000, 15000]]]);
    expect(read('applications rose by 3 to 5 percent', 'en')).toEqual([['3 to 5 percent', [3, 5]]]);
    // Without "met"/"by" before it, a wide range stays a range.
    expect(read('schattingen lopen uiteen van 2.000 tot 20.000 mensen', 'nl')).toEqual([['van 2.000 tot 20.000', [2000, 20000]]]);
  });
});

describe('parseNumbers: numbers in words', () => {
  it('reads Dutch words', () => {
    expectOne('nl', 'zeventig', 'zeventig', { value: 70, words: true });
    expectOne('nl', 'vijftigduizend', 'vijftigduizend', { value: 50000, words: true });
    expectOne('nl', 'tweeënhalf', 'tweeënhalf', { value: 2.5, words: true });
    expectOne('nl', 'anderhalf', 'anderhalf', { value: 1.5, words: true });
    expectOne('nl', 'anderhalf miljoen', 'anderhalf miljoen', { value: 1.5e6, words: true });
    expectOne('nl', 'driehonderdeenentachtigduizend', 'driehonderdeenentachtigduizend', { value: 381000, words: true });
    expectOne('nl', 'zeventien miljoen drieënvijftigduizend negenhonderdtachtig', 'zeventien miljoen drieënvijftigduizend negenhonderdtachtig', { value: 17053980 });
    expectOne('nl', 'twintig procent', 'twintig procent', { value: 20, unit: 'percent', words: true });
  });

  it('reads a fraction of a scale as a count ("a third of a million"), a fraction of anything else as a share', () => {
    expectOne('en', 'more than a third of a million applicants', 'more than a third of a million', { value: 1e6 / 3, qualifier: 'more-than' });
    expectOne('en', 'three quarters of a million people', 'three quarters of a million', { value: 750_000 });
    expectOne('en', 'a third of the applicants', 'a third', { unit: 'percent' });
  });

  it('reads a larger scale followed by digits of a smaller one as one number ("one million 204 thousand")', () => {
    expectOne('en', 'one million 204 thousand people', 'one million 204 thousand', { value: 1_204_000 });
    expectOne('en', 'reached 1 million 90 thousand', '1 million 90 thousand', { value: 1_090_000 });
    expectOne('nl', 'een miljoen 257 duizend aanvragen', 'een miljoen 257 duizend', { value: 1_257_000 });
    // Not two scales of the same size, a list, or a fraction of millions with more after it.
    expect(parseNumbers('2 million 300 million', { lang: 'en' }).map((m) => m.value)).toEqual([2e6, 300e6]);
    expect(parseNumbers('1 million, 204 thousand', { lang: 'en' }).map((m) => m.value)).toEqual([1e6, 204e3]);
    expect(parseNumbers('1,5 miljoen 200 duizend', { lang: 'nl' }).map((m) => m.value)).toEqual([1.5e6, 200e3]);
  });

  it('reads fractions of a whole as shares in percent', () => {
    expectOne('nl', 'drie kwart van de bevolking', 'drie kwart', { value: 75, unit: 'percent', share: true });
    expectOne('nl', 'een derde', 'een derde', { value: 100 / 3, unit: 'percent', share: true });
    expectOne('nl', 'twee derde', 'twee derde', { value: 200 / 3, unit: 'percent', share: true });
    expectOne('nl', 'de helft', 'de helft', { value: 50, unit: 'percent', share: true });
    expectOne('nl', 'ruim de helft van de aanvragen', 'ruim de helft', { value: 50, unit: 'percent', share: true, qualifier: 'more-than' });
    expectOne('nl', 'een op de drie asielzoekers', 'een op de drie', { value: 100 / 3, unit: 'percent', share: true });
    expectOne('en', 'one in five', 'one in five', { value: 20, unit: 'percent', share: true });
    expectOne('en', '3/4', '3/4', { value: 75, unit: 'percent', share: true });
  });

  it('does not read an ordinal before what it numbers as a fraction ("een derde land", "een zesde vlucht")', () => {
    none('naar een veilig derde land', 'nl');
    none('een derde land', 'nl');
    none('a third country', 'en');
    none('Vanochtend landde een zesde vlucht met evacués.', 'nl');
    none('Hij deed een derde asielaanvraag.', 'nl');
    none('A fifth flight with evacuees landed this morning.', 'en');
  });

  it('reads English words', () => {
    expectOne('en', 'a thousand', 'a thousand', { value: 1000, words: true });
    expectOne('en', 'half a million', 'half a million', { value: 500000, words: true });
    expectOne('en', 'twenty-five', 'twenty-five', { value: 25, words: true });
    expectOne('en', 'one hundred and sixty-one', 'one hundred and sixty-one', { value: 161 });
    expectOne('en', 'two thirds', 'two thirds', { value: 200 / 3, unit: 'percent', share: true });
  });

  it('skips vague plurals and lone articles', () => {
    none('duizenden mensen', 'nl');
    none('honderden', 'nl');
    none('tienduizenden', 'nl');
    none('thousands of people', 'en');
    none('een man en een vrouw', 'nl');
    none('a man and an apple', 'en');
    none('the one you mentioned', 'en');
  });
});

describe('parseNumbers: decoys return nothing', () => {
  const nl = [
    '14 oktober 2019',
    'op 1 januari',
    'oktober 2019',
    '2019-10-14',
    '14-10-2019',
    '17/5/2018',
    '10:56',
    'om 14.30 uur',
    '020-1234567',
    '+31 6 12345678',
    '0612345678',
    '192.168.1.1',
    'v2.3.1',
    'versie: 4',
    'versie 4',
    '2511 CV Den Haag',
    '19 637, nr. 2535',
    'Kamerstuk 19637-2535',
    '2019D40742',
    '2019Z19563',
    'nr. 2375',
    'c.s.2',
    'Integrale Migratieagenda.1',
    '2-1',
    '3–0',
    '3.2 Terugkeer',
    '1. Inleiding',
    'CO2',
    '180ml',
    'de 4e van mei',
    'zie https://example.org/rapport-2019/tabel-12?id=40',
  ];
  it.each(nl)('nl %s', (t) => none(t, 'nl'));

  const en = ['October 14, 2019', '4 May 2019', 'May 4', '2019-10-14', '10:56am', '2.30pm', '+1-222-2222-2222', 'SCP-173', 'version 2', 'the 4th', '21st'];
  it.each(en)('en %s', (t) => none(t, 'en'));

  it('reads a number in thousands glued to the label before it at a line\'s end (a table row copied as text), nothing else glued', () => {
    const ms = parseNumbers('Gedwongen vertrek uit Nederland2.650\nTotaal DT&V14.880\nCOVID19\nWindows2000\nNederland3.610 mensen', { lang: 'nl' });
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ['2.650', 2650],
      ['14.880', 14880],
    ]);
  });

  it('reads the year but not the footnote in "piekjaar 2015.3"', () => {
    expectOne('nl', 'het piekjaar 2015.3 Daarna', '2015', { value: 2015, isYear: true });
  });
  it('reads a grouped number, not a decimal, before a full stop and a footnote marker ("exceeded 40,000.1 With …")', () => {
    const ms = parseNumbers('In 2015 the count of new applicants went past 40,000.1 With recognition rates below half', { lang: 'en' });
    expect(ms.map((m) => [m.text, m.value])).toContainEqual(['40,000', 40000]);
    expect(ms.map((m) => m.value)).not.toContain(40000.1);
    // A decimal the next word continues is still one.
    expectOne('en', 'a road of 1,204.5 kilometres', '1,204.5', { value: 1204.5 });
  });

  it('marks bare years, not other four-digit numbers', () => {
    const ms = parseNumbers('In 2023 vroegen 38.000 mensen asiel aan, 2500 meer.', { lang: 'nl' });
    expect(ms.map((m) => [m.text, m.value, !!m.isYear])).toEqual([
      ['2023', 2023, true],
      ['38.000', 38000, false],
      ['2500', 2500, false],
    ]);
  });
});

describe('parseNumbers: text taken from parliamentary documents', () => {
  it('skips footnote markers, references and note numbers', () => {
    none('is het aantal gedaald. 1 Kamerstuk 19 637, nr. 2535', 'nl');
    none('gepubliceerd (Stb. 2019, 143) en', 'nl');
    // Chapter and verse of a Bible reference, in the Christian press.
    none('het bekende vers over de vreemdeling (Mat. 25, 35) klinkt vaak', 'nl');
    none('zoals Lev. 19:34 al zegt', 'nl');
    none('voorzieningen (LVV´s)17 en', 'nl');
    none('nr. 2445.↩︎\n18. «Every year', 'nl');
    none('Kamerstuk 34 775 XVII, nr. 49', 'nl');
    none('de geldende regels in acht nemen', 'nl');
  });

  it('skips a decade: "de jaren 90", "Jaren negentig", "sinds de jaren vijftig"', () => {
    none('bleef ver onder het peil van de jaren 90.', 'nl');
    none('Jaren negentig: veel meer asielzoekers', 'nl');
    none('Al sinds de jaren vijftig vangt ons land vluchtelingen op.', 'nl');
    // A count after "jaren" that does not open its phrase is still a count.
    expectOne('nl', 'kwamen er in de afgelopen jaren 90 asielzoekers bij', '90', { value: 90 });
  });

  it('reads across a soft line break and a hyphen left by one', () => {
    expectOne('nl', 'bedragen ongeveer EUR 2\nmiljard)', 'ongeveer EUR 2\nmiljard', { value: 2e9, unit: 'EUR', qualifier: 'approximately' });
    expectOne('nl', 'is tussen de 84 en-87 procent ingewilligd', 'tussen de 84 en-87 procent', { range: [84, 87], unit: 'percent' });
  });

  it('reads a change whose old level is qualified', () => {
    expectOne('nl', 'opgevangen, van iets minder dan 91.000 naar 110.000.', 'van iets minder dan 91.000 naar 110.000', {
      value: 110000,
      change: { from: 91000, to: 110000 },
    });
  });

  it('reads a change whose new level is stressed ("to just 575", "naar slechts 6.100")', () => {
    expectOne('en', 'requests dropped, from over 1,900 to just 640.', 'from over 1,900 to just 640', { value: 640, change: { from: 1900, to: 640 } });
    expectOne('nl', 'het aantal daalde van 8.400 naar slechts 6.100.', 'van 8.400 naar slechts 6.100', { value: 6100, change: { from: 8400, to: 6100 } });
  });
});

describe('parseNumbers: a sentence', () => {
  it('finds every figure with offsets in a news sentence', () => {
    const text = 'In 2023 kwamen ruim 38.000 eerste asielaanvragen binnen, circa 40 procent vertrekt daadwerkelijk; de kosten stegen van € 1,2 miljard naar € 1,5 miljard.';
    const ms = parseNumbers(text, { lang: 'nl' });
    expect(ms.map((m) => ({ text: m.text, value: m.value, unit: m.unit, qualifier: m.qualifier, change: m.change }))).toEqual([
      { text: '2023', value: 2023, unit: 'count', qualifier: 'exact', change: undefined },
      { text: 'ruim 38.000', value: 38000, unit: 'count', qualifier: 'more-than', change: undefined },
      { text: 'circa 40 procent', value: 40, unit: 'percent', qualifier: 'approximately', change: undefined },
      { text: 'van € 1,2 miljard naar € 1,5 miljard', value: 1.5e9, unit: 'EUR', qualifier: 'exact', change: { from: 1.2e9, to: 1.5e9 } },
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });
});

// Speed goals live in `npm run bench` (the number parser's MB/s on number-dense text), not in
// timed unit tests. What stays here is correctness on pathological input: long runs of digits,
// separators or spaces that a backtracking pattern could choke on must still parse right.
describe('parseNumbers: pathological input', () => {
  it('reads long runs of digits, separators or spaces correctly', () => {
    const all = (s: string, lang: 'nl' | 'en') => parseNumbers(s, { lang });
    for (const lang of ['nl', 'en'] as const) {
      // Nothing a reader would call a number of this size: no match spans the whole run.
      for (const s of ['1.'.repeat(50000), '1 '.repeat(50000), '- '.repeat(50000), 'a '.repeat(50000)]) {
        const ms = all(s, lang);
        for (const m of ms) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(m.end - m.start).toBeLessThan(1000);
        }
        for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
      }
      expect(all('a '.repeat(50000), lang)).toEqual([]);
      expect(all('- '.repeat(50000), lang)).toEqual([]);
      const nines = all('9'.repeat(100000), lang);
      for (const m of nines) expect('9'.repeat(100000).slice(m.start, m.end)).toBe(m.text);
    }
    for (const s of ['een '.repeat(30000), 'half '.repeat(30000)]) {
      const ms = all(s, 'nl');
      for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
    }
    // A word of number morphemes that ends in something else is no number word, and reading
    // it splits each morpheme once (no backtracking over the ways to split it).
    expect(all(`${'zeventien'.repeat(40)}x mensen`, 'nl')).toEqual([]);
    expect(all(`${'zeventien'.repeat(3)} mensen`, 'nl')).toEqual([]);
    const tail = all('meer dan '.repeat(20000) + '5', 'nl');
    expect(tail.at(-1)?.value).toBe(5);
    expect(tail.at(-1)?.qualifier).toBe('more-than');
  });
});

describe('English text written with continental digits', () => {
  it('reads "124.935 people" as a count where the text writes "11,5 percent" and nothing the English way', () => {
    const text = 'In the last quarter, 124.935 people were ordered to leave, 11,5 percent more than a year before.';
    expect(parseNumbers(text, { lang: 'en' }).map((m) => m.value)).toEqual([124935, 11.5]);
  });
  it('keeps the English reading where the text also writes digits the English way, except before people counted', () => {
    const text = 'In the last quarter, 124.935 orders to leave were issued, 3.5 percent more than the 120,000 a year before.';
    expect(parseNumbers(text, { lang: 'en' })[0].value).toBeCloseTo(124.935);
    // No one counts people to three decimals: a Dutch thousands dot slipped into English copy.
    const people = 'In 2015, 13.845 family members arrived, against 11,800 a year later; 2.145 persons per household.';
    expect(parseNumbers(people, { lang: 'en' }).map((m) => m.value)).toEqual([2015, 13845, 11800, 2.145]);
  });
});

describe('detectNumberLocale', () => {
  it('guesses from separators and words', () => {
    expect(detectNumberLocale('Er kwamen 1.234,5 mensen, 3,5 procent van het totaal.')).toBe('nl');
    expect(detectNumberLocale('There were 1,234.5 people, 3.5 percent of the total.')).toBe('en');
    expect(detectNumberLocale('12345')).toBeNull();
  });
});

describe('English thousands written with a space after the comma', () => {
  it('reads "912, 000" and "1, 049, 500" as one number, but keeps "In 2019, 300" apart', () => {
    const text = 'Applications fell to 912, 000 in 2024, down from 1, 049, 500. In 2019, 300 people left.';
    expect(parseNumbers(text, { lang: 'en' }).map((m) => [m.text, m.value])).toEqual([
      ['912, 000', 912000],
      ['2024', 2024],
      ['1, 049, 500', 1049500],
      ['2019', 2019],
      ['300', 300],
    ]);
  });
  it('keeps a list of counts written with tight commas apart ("140,000, 125,000 and 60,000")', () => {
    const text = 'The largest groups lodged 140,000, 125,000 and 60,000 claims.';
    expect(parseNumbers(text, { lang: 'en' }).map((m) => [m.text, m.value])).toEqual([
      ['140,000', 140000],
      ['125,000', 125000],
      ['60,000', 60000],
    ]);
  });
  it('"108, 475" is one number in a text that writes its thousands that way ("7, 300"), two in a text that does not', () => {
    const styled = 'In the first quarter 108, 475 people were ordered to leave and 7, 300 of them returned.';
    expect(parseNumbers(styled, { lang: 'en' }).map((m) => [m.text, m.value])).toEqual([
      ['108, 475', 108475],
      ['7, 300', 7300],
    ]);
    expect(parseNumbers('Of the 27, 312 were rejected.', { lang: 'en' }).map((m) => [m.text, m.value])).toEqual([
      ['27', 27],
      ['312', 312],
    ]);
  });
});

describe('a year is not one end of a range or change of counts', () => {
  const texts = (text: string, lang: Lang) => parseNumbers(text, { lang }).map((m) => [m.text, m.value ?? m.range]);
  it('"van 8.970 in … 2024 naar 4.530": 2024 and 4.530 stay apart', () => {
    expect(texts('Het daalde van 8.970 in het eerste kwartaal van 2024 naar 4.530 in 2025.', 'nl')).toEqual([
      ['8.970', 8970],
      ['2024', 2024],
      ['4.530', 4530],
      ['2025', 2025],
    ]);
  });
  it('"from 654,600 in 2017 to 912,000": 2017 and 912,000 stay apart', () => {
    expect(texts('It went from 654,600 in 2017 to 912,000.', 'en')).toEqual([
      ['654,600', 654600],
      ['2017', 2017],
      ['912,000', 912000],
    ]);
  });
  it('"from 2019 to 2021" is a span of years', () => {
    expect(texts('It held from 2019 to 2021.', 'en')).toEqual([['from 2019 to 2021', [2019, 2021]]]);
  });
});

describe('a count right after a month name', () => {
  it('"tot en met juli 95.200", "in oktober 350" are counts; "oktober 2019", "juli 14", "mei 95" stay dates', () => {
    expect(parseNumbers('Tot en met juli 95.200 oversteken.', { lang: 'nl' }).map((n) => n.value)).toEqual([95200]);
    expect(parseNumbers('In oktober 350 aanvragen en in november 4100.', { lang: 'nl' }).map((n) => n.value)).toEqual([350, 4100]);
    expect(parseNumbers('In July 9,500 people crossed.', { lang: 'en' }).map((n) => n.value)).toEqual([9500]);
    for (const date of ['oktober 2019', 'juli 14', 'mei 95', 'in mei twee']) expect(parseNumbers(date, { lang: 'nl' })).toEqual([]);
  });
  it('a share in words right after a month is a share: "eind mei drie op de tien nieuwkomers"', () => {
    expect(parseNumbers('Eind mei was drie op de tien nieuwkomers afkomstig uit Syrië; een maand later, eind juni, bijna vier op de tien.', { lang: 'nl' }).map((n) => [n.text, n.value, n.unit])).toEqual([
      ['drie op de tien', 30, 'percent'],
      ['bijna vier op de tien', 40, 'percent'],
    ]);
    expect(parseNumbers('In June one in five arrivals came from Syria.', { lang: 'en' }).map((n) => n.value)).toEqual([20]);
  });
});

describe('a count right after a date', () => {
  it('"On 28 February, 2 million …" and "As of March 31, 2024, 3 million …" are counts; the second part of a reference stays no number', () => {
    expect(parseNumbers('On February 28, 2 million people held the status.', { lang: 'en' }).map((n) => n.value)).toEqual([2e6]);
    expect(parseNumbers('As of March 31, 2024, 3 million refugees were registered.', { lang: 'en' }).map((n) => n.value)).toEqual([3e6]);
    expect(parseNumbers('Tussen januari en mei 2024, 850 mensen meer dan verwacht.', { lang: 'nl' }).map((n) => n.value)).toEqual([850]);
    expect(parseNumbers('Zie Stb. 2019, 143 voor de regeling.', { lang: 'nl' })).toEqual([]);
  });
});

describe('a share with "every" between its parts', () => {
  it('"one in every five", "seven out of every 10", "een op elke vier" are shares', () => {
    expectOne('en', 'one in every five applicants', 'one in every five', { value: 20, unit: 'percent', share: true, words: true });
    expectOne('en', 'Seven out of every 10 were men', 'Seven out of every 10', { value: 70, unit: 'percent', share: true, words: true });
    expectOne('nl', 'een op elke vier aanvragers', 'een op elke vier', { value: 25, unit: 'percent', share: true, words: true });
  });
});

describe('a count written in two scales', () => {
  it('"3 million 412.5 thousand", "12 miljoen 300 duizend" are one number; a comma, a decimal larger part or scales in the wrong order keep two', () => {
    expectOne('en', 'By then 3 million 412.5 thousand people were registered.', '3 million 412.5 thousand', { value: 3412500 });
    expectOne('en', 'close to 2 million 40 thousand', 'close to 2 million 40 thousand', { value: 2040000, qualifier: 'approximately' });
    expectOne('nl', 'In totaal 12 miljoen 300 duizend inwoners.', '12 miljoen 300 duizend', { value: 12300000 });
    expect(parseNumbers('Er kwamen 2 miljoen, 300 duizend gingen weg.', { lang: 'nl' }).map((n) => n.value)).toEqual([2e6, 3e5]);
    expect(parseNumbers('from 1.5 million 200 thousand', { lang: 'en' }).map((n) => n.value)).toEqual([1.5e6, 2e5]);
    expect(parseNumbers('6 thousand 2 million', { lang: 'en' }).map((n) => n.value)).toEqual([6e3, 2e6]);
  });
});

describe('an English comma in Dutch copy', () => {
  it('"ongeveer 13,800 mensen" counts people in thousands; "2,345 personen per huishouden" and "1,250 miljoen" stay decimals', () => {
    expect(parseNumbers('Het ging om ongeveer 13,800 mensen.', { lang: 'nl' }).map((n) => n.value)).toEqual([13800]);
    expect(parseNumbers('Er kwamen 4,200 Eritreeërs.', { lang: 'nl' }).map((n) => n.value)).toEqual([4200]);
    expect(parseNumbers('Gemiddeld 2,345 personen per huishouden.', { lang: 'nl' }).map((n) => n.value)).toEqual([2.345]);
    expect(parseNumbers('Bijna 1,250 miljoen aanvragen.', { lang: 'nl' }).map((n) => n.value)).toEqual([1250000]);
  });
});

describe('a qualifier after "van"/"from" that opens no change', () => {
  it('"zakte van ongeveer 43.100 in 2015 naar …" keeps "ongeveer" with its number', () => {
    const ms = parseNumbers('In 2016 zakte het aantal van ongeveer 43.100 in 2015 naar circa 18.200.', { lang: 'nl' });
    expect(ms.filter((m) => m.value !== 2015 && m.value !== 2016).map((m) => [m.text, m.qualifier])).toEqual([
      ['ongeveer 43.100', 'approximately'],
      ['circa 18.200', 'approximately'],
    ]);
    expect(parseNumbers('It fell from about 43,100 in 2015.', { lang: 'en' })[0].text).toBe('about 43,100');
    // Without a qualifier the intro word stays out.
    expect(parseNumbers('Het daalde van 43.100 in 2015.', { lang: 'nl' })[0].text).toBe('43.100');
  });
});
