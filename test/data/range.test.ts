import { getPopulation } from '../../src/data';
import { populationFromCells } from '../../src/data/range';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { readRangeValues } from '../../src/workbook/excel/read';
import { createRealExcel } from '../excel/realExcel';
import { planFor } from '../workbook/fixtures';

describe('population from cells (what Excel gives for a range)', () => {
  it('the long shape, with numbers as Excel keeps them and a kommunkod that lost its zero', () => {
    const r = populationFromCells(
      [
        ['kommunkod', 'kommun', 'ar', 'folkmangd_31dec'],
        [127, 'Botkyrka', 2025, 96_750],
        ['0136', 'Haninge', '2025', '101 408'],
      ],
      'Blad1!A1:D3',
    );
    expect(r.ok && r.value.series.figures).toEqual([
      { code: '0127', year: 2025, population: 96_750 },
      { code: '0136', year: 2025, population: 101_408 },
    ]);
    expect(r.ok && r.value.series.source).toMatchObject({ kind: 'range', location: 'Blad1!A1:D3' });
  });

  it('the wide shape, under title rows, skipping the Summa row and empty years', () => {
    const r = populationFromCells(
      [
        ['Befolkning – folkmängd 31 december', '', '', ''],
        ['', '', '', ''],
        ['Kommunkod', 'Kommun', 2024, 2025],
        ['0127', 'Botkyrka', 95_905, 96_750],
        ['0140', 'Nykvarn', '', 12_384],
        ['', 'Summa', 95_905, 109_134],
      ],
      'Befolkning!A1:D6',
    );
    expect(r.ok && r.value.series.figures).toEqual([
      { code: '0127', year: 2024, population: 95_905 },
      { code: '0127', year: 2025, population: 96_750 },
      { code: '0140', year: 2025, population: 12_384 },
    ]);
  });

  it.each([
    [[], 'tomt'],
    [
      [
        ['Namn', 'Antal'],
        ['Botkyrka', 1],
      ],
      'rubrikrad med kommunkod',
    ],
    [
      [
        ['kommunkod', 'kommun', 2025],
        ['0127', 'Botkyrka', 'många'],
      ],
      'Rad 2: Folkmängden för Botkyrka (0127) 31 december 2025 är inget tal',
    ],
    [
      [
        ['kommunkod', 'kommun', 2025],
        ['0127', 'Botkyrka', 0],
      ],
      'Rad 2: Folkmängden för Botkyrka (0127) 31 december 2025 är noll',
    ],
    [
      [
        ['kommunkod', 'kommun', 2025],
        ['12', 'X', 5],
      ],
      'Rad 2: ”12” är ingen kommunkod',
    ],
  ])('rejects %j', (cells, message) => {
    const r = populationFromCells(cells as unknown[][], 'A1');
    expect(!r.ok && r.error.message.sv).toContain(message);
  });

  it('reads back the Befolkning sheet the add-in wrote', async () => {
    const fake = createRealExcel();
    await renderPlanToExcel(planFor(), { excel: fake.Excel });
    const range = await readRangeValues({ kind: 'sheet', name: 'Befolkning' }, fake.Excel);
    if (!range.ok) throw new Error(range.error.message.en);
    // The Summa row holds formulas in the fake (not calculated); it is not data either way.
    const r = await getPopulation(
      { kind: 'cells', values: range.value.values, location: 'Befolkning!' + range.value.address },
      { members: SODERTORN_MEMBERS, years: [2009, 2025] },
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.figures.filter((f) => f.year === 2025).reduce((s, f) => s + f.population, 0)).toBe(525_625);
  });

  it('getPopulation names the member and year a range lacks', async () => {
    const r = await getPopulation(
      {
        kind: 'cells',
        values: [
          ['kommunkod', 'kommun', 2025],
          ['0127', 'Botkyrka', 96_750],
        ],
        location: 'A1:C2',
      },
      { members: SODERTORN_MEMBERS, years: [2025] },
    );
    expect(!r.ok && r.error.message.sv).toBe(
      'Folkmängd saknas för Haninge (0136) 31 december 2025 i Område A1:C2 i arbetsboken.',
    );
  });
});
