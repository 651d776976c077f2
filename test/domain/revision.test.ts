import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { populationFromJsonStat } from '../../src/data/jsonStatPopulation';
import { perCapitaRule, PopulationSeries, populationRevision } from '../../src/domain';

/*
 * Two SCB answers that differ. The first is SCB's real TAB638 answer for Knivsta and Uppsala
 * 2000–2005 (by sex and marital status). SCB publishes no second version of it here, so the second
 * is built from it by a documented revision of the kind SCB makes: 7 more unmarried women in
 * Knivsta on 31 December 2004 (a late-registered move), and SCB's `updated` time moved to a day
 * later. Everything else is SCB's own bytes.
 */
const FILE = resolve(
  __dirname,
  '../fixtures/scb/scb_v2_TAB638_knivsta_uppsala_2000-2005_sex_x_civilstand.jsonstat2.json',
);
const original = JSON.parse(readFileSync(FILE, 'utf8'));

function revised() {
  const json = JSON.parse(JSON.stringify(original));
  const d = json.dimension;
  const at = (dim: string, code: string) => d[dim].category.index[code] as number;
  // Row-major over id: Region × Civilstand × Alder × Kon × ContentsCode × Tid.
  const position = [
    at('Region', '0330'),
    at('Civilstand', 'OG'),
    at('Alder', 'tot'),
    at('Kon', '2'),
    at('ContentsCode', 'BE0101N1'),
    at('Tid', '2004'),
  ];
  const index = position.reduce((s: number, p: number, i: number) => s * json.size[i] + p, 0);
  json.value[index] += 7;
  json.updated = '2025-02-22T07:00:00Z';
  return json;
}

const series = (json: unknown): PopulationSeries => {
  const r = populationFromJsonStat(json, { kind: 'file', label: 'SCB TAB638' });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.series;
};
const members = [
  { code: '0330', name: 'Knivsta' },
  { code: '0380', name: 'Uppsala' },
];

describe('SCB revision diff', () => {
  it('shows per member old, new, change and fee effect between two SCB answers', () => {
    const before = series(original);
    const after = series(revised());
    expect(after.source.updated).toBe('2025-02-22T07:00:00Z');
    const r = populationRevision({ feeYear: 2005, rule: perCapitaRule(), members, before, after });
    if (!r.ok) throw new Error(r.error.message.en);
    const [knivsta, uppsala] = r.value.rows;
    const old = before.figures.find((f) => f.code === '0330' && f.year === 2004)!.population;
    expect(knivsta).toMatchObject({
      year: 2004,
      oldPopulation: old,
      newPopulation: old + 7,
      change: 7,
      feeEffectOre: 2_800,
    });
    expect(uppsala).toMatchObject({ change: 0, feeEffectOre: 0 });
    expect(r.value.changedFigures).toEqual([{ code: '0330', year: 2004, oldPopulation: old, newPopulation: old + 7 }]);
    expect(r.value.totalFeeEffectOre).toBe(2_800);
    expect(r.value.changed).toBe(true);
  });

  it('says nothing changed when SCB answers the same figures', () => {
    const r = populationRevision({
      feeYear: 2005,
      rule: perCapitaRule(),
      members,
      before: series(original),
      after: series(original),
    });
    expect(r.ok && r.value.changed).toBe(false);
  });
});
