import fc from 'fast-check';
import {
  allocate,
  changeAgainstLastYear,
  changePopulationYears,
  indexedRule,
  Member,
  perCapitaRule,
  PopulationSeries,
  ruleForFeeYear,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { populationTable } from '../support/sharedData';

/*
 * The change against last year, checked against figures computed here from the shared CSV with plain
 * bigint arithmetic (not the domain code), and as a property over every fee year 2011–2026.
 */
const table = populationTable();
const pop = (code: string, year: number) => BigInt(table.get(code)!.get(year)!);
const codes = SODERTORN_MEMBERS.map((m) => m.code);
const total2009 = codes.reduce((s, c) => s + pop(c, 2009), 0n);
/** round(n / d) half away from zero for n ≥ 0, in kronor. */
const roundDiv = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);

const change = (feeYear: number, rule = ruleForFeeYear(feeYear)) => {
  if (!rule.ok) throw new Error(rule.error.message.en);
  const population = snapshotPopulation();
  const allocation = allocate({ feeYear, rule: rule.value, members: SODERTORN_MEMBERS, population });
  if (!allocation.ok) throw new Error(allocation.error.message.en);
  const result = changeAgainstLastYear({ allocation: allocation.value, members: SODERTORN_MEMBERS, population });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};
const kr = (ore: number) => ore / 100;

describe('change against last year on the real figures', () => {
  it('2026: Botkyrka 383 620 + 3 380 + 0 = 387 000 (SPEC.md)', () => {
    const botkyrka = change(2026).find((c) => c.member.code === '0127')!;
    expect([
      kr(botkyrka.previousFeeOre),
      kr(botkyrka.populationEffectOre),
      kr(botkyrka.ruleEffectOre),
      kr(botkyrka.feeOre),
    ]).toEqual([383_620, 3_380, 0, 387_000]);
  });

  it('2026: every member is 4 kr × its population change, with no rule effect', () => {
    for (const c of change(2026)) {
      expect(BigInt(kr(c.populationEffectOre))).toBe(4n * (pop(c.member.code, 2025) - pop(c.member.code, 2024)));
      expect(c.ruleEffectOre).toBe(0);
    }
  });

  it('2017 (4 kr replaced § 8): the rule effect is 4 kr × folkmängd 2015 − the § 8 fee of 2016', () => {
    for (const c of change(2017)) {
      const fee2016 = roundDiv(860_000n * pop(c.member.code, 2015), total2009);
      expect(BigInt(kr(c.previousFeeOre))).toBe(fee2016);
      expect(BigInt(kr(c.ruleEffectOre))).toBe(4n * pop(c.member.code, 2015) - fee2016);
      expect(BigInt(kr(c.populationEffectOre))).toBe(4n * (pop(c.member.code, 2016) - pop(c.member.code, 2015)));
      expect(c.previousFeeOre + c.populationEffectOre + c.ruleEffectOre).toBe(c.feeOre);
    }
  });

  it('a what-if rate of 4,50 kr shows the rate change as the rule effect', () => {
    const botkyrka = change(2026, { ok: true, value: perCapitaRule(450) }).find((c) => c.member.code === '0127')!;
    expect(kr(botkyrka.ruleEffectOre)).toBe(0.5 * 95_905);
    expect(kr(botkyrka.populationEffectOre)).toBe(4.5 * (96_750 - 95_905));
  });

  it('names the year-ends it needs', () => {
    expect(changePopulationYears(perCapitaRule(), 2026)).toEqual([2024, 2025]);
    expect(changePopulationYears(perCapitaRule(), 2017)).toEqual([2009, 2015, 2016]);
  });

  it('2010 has no year before it', () => {
    const population = snapshotPopulation();
    const a = allocate({ feeYear: 2010, rule: indexedRule(), members: SODERTORN_MEMBERS, population });
    if (!a.ok) throw new Error();
    const r = changeAgainstLastYear({ allocation: a.value, members: SODERTORN_MEMBERS, population });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('change-no-previous-year');
  });
});

describe('change against last year, property over all fee years 2011–2026 and random populations', () => {
  const memberArb = fc
    .uniqueArray(fc.integer({ min: 114, max: 2584 }), { minLength: 1, maxLength: 10 })
    .map((ns) => ns.map((n): Member => ({ code: String(n).padStart(4, '0'), name: `Kommun ${n}` })));
  const arbitrary = memberArb.chain((members) =>
    fc.record({
      members: fc.constant(members),
      feeYear: fc.integer({ min: 2011, max: 2026 }),
      // Populations 31 Dec 2008–2025: from a hamlet to Stockholm's size.
      pops: fc.array(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 18, maxLength: 18 }), {
        minLength: members.length,
        maxLength: members.length,
      }),
      rule: fc.constantFrom('in-force', 'what-if', 'chained'),
      rateOre: fc.integer({ min: 1, max: 2_000 }),
    }),
  );

  it('previousFee + populationEffect + ruleEffect = fee exactly, previousFee is last year’s invoice', () => {
    fc.assert(
      fc.property(arbitrary, ({ members, feeYear, pops, rule, rateOre }) => {
        const population: PopulationSeries = {
          source: { kind: 'file', label: 'slumpad' },
          figures: members.flatMap((m, i) =>
            pops[i]!.map((population, y) => ({ code: m.code, year: 2008 + y, population })),
          ),
        };
        const inForce = ruleForFeeYear(feeYear);
        if (!inForce.ok) return false;
        const feeRule =
          rule === 'in-force' ? inForce.value : rule === 'what-if' ? perCapitaRule(rateOre) : indexedRule('chained');
        const allocation = allocate({ feeYear, rule: feeRule, members, population });
        if (!allocation.ok) return false;
        const result = changeAgainstLastYear({ allocation: allocation.value, members, population });
        if (!result.ok) return false;
        const lastYear = allocate({
          feeYear: feeYear - 1,
          rule: (ruleForFeeYear(feeYear - 1) as { ok: true; value: never }).value,
          members,
          population,
        });
        if (!lastYear.ok) return false;
        result.value.forEach((c, i) => {
          expect(c.previousFeeOre + c.populationEffectOre + c.ruleEffectOre).toBe(c.feeOre);
          expect(c.feeOre).toBe(allocation.value.members[i]!.feeOre);
          expect(c.previousFeeOre).toBe(lastYear.value.members[i]!.feeOre);
          // The rule in force both years and unchanged: no rule effect.
          if (rule === 'in-force' && feeYear !== 2017) expect(c.ruleEffectOre).toBe(0);
          // Per capita: the population effect is the rate × the population change, independently.
          if (feeRule.kind === 'per-capita') {
            const p = pops[i]!;
            expect(c.populationEffectOre).toBe(feeRule.rateOre * (p[feeYear - 1 - 2008]! - p[feeYear - 2 - 2008]!));
          }
        });
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
