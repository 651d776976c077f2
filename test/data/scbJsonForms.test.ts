import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { snapshotPopulation } from '../../src/data/snapshot';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { runCli } from '../cli/run';

/*
 * The JSON SCB's APIs have given over the years: PxWeb API v1's own JSON and json-stat 1.x read as the
 * json-stat2 of today; the json-stat validator's corpus refused, each with a line naming the file.
 */
const fixture = (path: string) => readFileSync(resolve(__dirname, '../fixtures', path), 'utf8');
const figures2025 = SODERTORN_MEMBERS.map((m) => ({
  code: m.code,
  population: snapshotPopulation().figures.find((f) => f.code === m.code && f.year === 2025)!.population,
}));
const allocate = (file: string, text: string) =>
  runCli(['allocate', '--year', '2026', '--population', file, '--json'], { [file]: text });

describe('PxWeb API v1 JSON', () => {
  it('an answer shaped as SCB’s v1 answers (columns d/t/c, rows of key and values) gives the 2026 fees', async () => {
    const v1 = {
      columns: [
        { code: 'Region', text: 'region', type: 'd' },
        { code: 'Tid', text: 'år', type: 't' },
        { code: 'BE0101N1', text: 'Folkmängd', type: 'c' },
      ],
      comments: [],
      data: figures2025.map((f) => ({ key: [f.code, '2025'], values: [String(f.population)] })),
      metadata: [
        {
          infofile: 'BE0101',
          updated: '2026-02-20T07:00:00Z',
          label: 'Folkmängd efter region, år och tabellinnehåll',
          source: 'SCB',
        },
      ],
    };
    const r = await allocate('v1.json', JSON.stringify(v1));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total).toBe(2_102_500);
  });

  it('SCB’s real v1 answer for Sweden by civil status (no Region) is refused, saying what is missing', async () => {
    const r = await allocate('BefolkningNy.json', fixture('pxweb-v1/BefolkningNy-civilstand-2015.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'BefolkningNy.json: Tabellen kan inte läsas som folkmängd per kommun: tabellen saknar dimensionerna Region och Tid.\n',
    );
  });
});

describe('json-stat 1.x', () => {
  it('a json-stat 1.x answer (the dataset by name, id, size and role inside dimension) gives the 2026 fees', async () => {
    const v1 = {
      dataset: {
        label: 'Folkmängd efter region och år',
        source: 'SCB',
        updated: '2026-02-20T07:00:00Z',
        dimension: {
          id: ['Region', 'ContentsCode', 'Tid'],
          size: [8, 1, 1],
          role: { time: ['Tid'], metric: ['ContentsCode'] },
          Region: {
            label: 'region',
            category: {
              index: Object.fromEntries(figures2025.map((f, i) => [f.code, i])),
              label: Object.fromEntries(SODERTORN_MEMBERS.map((m) => [m.code, m.name])),
            },
          },
          ContentsCode: {
            label: 'tabellinnehåll',
            category: { index: { '000007ME': 0 }, label: { '000007ME': 'Folkmängd' } },
          },
          Tid: { label: 'år', category: { index: { '2025': 0 }, label: { '2025': '2025' } } },
        },
        value: figures2025.map((f) => f.population),
      },
    };
    const r = await allocate('jsonstat1.json', JSON.stringify(v1));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total).toBe(2_102_500);
  });
});

describe('the json-stat validator’s corpus', () => {
  const cases = JSON.parse(fixture('jsonstat-validator/cases.json')) as {
    id: string;
    input: unknown;
    expected: { codes?: string[] };
  }[];
  const STRUCTURAL = [
    'VALUE_LEN_MISMATCH',
    'ID_SIZE_LEN_MISMATCH',
    'DIM_KEY_ID_MISMATCH',
    'SPARSE_KEY_OUT_OF_RANGE',
    'INDEX_COUNT_MISMATCH',
    'INDEX_POSITIONS_INVALID',
  ];

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: refused with a line naming the file, never read as population',
    async (_, c) => {
      const r = await allocate('case.json', JSON.stringify(c.input));
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith('case.json: ')).toBe(true);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      if (c.expected.codes?.some((code) => STRUCTURAL.includes(code)))
        expect(r.stderr).toContain('Filen är inte en json-stat2-tabell som går att läsa');
    },
  );
});
