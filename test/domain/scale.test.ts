import { allocate, feeHistory, indexedRule, parseKommunkod, perCapitaRule, splitRule } from '../../src/domain';
import { generatedMembers, generatedPopulation } from '../support/generated';

const members = generatedMembers();
const population = generatedPopulation(members, 2008, 2025);

describe('all 290 municipalities, 2008–2025', () => {
  it('the generated members are 290 valid, unique kommunkoder', () => {
    expect(members).toHaveLength(290);
    expect(new Set(members.map((m) => m.code)).size).toBe(290);
    expect(members.every((m) => parseKommunkod(m.code).ok)).toBe(true);
  });

  it('per capita: every fee is rate × population and the total is rate × total population', () => {
    const r = allocate({ feeYear: 2026, rule: perCapitaRule(), members, population });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.members).toHaveLength(290);
    expect(r.value.members.every((m) => m.feeOre === 400 * m.population)).toBe(true);
    expect(r.value.totalOre).toBe(400 * r.value.totalPopulation);
  });

  it('a split of 10 000 000 kr sums exactly', () => {
    const r = allocate({ feeYear: 2026, rule: splitRule(10_000_000_00), members, population });
    expect(r.ok && r.value.totalOre).toBe(10_000_000_00);
  });

  it('history 2010–2026 in both §8 readings', () => {
    for (const reading of ['exact', 'chained'] as const) {
      const h = feeHistory({ fromYear: 2010, toYear: 2026, members, population, reading });
      if (!h.ok) throw new Error(h.error.message.en);
      expect(h.value).toHaveLength(17);
      expect(h.value[0]!.totalOre).toBe(860_000_00);
    }
    const chained = allocate({ feeYear: 2016, rule: indexedRule('chained'), members, population });
    expect(chained.ok).toBe(true);
  });
});
