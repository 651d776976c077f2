import {
  allocate,
  Allocation,
  indexedRule,
  invoiceRows,
  perCapitaRule,
  PopulationSeries,
  SODERTORN_MEMBERS,
  splitRule,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { sharedPopulation } from '../support/sharedData';

const population = snapshotPopulation();
const members = SODERTORN_MEMBERS;

function run(feeYear: number, rule = perCapitaRule()): Allocation {
  const result = allocate({ feeYear, rule, members, population });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

const kronor = (a: Allocation) => Object.fromEntries(a.members.map((m) => [m.member.name, m.feeOre / 100]));

describe('the 2026 example of SPEC.md', () => {
  const a = run(2026);

  it('charges 4 kr × folkmängd 31 december 2025 to each member', () => {
    expect(kronor(a)).toEqual({
      Botkyrka: 387_000,
      Haninge: 405_632,
      Huddinge: 458_744,
      Nykvarn: 49_536,
      Nynäshamn: 122_440,
      Salem: 69_480,
      Södertälje: 411_088,
      Tyresö: 198_580,
    });
  });

  it('totals 2 102 500 kr for 525 625 invånare, due 15 March 2026', () => {
    expect(a.totalOre).toBe(2_102_500_00);
    expect(a.totalPopulation).toBe(525_625);
    expect(a.populationDate).toBe('2025-12-31');
    expect(a.dueDate).toBe('2026-03-15');
  });

  it('states the basis of each invoice as the budget does', () => {
    const rows = invoiceRows(a);
    expect(rows[0]!.basis.sv).toBe('96\u00a0750 invånare 31 dec 2025 × 4\u00a0kr, beslut 2017-02-02');
    expect(rows[0]!.sender).toBe('Huddinge kommun (Södertörns kansli)');
    expect(rows.every((r) => r.dueDate === '2026-03-15' && r.feeYear === 2026)).toBe(true);
  });

  it('computes a what-if rate of 4,50 kr in exact öre and labels it as not decided', () => {
    const whatIf = run(2026, perCapitaRule(450));
    expect(whatIf.totalOre).toBe(525_625 * 450);
    expect(whatIf.members[0]!.feeOre).toBe(96_750 * 450);
    expect(whatIf.ruleDescription.sv).toContain('scenario');
  });
});

describe('the fixed amount split (§ 7, § 10, the 2010 base)', () => {
  it('splits 860 000 kr by 31 December 2009 into whole kronor that sum exactly', () => {
    const a = run(2010, splitRule(860_000_00, 2009));
    expect(a.totalOre).toBe(860_000_00);
    expect(a.members.every((m) => m.feeOre % 100 === 0)).toBe(true);
  });

  it('sums to 860 000 by 2015 populations where naive rounding gives 859 999', () => {
    const pop2015 = sharedPopulation().filter((f) => f.year === 2015);
    const total = pop2015.reduce((s, f) => s + f.population, 0);
    const naive = pop2015.reduce((s, f) => s + Math.round((860_000 * f.population) / total), 0);
    expect(naive).toBe(859_999);
    expect(run(2016, splitRule(860_000_00, 2015)).totalOre).toBe(860_000_00);
  });

  it('splits an amount with öre in whole öre, still exactly', () => {
    const a = run(2026, splitRule(123_456_78));
    expect(a.totalOre).toBe(123_456_78);
  });

  it('splits a net debt (§ 10) so each member carries a share and the parts sum exactly', () => {
    const a = run(2026, splitRule(-50_000_00));
    expect(a.totalOre).toBe(-50_000_00);
    expect(a.members.every((m) => m.feeOre < 0)).toBe(true);
  });
});

describe('validation names the member and the year', () => {
  const without = (code: string, year: number): PopulationSeries => ({
    ...population,
    figures: population.figures.filter((f) => !(f.code === code && f.year === year)),
  });
  const withValue = (code: string, year: number, value: number): PopulationSeries => ({
    ...population,
    figures: population.figures.map((f) => (f.code === code && f.year === year ? { ...f, population: value } : f)),
  });
  const error = (series: PopulationSeries, feeYear = 2026) => {
    const r = allocate({ feeYear, rule: perCapitaRule(), members, population: series });
    if (r.ok) throw new Error('expected an error');
    return r.error;
  };

  it.each([
    ['missing', without('0128', 2025), 'population-missing', 'Salem (0128) 31 december 2025'],
    ['zero', withValue('0140', 2025, 0), 'population-zero', 'Nykvarn (0140) 31 december 2025'],
    ['negative', withValue('0192', 2025, -5), 'population-negative', 'Nynäshamn (0192) 31 december 2025'],
    ['not whole', withValue('0138', 2025, 49645.5), 'population-not-integer', 'Tyresö (0138) 31 december 2025'],
  ])('%s population', (_, series, code, where) => {
    const e = error(series);
    expect(e.code).toBe(code);
    expect(e.message.sv).toContain(where);
  });

  it('a year outside the data (31 december 2026 for fee year 2027)', () => {
    const e = error(population, 2027);
    expect(e.code).toBe('population-missing');
    expect(e.message.sv).toContain('31 december 2026');
  });

  it('§ 8 needs 31 december 2009 for a member that joins later', () => {
    const r = allocate({
      feeYear: 2012,
      rule: indexedRule('exact'),
      members,
      population: without('0127', 2009),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.sv).toContain('Botkyrka (0127) 31 december 2009');
  });

  it('rejects a rate of 0 kr and a fee year before the agreement for § 8', () => {
    expect(allocate({ feeYear: 2026, rule: perCapitaRule(0), members, population }).ok).toBe(false);
    const early = allocate({ feeYear: 2009, rule: indexedRule(), members, population });
    expect(!early.ok && early.error.code).toBe('indexed-before-base');
  });
});

describe('any member list', () => {
  it('allocates for three members only, with the fee of each unchanged', () => {
    const three = members.filter((m) => ['0126', '0140', '0181'].includes(m.code));
    const r = allocate({ feeYear: 2026, rule: perCapitaRule(), members: three, population });
    expect(r.ok && r.value.members.map((m) => m.feeOre / 100)).toEqual([458_744, 49_536, 411_088]);
  });
});
