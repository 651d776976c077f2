import { snapshotPopulation } from '../../src/data/snapshot';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { runCli } from './run';

/*
 * Nothing that is not in the file becomes a fee: a figure that is no population (1e308, a number past
 * 2^53, a fraction) is refused with where it stands, and nothing is written.
 */
const figures2025 = SODERTORN_MEMBERS.map(
  (m) => snapshotPopulation().figures.find((f) => f.code === m.code && f.year === 2025)!.population,
);

/** A json-stat2 answer as SCB's PxWebApi 2.0 gives it (TAB5557-like), with one value replaced as the JSON text says. */
function jsonStat2(botkyrka: string): string {
  const values = figures2025.map((v, i) => (i === 0 ? botkyrka : String(v)));
  return `{"class":"dataset","version":"2.0","label":"Folkmängd","source":"SCB","updated":"2026-02-20T07:00:00Z","id":["Region","ContentsCode","Tid"],"size":[8,1,1],
"dimension":{"Region":{"label":"region","category":{"index":{${SODERTORN_MEMBERS.map((m, i) => `"${m.code}":${i}`).join(',')}},"label":{${SODERTORN_MEMBERS.map((m) => `"${m.code}":"${m.name}"`).join(',')}}}},
"ContentsCode":{"label":"tabellinnehåll","category":{"index":{"000007ME":0},"label":{"000007ME":"Folkmängd"}}},
"Tid":{"label":"år","category":{"index":{"2025":0},"label":{"2025":"2025"}}}},
"value":[${values.join(',')}]}`;
}

describe('a figure the file does not hold never becomes an invoice', () => {
  it('the real figures read from such a file give the 2026 fees (the file is read at all)', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--population', 'p.json', '--json'], {
      'p.json': jsonStat2(String(figures2025[0])),
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).total).toBe(2_102_500);
  });

  it.each([
    ['1e308', /1e\+308, mer än 10\u00a0000\u00a0000/],
    [
      '12345678901234567',
      /12345678901234568, mer än 10\u00a0000\u00a0000|12\u00a0345\u00a0678\u00a0901\u00a0234\u00a0568/,
    ],
    ['1e309', /inget tal/],
    ['96750.5', /heltal/],
  ])(
    'json-stat2 value %s for Botkyrka 2025: exit 2 naming the cell, no CSV and no workbook written',
    async (value, message) => {
      const r = await runCli(
        ['allocate', '--year', '2026', '--population', 'p.json', '--csv', 'f.csv', '--out', 'a.xlsx'],
        { 'p.json': jsonStat2(value) },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^p\.json: /);
      expect(r.stderr).toMatch(/0127 2025/);
      expect(r.stderr).toMatch(message);
      expect(r.written.size).toBe(0);
    },
  );

  it('a CSV figure past 2^53 is refused with its line', async () => {
    const csv = [
      'kommunkod,kommun,ar,folkmangd',
      ...SODERTORN_MEMBERS.map((m, i) => `${m.code},${m.name},2025,${i === 2 ? '12345678901234567' : figures2025[i]}`),
    ].join('\n');
    const r = await runCli(['allocate', '--year', '2026', '--population', 'p.csv', '--csv', 'f.csv'], { 'p.csv': csv });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^p\.csv, rad 4: .*Huddinge.*mer än 10\u00a0000\u00a0000/);
    expect(r.written.size).toBe(0);
  });
});
