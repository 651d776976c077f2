import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJsonStat } from '../../src/data/jsonStat';
import { populationFromJsonStat } from '../../src/data/jsonStatPopulation';
import { readPopulationFile } from '../../src/data/populationFile';

const fixture = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../fixtures/scb', name), 'utf8'));
const TAB638 = 'scb_v2_TAB638_knivsta_uppsala_2000-2005_sex_x_civilstand.jsonstat2.json';
const TAB6471 = 'scb_v2_TAB6471_monthly_population_lan_2026M01-M04.json';
const source = { kind: 'file' as const, label: 'test' };

/** Independent row-major indexing: sum over civilstånd × kön for one region and year. */
function expectedTab638(
  json: {
    id: string[];
    size: number[];
    value: number[];
    dimension: Record<string, { category: { index: Record<string, number> } }>;
  },
  region: string,
  year: string,
): number {
  const [R, C, A, K, M, T] = json.size as [number, number, number, number, number, number];
  const r = json.dimension.Region!.category.index[region]!;
  const t = json.dimension.Tid!.category.index[year]!;
  let sum = 0;
  for (let c = 0; c < C; c++)
    for (let k = 0; k < K; k++) sum += json.value[((((r * C + c) * A + 0) * K + k) * M + 0) * T + t]!;
  void R;
  return sum;
}

describe('the real TAB638 response (Knivsta, Uppsala 2000–2005 by sex × marital status)', () => {
  const json = fixture(TAB638);

  it('is read as a dataset with its table id and categories in index order', () => {
    const d = readJsonStat(json);
    if (!d.ok) throw new Error(d.error.message.en);
    expect(d.value.tableId).toBe('TAB638');
    expect(d.value.dimensions.map((x) => x.id)).toEqual([
      'Region',
      'Civilstand',
      'Alder',
      'Kon',
      'ContentsCode',
      'Tid',
    ]);
    expect(d.value.dimensions[1]!.codes).toEqual(['OG', 'G', 'SK', 'ÄNKL']);
  });

  it('sums marital status and sex (the table has no totals), leaves out the zeros before Knivsta existed', () => {
    const r = populationFromJsonStat(json, source);
    if (!r.ok) throw new Error(r.error.message.en);
    const fig = (code: string, year: number) =>
      r.value.series.figures.find((f) => f.code === code && f.year === year)?.population;
    expect(fig('0330', 2003)).toBe(expectedTab638(json, '0330', '2003'));
    expect(fig('0380', 2000)).toBe(expectedTab638(json, '0380', '2000'));
    expect(fig('0380', 2005)).toBe(expectedTab638(json, '0380', '2005'));
    // Knivsta was formed 2003-01-01; year-ends are given by the division of 1 January after, so
    // 31 December 2002 exists and 2000–2001 are zeros, which are no figure.
    expect(fig('0330', 2002)).toBe(expectedTab638(json, '0330', '2002'));
    expect(fig('0330', 2001)).toBeUndefined();
    expect(r.value.series.figures).toHaveLength(4 + 6);
    expect(r.value.members).toEqual([
      { code: '0330', name: 'Knivsta' },
      { code: '0380', name: 'Uppsala' },
    ]);
    expect(r.value.series.figures[0]!.table).toBe('TAB638');
  });

  it('places values by index value, not by JSON key order', () => {
    // Reverse the key order of the Region index (and labels): positions must not change.
    const shuffled = structuredClone(json);
    shuffled.dimension.Region.category.index = { '0380': 1, '0330': 0 };
    const a = populationFromJsonStat(json, source);
    const b = populationFromJsonStat(shuffled, source);
    expect(b.ok && a.ok && b.value.series.figures).toEqual(a.ok && a.value.series.figures);
    // With integer-like keys JavaScript orders "1060" before "0127" whatever the text says.
    expect(Object.keys({ '0127': 0, '1060': 1 })).toEqual(['1060', '0127']);
  });

  it('takes a published total rather than summing parts when the table has one', () => {
    const withTotal = structuredClone(json);
    // Turn the Kon dimension into [TotSa, 1] with the total deliberately not equal to the parts.
    withTotal.dimension.Kon.category.index = { TotSa: 0, '1': 1 };
    withTotal.dimension.Kon.category.label = { TotSa: 'totalt', '1': 'män' };
    const r = populationFromJsonStat(withTotal, source);
    if (!r.ok) throw new Error(r.error.message.en);
    const [R, C, A, K, M, T] = withTotal.size;
    const at = (r0: number, c: number, k: number, t: number) => withTotal.value[((r0 * C + c) * A * K + k) * M * T + t];
    void R;
    const expected = [0, 1, 2, 3].reduce((s, c) => s + at(1, c, 0, 5), 0);
    expect(r.value.series.figures.find((f) => f.code === '0380' && f.year === 2005)?.population).toBe(expected);
  });

  it('rejects a table cut short, never half a table', () => {
    const cut = structuredClone(json);
    cut.value = cut.value.slice(0, 50);
    const r = populationFromJsonStat(cut, source);
    expect(!r.ok && r.error.message.sv).toContain('value har inte 96 värden');
  });

  it.each([
    ['not an object', 'hej'],
    ['not a dataset', { class: 'collection' }],
    ['size and id disagree', { class: 'dataset', id: ['Region'], size: [1, 2], dimension: {} }],
    [
      'an index pointing twice at one position',
      {
        class: 'dataset',
        id: ['Region'],
        size: [2],
        dimension: { Region: { category: { index: { a: 0, b: 0 } } } },
        value: [1, 2],
      },
    ],
    [
      'text among the values',
      {
        class: 'dataset',
        id: ['Region'],
        size: [1],
        dimension: { Region: { category: { index: { '0127': 0 } } } },
        value: ['x'],
      },
    ],
  ])('rejects %s', (_, json) => {
    expect(readJsonStat(json).ok).toBe(false);
  });
});

describe('the real TAB6471 response (monthly, by län and age group)', () => {
  it('is rejected with a message that says why', () => {
    const r = populationFromJsonStat(fixture(TAB6471), source);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.sv).toMatch(/ålder|årsskiften|kommuner/);
  });

  it('names each reason on its own: age groups without total, no December, län not kommuner', () => {
    const json = fixture(TAB6471);
    const oneAge = structuredClone(json);
    // Keep only the first age group: a single age group is a part of the population, said so first.
    const ages = json.size[1];
    oneAge.size[1] = 1;
    oneAge.dimension.Alder.category.index = { '0-9': 0 };
    oneAge.value = json.value.filter(
      (_: number, i: number) => Math.floor(i / (json.size[2] * json.size[3] * json.size[4])) % ages === 0,
    );
    const partOnly = populationFromJsonStat(oneAge, source);
    expect(!partOnly.ok && partOnly.error.message.sv).toContain('tabellen gäller bara ”0-9');
    // Called the total instead, the age no longer speaks; then the months and the län do.
    oneAge.dimension.Alder.category.index = { tot: 0 };
    oneAge.dimension.Alder.category.label = { tot: 'totalt ålder' };
    const noDecember = populationFromJsonStat(oneAge, source);
    expect(!noDecember.ok && noDecember.error.message.sv).toContain('tidsdimensionen har inga årsskiften');
    const ageError = populationFromJsonStat(json, source);
    expect(!ageError.ok && ageError.error.message.sv).toContain('dimensionen ”ålder” har flera värden');
  });
});

describe('a json-stat2 file saved from SCB', () => {
  it('reads like the live answer, with the file as its source', () => {
    const r = readPopulationFile(
      readFileSync(resolve(__dirname, '../fixtures/scb', TAB638), 'utf8'),
      'knivsta.json',
      '2026-11-23T08:00:00Z',
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.series.source).toMatchObject({ kind: 'file', location: 'knivsta.json', tables: ['TAB638'] });
  });

  it('says so when the file is not JSON', () => {
    const r = readPopulationFile('{"class": "data', 'trasig.json', '');
    expect(!r.ok && r.error.message.sv).toBe('trasig.json är inte giltig JSON.');
  });
});
