import { resolve } from 'node:path';
import { runCli } from './run';

const json = async (argv: string[], files = {}) => {
  const r = await runCli(argv, files);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('avgift allocate', () => {
  it('prints the 2026 fees as one JSON object (SPEC.md example)', async () => {
    const out = await json(['allocate', '--year', '2026', '--json']);
    expect(out).toMatchObject({
      feeYear: 2026,
      populationDate: '2025-12-31',
      rule: { kind: 'per-capita', rate: 4, decision: '2017-02-02' },
      source: { kind: 'snapshot', tables: ['TAB638', 'TAB5557'] },
      total: 2_102_500,
      totalPopulation: 525_625,
      dueDate: '2026-03-15',
    });
    expect(
      out.members.map((m: { code: string; name: string; population: number; fee: number }) => [
        m.code,
        m.name,
        m.population,
        m.fee,
      ]),
    ).toEqual([
      ['0127', 'Botkyrka', 96_750, 387_000],
      ['0136', 'Haninge', 101_408, 405_632],
      ['0126', 'Huddinge', 114_686, 458_744],
      ['0140', 'Nykvarn', 12_384, 49_536],
      ['0192', 'Nynäshamn', 30_610, 122_440],
      ['0128', 'Salem', 17_370, 69_480],
      ['0181', 'Södertälje', 102_772, 411_088],
      ['0138', 'Tyresö', 49_645, 198_580],
    ]);
  });

  it('takes a what-if rate with a decimal comma and prints öre as decimals', async () => {
    const out = await json(['allocate', '--year', '2026', '--rate', '4,50', '--json']);
    expect(out.rule).toMatchObject({ kind: 'per-capita', rate: 4.5 });
    expect(out.rule.decision).toBeUndefined();
    expect(out.total).toBe(2_365_312.5);
  });

  it('splits an amount by a chosen year-end, summing exactly', async () => {
    const out = await json([
      'allocate',
      '--year',
      '2016',
      '--rule',
      'split',
      '--amount',
      '860 000',
      '--population-year',
      '2015',
      '--json',
    ]);
    expect(out.populationDate).toBe('2015-12-31');
    expect(out.total).toBe(860_000);
  });

  it('offers both readings of § 8', async () => {
    const exact = await json(['allocate', '--year', '2016', '--rule', 'indexed', '--json']);
    const chained = await json(['allocate', '--year', '2016', '--rule', 'indexed-chained', '--json']);
    expect(exact.rule).toMatchObject({ kind: 'indexed', reading: 'exact', baseYear: 2010, baseAmount: 860_000 });
    expect(chained.rule.reading).toBe('chained');
    expect(exact.total).not.toBe(chained.total);
  });

  it('reads members and population from files', async () => {
    const population = 'kommunkod,kommun,ar,folkmangd_31dec\n0180,Stockholm,2025,1000\n1280,Malmö,2025,3\n';
    const out = await json(['allocate', '--year', '2026', '--members', 'm.csv', '--population', 'p.csv', '--json'], {
      'm.csv': 'kommunkod,kommun\n0180,Stockholm\n1280,Malmö\n',
      'p.csv': population,
    });
    expect(out.members.map((m: { fee: number }) => m.fee)).toEqual([4000, 12]);
    expect(out.source).toMatchObject({ kind: 'file', location: 'p.csv' });
  });

  it('prints a readable Swedish table without --json', async () => {
    const r = await runCli(['allocate', '--year', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Folkmängd 31 december 2025');
    expect(r.stdout).toMatch(/0127 +Botkyrka +96\u00a0750 +18,41\u00a0% +387\u00a0000\u00a0kr/);
    expect(r.stdout).toMatch(/Summa +525\u00a0625 +100,00\u00a0% +2\u00a0102\u00a0500\u00a0kr/);
    expect(r.stdout).toContain('Förfaller 15 mars 2026');
  });

  it.each([
    [['allocate', '--year', '20x6'], '--year ska vara ett årtal'],
    [['allocate', '--rule', 'fair'], 'Okänd regel ”fair”'],
    [['allocate', '--rule', 'split'], '--rule split behöver --amount'],
    [['allocate', '--rate', '4.555'], 'kan läsas som 4\u00a0555\u00a0kr eller som 4,555\u00a0kr'],
    [['allocate', '--rate', '4,555'], 'kan läsas som 4\u00a0555\u00a0kr eller som 4,555\u00a0kr'],
    [['allocate', '--year', '2009'], 'Samarbetsavtalet gäller från 1 januari 2010; det finns ingen avgift för 2009.'],
    [['allocate', '--year', '2009', '--rule', 'split', '--amount', '860000'], 'det finns ingen avgift för 2009'],
    [['allocate', '--rate', '0'], 'större än 0 kr'],
    [['allocate', '--rate=-4'], 'får inte vara negativt'],
    [['allocate', '--rate', '-4'], 'skriv --rate=-värde'],
    [['allocate', '--rule', 'indexed', '--rate', '5'], '--rate gäller bara --rule per-capita'],
    [
      ['allocate', '--year', '2027'],
      'Folkmängden 31 december 2026 publiceras av SCB i slutet av februari 2027. Avgiften 2027 kan bara uppskattas än: lägg till --forecast',
    ],
    [['allocate', '--population', 'nope.csv'], 'Filen nope.csv finns inte.'],
    [['allocate', '--colour'], 'Okänt val --colour'],
    [['allocate', '--year'], 'Valet --year behöver ett värde'],
    [['assign'], 'Okänt kommando ”assign”'],
  ])('%j fails with one Swedish line and exit 2', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.written.size).toBe(0);
  });

  it('gives the error in English with --lang en', async () => {
    const r = await runCli(['allocate', '--rule', 'fair', '--lang', 'en']);
    expect(r.stderr).toBe('Unknown rule "fair". Choose per-capita, indexed, indexed-chained or split.\n');
  });
});

describe('avgift history', () => {
  it('lists every fee year 2010–2026 with the rule of that year', async () => {
    const out = await json(['history', '--from', '2010', '--to', '2026', '--json']);
    expect(out.years).toHaveLength(17);
    expect(out.years[0]).toMatchObject({ feeYear: 2010, rule: { kind: 'indexed', reading: 'exact' }, total: 860_000 });
    expect(out.years[7].rule).toMatchObject({ kind: 'per-capita', rate: 4 });
    expect(out.years[16].total).toBe(2_102_500);
    expect(out.years[16].members[0]).toEqual({ code: '0127', name: 'Botkyrka', population: 96_750, fee: 387_000 });
  });

  it('reads § 8 chained when asked', async () => {
    const out = await json(['history', '--from', '2010', '--to', '2016', '--reading', 'chained', '--json']);
    expect(out.reading).toBe('chained');
    expect(out.years.every((y: { rule: { reading: string } }) => y.rule.reading === 'chained')).toBe(true);
  });

  it('rejects a range that starts before the agreement', async () => {
    const r = await runCli(['history', '--from', '2005', '--to', '2010']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Samarbetsavtalet gäller från 1 januari 2010');
  });
});

describe('--population from SCB and from a saved SCB file', () => {
  it('a saved json-stat2 file gives the fees of its municipalities', async () => {
    const { readFileSync } = await import('node:fs');
    const json = readFileSync(
      resolve(__dirname, '../fixtures/scb/scb_v2_TAB638_knivsta_uppsala_2000-2005_sex_x_civilstand.jsonstat2.json'),
      'utf8',
    );
    // The file ends in 2005, before the agreement: split an amount by its last year-end.
    const r = await runCli(
      [
        'allocate',
        '--year',
        '2010',
        '--rule',
        'split',
        '--amount',
        '1 000 000',
        '--population-year',
        '2005',
        '--members',
        'm.csv',
        '--population',
        'knivsta.json',
        '--json',
      ],
      {
        'm.csv': 'kommunkod,kommun\n0330,Knivsta\n0380,Uppsala\n',
        'knivsta.json': json,
      },
    );
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ kind: 'file', tables: ['TAB638'] });
    const pops = out.members.map((m: { population: number }) => m.population);
    const total = pops[0] + pops[1];
    expect(out.total).toBe(1_000_000);
    out.members.forEach((m: { fee: number; population: number }) =>
      expect(Math.abs(m.fee - (1_000_000 * m.population) / total)).toBeLessThan(1),
    );
  });

  it('a year SCB has not published: the February message, exit 2', async () => {
    const r = await runCli(['allocate', '--year', '2027', '--population', 'scb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Folkmängden 31 december 2026 publiceras av SCB i slutet av februari 2027. Avgiften 2027 kan bara uppskattas än: lägg till --forecast för en prognos från den senaste publicerade folkmängden.\n',
    );
  });
});

describe('history reads only the year-ends its rules need', () => {
  it('per-capita years from a file that starts in 2019', async () => {
    const rows = ['0180', '1280'].flatMap((code) => [2019, 2020, 2021].map((y) => `${code},K${code},${y},${1000 + y}`));
    const r = await runCli(
      ['history', '--from', '2020', '--to', '2022', '--members', 'm.csv', '--population', 'p.csv', '--json'],
      {
        'm.csv': 'kommunkod,kommun\n0180,Stockholm\n1280,Malmö\n',
        'p.csv': ['kommunkod,kommun,ar,folkmangd_31dec', ...rows].join('\n'),
      },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).years.map((y: { total: number }) => y.total)).toEqual([
      4 * (1000 + 2019) * 2,
      4 * (1000 + 2020) * 2,
      4 * (1000 + 2021) * 2,
    ]);
  });
});
