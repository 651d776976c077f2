import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPx } from '../../src/data/pcAxis';
import { populationFromPx } from '../../src/data/pxPopulation';
import { decodeText } from '../../src/data/textDecode';
import { runCli } from '../cli/run';

/*
 * PC-Axis (.px), SCB's own download format, read from real files of SCB's PxWeb (test/fixtures/px).
 */
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/px', name)));
const text = (name: string) => {
  const t = decodeText(bytes(name), name);
  if (!t.ok) throw new Error(t.error.message.en);
  return t.value.text;
};
const source = { kind: 'file' as const, label: 'Fil x.px', location: 'x.px', retrievedAt: '2026-03-01T10:00:00Z' };

/** Botkyrka's population in a year, summed from the raw DATA by hand: stub region × marital status, heading sex × period. */
function byHand(px: string, code: string, period: string): number {
  const list = (key: string) =>
    [...new RegExp(`${key}=([^;]*);`).exec(px)![1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const regions = list('CODES\\("region"\\)');
  const marital = list('VALUES\\("marital status"\\)');
  const sexes = list('VALUES\\("sex"\\)');
  const periods = list('VALUES\\("period"\\)');
  const data = px
    .slice(px.indexOf('DATA=') + 5)
    .replace(/;[\s\S]*$/, '')
    .trim()
    .split(/\s+/)
    .map(Number);
  let sum = 0;
  const r = regions.indexOf(code);
  const p = periods.indexOf(period);
  for (let m = 0; m < marital.length; m++) {
    const row = (r * marital.length + m) * sexes.length * periods.length;
    for (let s = 0; s < sexes.length; s++) sum += data[row + s * periods.length + p]!;
  }
  return sum;
}

describe('PC-Axis files', () => {
  it('SCB’s BE0101A1 (region × marital status × sex × year): all 290 municipalities, each the sum over marital status and sex', () => {
    const r = populationFromPx(text('BE0101A1hier.px'), source);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.members).toHaveLength(290);
    expect(r.value.members.find((m) => m.code === '0127')?.name).toBe('Botkyrka');
    const px = text('BE0101A1hier.px');
    for (const [code, year] of [
      ['0127', 2004],
      ['0180', 2001],
      ['0192', 2003],
    ] as const) {
      expect(r.value.series.figures.find((f) => f.code === code && f.year === year)?.population).toBe(
        byHand(px, code, String(year)),
      );
    }
    expect(r.value.series.source).toMatchObject({
      tables: ['BE0101A1'],
      updated: '2005-02-08T17:19:00',
      title: 'Population by region, marital status, sex and period',
    });
  });

  it('avgift allocate reads it by name: 860 000 kr split by the Södertörn population of 31 December 2004', async () => {
    const r = await runCli(
      [
        'allocate',
        '--year',
        '2010',
        '--rule',
        'split',
        '--amount',
        '860 000',
        '--population-year',
        '2004',
        '--population',
        'BE0101A1.px',
        '--json',
      ],
      { 'BE0101A1.px': bytes('BE0101A1hier.px') },
    );
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(860_000);
    expect(out.members.find((m: { code: string }) => m.code === '0127').population).toBe(75_830);
  });

  it.each([
    ['BE0101A1det.px', 'tabellen gäller bara ”38” av ”age”, inte hela folkmängden'],
    ['BE0101F1pnosymbol.px', 'Tabellen ”Inmigrated by region, age, period and sex” är inte folkmängd'],
    ['BE0101N1.px', 'regionerna är inte kommuner (01, 03, 04 …)'],
  ])('%s is refused, saying why', async (file, words) => {
    const r = await runCli(
      [
        'allocate',
        '--year',
        '2010',
        '--rule',
        'split',
        '--amount',
        '860 000',
        '--population-year',
        '2004',
        '--population',
        file,
      ],
      { [file]: bytes(file) },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: `);
    expect(r.stderr).toContain(words);
  });

  it('a missing value (SCB’s "..") for Botkyrka is said as missing, and a figure the file does not hold (1e308) is refused by name', () => {
    const px = text('BE0101A1hier.px');
    const head = px.slice(0, px.indexOf('DATA=') + 5);
    const values = px
      .slice(px.indexOf('DATA=') + 5)
      .replace(/;[\s\S]*$/, '')
      .trim()
      .split(/\s+/);
    // Botkyrka (0127) is the 10th region; 4 marital statuses × 2 sexes × 4 years a region: its first cell, 2001.
    const botkyrka = 9 * 32;
    const withValue = (v: string) => `${head}\n${values.map((x, i) => (i === botkyrka ? v : x)).join(' ')};`;
    expect(populationFromPx(withValue(values[botkyrka]!), source).ok).toBe(true);
    const missing = populationFromPx(withValue('".."'), source);
    expect(!missing.ok && missing.error.message.sv).toContain('ett värde saknas för 0127 2001');
    const huge = populationFromPx(withValue('1e308'), source);
    expect(!huge.ok && huge.error.message.sv).toMatch(
      /0127 2001: Folkmängden för Botkyrka \(0127\) 31 december 2001 är 1e\+308, mer än 10\u00a0000\u00a0000/,
    );
  });

  it('a DATA section shorter than STUB × HEADING is refused, never half a table', () => {
    const px = text('BE0101N1.px').replace(/127025 123577 126528 123149;/, '127025;');
    const r = readPx(px);
    expect(!r.ok && r.error.message.sv).toContain('DATA har 81 värden men STUB och HEADING ger 84');
  });
});
