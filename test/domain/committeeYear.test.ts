import {
  allocate,
  compareScenario,
  defaultFeeYear,
  forecastLabel,
  indexedRule,
  isPublished,
  isScenario,
  latestPublishedYear,
  latestYearEndEstimate,
  needsForecast,
  perCapitaRule,
  ruleForFeeYear,
  scenarioName,
  SODERTORN_MEMBERS,
  splitRule,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { sharedPopulation } from '../support/sharedData';

/* The committee's year on the real calendar: today is 2026-11-23 (SPEC.md, "The committee's year"). */
const november = new Date(2026, 10, 23, 9);
const march = new Date(2026, 2, 1, 9);

describe('the fee year an officer means', () => {
  it('is next year (budgetår, prognos) from July and this year (faktureringsår) until June', () => {
    expect(defaultFeeYear(november)).toEqual({
      feeYear: 2027,
      kind: 'budgetår',
      reason: { sv: 'Budgetår 2027 (prognos)', en: 'Budget year 2027 (forecast)' },
    });
    expect(defaultFeeYear(march)).toMatchObject({
      feeYear: 2026,
      kind: 'faktureringsår',
      reason: { sv: 'Faktureringsår 2026' },
    });
    expect(defaultFeeYear(new Date(2026, 5, 30)).feeYear).toBe(2026);
    expect(defaultFeeYear(new Date(2026, 6, 1)).feeYear).toBe(2027);
  });

  it('knows what SCB can have published: 31 December Y−1 from February Y', () => {
    expect(isPublished(2025, november)).toBe(true);
    expect(isPublished(2026, november)).toBe(false);
    expect(isPublished(2026, new Date(2027, 0, 31))).toBe(false);
    expect(isPublished(2026, new Date(2027, 1, 25))).toBe(true);
    expect(latestPublishedYear(november)).toBe(2025);
    expect(latestPublishedYear(new Date(2027, 0, 15))).toBe(2025);
    expect(needsForecast(2027, november)).toBe(true);
    expect(needsForecast(2026, november)).toBe(false);
  });
});

describe('the rule follows the fee year', () => {
  it('is §8 exact 2010–2016, 4 kr from 2017, and nothing before 2010', () => {
    for (let y = 2010; y <= 2016; y++) expect(ruleForFeeYear(y)).toEqual({ ok: true, value: indexedRule('exact') });
    for (let y = 2017; y <= 2030; y++) expect(ruleForFeeYear(y)).toEqual({ ok: true, value: perCapitaRule() });
    const before = ruleForFeeYear(2009);
    expect(before.ok).toBe(false);
    if (!before.ok)
      expect(before.error.message.sv).toBe(
        'Samarbetsavtalet gäller från 1 januari 2010; det finns ingen avgift för 2009.',
      );
  });

  it('calls a rate or rule other than the year’s a scenario', () => {
    expect(isScenario(perCapitaRule(450), 2026)).toBe(true);
    expect(isScenario(perCapitaRule(400), 2026)).toBe(false);
    expect(isScenario(perCapitaRule(), 2012)).toBe(true);
    expect(isScenario(indexedRule('chained'), 2012)).toBe(false);
    expect(isScenario(indexedRule(), 2026)).toBe(true);
    expect(isScenario(splitRule(86_000_000, 2009), 2010)).toBe(false);
    expect(scenarioName(perCapitaRule(450), 2026).sv).toBe('Scenario 2026 4,50 kr');
    expect(scenarioName(perCapitaRule(), 2012).sv).toBe('Scenario 2012 4 kr');
  });
});

describe('a forecast from the latest published year-end', () => {
  const population = snapshotPopulation();
  const shared = sharedPopulation().filter((f) => f.year === 2025);

  it('estimates 2027 from 31 December 2025 and says so', () => {
    const estimate = latestYearEndEstimate(population, SODERTORN_MEMBERS, 2026);
    if (!estimate.ok) throw new Error(estimate.error.message.en);
    expect(estimate.value.populationDate).toBe('2025-12-31');
    const a = allocate({
      feeYear: 2027,
      rule: perCapitaRule(),
      members: SODERTORN_MEMBERS,
      population,
      estimate: estimate.value,
    });
    if (!a.ok) throw new Error(a.error.message.en);
    // Independently: 4 kr × the shared CSV's 2025 figures.
    const expected = shared.reduce((s, f) => s + 4 * f.population, 0);
    expect(expected).toBe(2_102_500);
    expect(a.value.totalOre).toBe(expected * 100);
    expect(a.value.forecast).toEqual({ populationDate: '2025-12-31', basis: 'year-end' });
    expect(a.value.populationDate).toBe('2025-12-31');
    expect(a.value.populationYear).toBe(2026);
    expect(a.value.scenario).toBe(false);
    expect(a.value.ruleDescription.sv).toContain('folkmängd 31 december 2025');
    expect(a.value.members[0]!.basis.sv).toBe('96\u00a0750 invånare 31 dec 2025 × 4\u00a0kr, beslut 2017-02-02');
    expect(forecastLabel(2027, a.value.forecast!).sv).toBe(
      'Prognos 2027 – folkmängd 31 december 2025 (senaste publicerade årsskifte)',
    );
  });

  it('has nothing to forecast from when the source starts after the year', () => {
    expect(latestYearEndEstimate(population, SODERTORN_MEMBERS, 2008).ok).toBe(false);
  });
});

describe('a scenario beside the decided fees', () => {
  it('shows decided, scenario and difference per member (4,50 kr against 4 kr, 2026)', () => {
    const population = snapshotPopulation();
    const decided = allocate({ feeYear: 2026, rule: perCapitaRule(), members: SODERTORN_MEMBERS, population });
    const scenario = allocate({ feeYear: 2026, rule: perCapitaRule(450), members: SODERTORN_MEMBERS, population });
    if (!decided.ok || !scenario.ok) throw new Error('allocate failed');
    expect(scenario.value.scenario).toBe(true);
    const c = compareScenario(decided.value, scenario.value);
    if (!c.ok) throw new Error(c.error.message.en);
    const shared = new Map(
      sharedPopulation()
        .filter((f) => f.year === 2025)
        .map((f) => [f.code, f.population]),
    );
    for (const row of c.value.rows) {
      const p = shared.get(row.member.code)!;
      expect([row.decidedOre, row.scenarioOre, row.differenceOre]).toEqual([400 * p, 450 * p, 50 * p]);
    }
    expect(c.value.totalDifferenceOre).toBe(50 * 525_625);
  });
});
