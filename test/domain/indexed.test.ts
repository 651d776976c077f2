import { allocate, feeHistory, indexedRule, ruleForFeeYear, SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { populationTable } from '../support/sharedData';

/*
 * §8 on the real 2008–2025 figures, with the expected fees computed here independently of the
 * domain code: plain bigint integer arithmetic straight from the shared CSV.
 */
const table = populationTable();
const codes = SODERTORN_MEMBERS.map((m) => m.code);
const pop = (code: string, year: number) => BigInt(table.get(code)!.get(year)!);
const BASE = 860_000n;

/** round(n / d) half away from zero, for n ≥ 0, d > 0. */
const roundDiv = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);

/** Hamilton's method, written again from its textbook definition. */
function hamilton(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const floors = weights.map((w) => (total * w) / sum);
  const rems = weights.map((w, i) => ({ i, rem: (total * w) % sum, w }));
  rems.sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : b.w > a.w ? 1 : b.w < a.w ? -1 : 0));
  let left = total - floors.reduce((a, b) => a + b, 0n);
  for (const r of rems) if (left-- > 0n) floors[r.i]! += 1n;
  return floors;
}

const total2009 = codes.reduce((s, c) => s + pop(c, 2009), 0n);
const fees2010 = hamilton(
  BASE,
  codes.map((c) => pop(c, 2009)),
);

function expectedExact(feeYear: number): bigint[] {
  if (feeYear === 2010) return fees2010;
  return codes.map((c) => roundDiv(BASE * pop(c, feeYear - 1), total2009));
}

function expectedChained(feeYear: number): bigint[] {
  let fees = fees2010;
  for (let y = 2011; y <= feeYear; y++) {
    fees = codes.map((c, i) => roundDiv(fees[i]! * pop(c, y - 1), pop(c, y - 2)));
  }
  return fees;
}

const population = snapshotPopulation();
const feesOf = (feeYear: number, reading: 'exact' | 'chained') => {
  const r = allocate({ feeYear, rule: indexedRule(reading), members: SODERTORN_MEMBERS, population });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.members.map((m) => BigInt(m.feeOre / 100));
};

const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016];

describe('§ 8 indexation on the real figures', () => {
  it('2010: 860 000 kr split by 31 december 2009, summing exactly', () => {
    expect(feesOf(2010, 'exact')).toEqual(fees2010);
    expect(feesOf(2010, 'chained')).toEqual(fees2010);
    expect(fees2010.reduce((a, b) => a + b, 0n)).toBe(BASE);
  });

  it.each(years)('%i, exact reading', (year) => {
    expect(feesOf(year, 'exact')).toEqual(expectedExact(year));
  });

  it.each(years)('%i, chained reading', (year) => {
    expect(feesOf(year, 'chained')).toEqual(expectedChained(year));
  });

  it('the two readings really differ somewhere (so offering both matters)', () => {
    const differs = years.some((y) => expectedExact(y).some((f, i) => f !== expectedChained(y)[i]));
    expect(differs).toBe(true);
  });

  it('each member’s fee follows its own population change, not the group’s', () => {
    const [f2015, f2016] = [feesOf(2015, 'exact'), feesOf(2016, 'exact')];
    codes.forEach((c, i) => {
      const feeRatio = Number(f2016[i]!) / Number(f2015[i]!);
      const popRatio = Number(pop(c, 2015)) / Number(pop(c, 2014));
      expect(Math.abs(feeRatio - popRatio)).toBeLessThan(1e-4);
    });
  });
});

describe('the fee schedule', () => {
  it('§ 8 for 2010–2016, 4 kr per invånare from 2017, nothing before 2010', () => {
    expect(ruleForFeeYear(2010)).toMatchObject({ ok: true, value: { kind: 'indexed', reading: 'exact' } });
    expect(ruleForFeeYear(2016, 'chained')).toMatchObject({ ok: true, value: { kind: 'indexed', reading: 'chained' } });
    expect(ruleForFeeYear(2017)).toMatchObject({
      ok: true,
      value: { kind: 'per-capita', rateOre: 400, decision: '2017-02-02' },
    });
    expect(ruleForFeeYear(2009).ok).toBe(false);
  });

  it('history 2010–2026 uses the rule in force each year', () => {
    const h = feeHistory({ fromYear: 2010, toYear: 2026, members: SODERTORN_MEMBERS, population });
    if (!h.ok) throw new Error(h.error.message.en);
    expect(h.value.map((a) => a.feeYear)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    expect(h.value.map((a) => a.rule.kind)).toEqual([...Array(7).fill('indexed'), ...Array(10).fill('per-capita')]);
    expect(h.value[16]!.totalOre).toBe(2_102_500_00);
    h.value.slice(0, 7).forEach((a, i) => {
      expect(a.members.map((m) => BigInt(m.feeOre / 100))).toEqual(expectedExact(2010 + i));
    });
  });
});
