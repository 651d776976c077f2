import { snapshotPopulation } from '../../src/data/snapshot';
import {
  budgetFootnotes,
  budgetTextAs,
  checkBudget,
  latestYearEndEstimate,
  perCapitaRule,
  Result,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { budgetTextOfYear } from '../../src/jobs/budgetText';
import { feesForBudget, feesOfYear } from '../../src/jobs/fees';
import { seedBudgetLines, tabularBudget } from '../support/seedBudget';
import { decided2026 } from '../support/year2026';

/*
 * Budgettext (issue 22): section 6 "Budget" of the verksamhetsplan from the add-in's own figures and
 * the budget the officer checked, held against the 2026 plan as the kansli wrote it by hand
 * (../shared/seeds/003_…txt, copied to test/fixtures/seeds).
 */
const population = snapshotPopulation();
const decided = feesForBudget(decided2026())!;
const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
/** Spaces as a reader sees them: the add-in writes no-break spaces inside figures. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the 2026 Budgettext from the 2026 budget', () => {
  const values = tabularBudget();
  const check = checkBudget(values, { feeYear: 2026, expectedFeeRevenueOre: decided.allocation.totalOre });
  const text = budgetTextOfYear({ fees: decided, budget: { check, notes: budgetFootnotes(values) } });

  it("is the seed's section 6, line by line: its sentences, its lines and sums, its footnote", () => {
    if (!text.ok) throw new Error(text.error.message.en);
    const lines = plain(budgetTextAs(text.value, 'text', 'sv'))
      .trim()
      .split('\n\n');
    const seed = seedBudgetLines();
    expect(seed[0]).toBe('6. Budget'); // the plan numbers its sections; the text is the section itself
    expect(lines[0]).toBe('Budget');
    // Everything between the heading and the source line (the seed names no source) is the seed's.
    expect(lines.slice(1, -1)).toEqual(seed.slice(1));
    expect(lines.at(-1)).toMatch(/^Källa: .*SCB/);
  });

  it('in English, with the figures written the English way and the officer’s line labels as written', () => {
    if (!text.ok) throw new Error(text.error.message.en);
    const lines = plain(budgetTextAs(text.value, 'text', 'en'))
      .trim()
      .split('\n\n');
    expect(lines[1]).toBe(
      "The municipalities' fee for the Södertörn cooperation is SEK 4 per inhabitant and year, as decided by the Södertörn cooperation committee on 2017-02-02. The commitment is confirmed by each municipality's budget decision for 2026. On 31 December 2025 the population of Södertörn was 525,625 in total.",
    );
    expect(lines).toContain('Avgifter från kommunerna SEK 2,102,500');
    expect(lines).toContain('Total SEK 2,102,500');
  });

  it('as HTML: one real table with the parts, their lines and Summa; text escaped', () => {
    if (!text.ok) throw new Error(text.error.message.en);
    const html = budgetTextAs(text.value, 'html', 'sv');
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toContain('<tr><th colspan="2" style="text-align:left">Intäkter</th></tr>');
    expect(plain(html)).toContain('<tr><td>Möten</td><td style="text-align:right">100 000 kr</td></tr>');
    expect(plain(html)).toContain(
      '<tr><td><b>Summa</b></td><td style="text-align:right"><b>2 102 500 kr</b></td></tr>',
    );
    // Intäkter: heading, 1 line, Summa; Kostnader: heading, 5 lines, Summa.
    expect(html.match(/<tr>/g)).toHaveLength(3 + 7);
    const odd = {
      ...text.value,
      parts: [{ ...text.value.parts[0]!, lines: [{ label: 'IT & <webb>', amountOre: 100 }] }],
    };
    expect(budgetTextAs(odd, 'html', 'sv')).toContain('<td>IT &amp; &lt;webb&gt;</td>');
  });

  it('a budget with an amount that cannot be read gives no text, and names the cell', () => {
    const broken = values.map((row) => (row[0] === 'Möten' ? [row[0], '500 00'] : row));
    const c = checkBudget(broken, { feeYear: 2026 });
    const t = budgetTextOfYear({ fees: decided, budget: { check: c } });
    expect(t.ok).toBe(false);
    expect(t.ok ? '' : t.error.message.sv).toMatch(/^Budgettexten skrivs inte: ett belopp kunde inte läsas \(B\d+\)/);
  });
});

describe('without a budget, from the Budgetmall', () => {
  it('a forecast says Prognos and its date; the costs are the plan’s, scaled to the fee revenue, and balance', () => {
    const f = feesOfYear({
      feeYear: 2027,
      rule: perCapitaRule(),
      members: SODERTORN_MEMBERS,
      population,
      estimate: unwrap(latestYearEndEstimate(population, SODERTORN_MEMBERS, 2026)),
    });
    if (!f.ok) throw new Error(f.error.message.en);
    const t = budgetTextOfYear({ fees: feesForBudget(f.value)! });
    if (!t.ok) throw new Error(t.error.message.en);
    const lines = plain(budgetTextAs(t.value, 'text', 'sv'))
      .trim()
      .split('\n\n');
    expect(lines[0]).toBe('Budget 2027 (prognos)');
    expect(lines[1]).toContain('Prognos: den 31 december 2025 var invånarantalet totalt 525 625 på Södertörn');
    expect(lines[1]).toContain('avgifterna för 2027 räknas på invånarantalet 31 december 2026');
    expect(t.value.parts.map((p) => p.sumOre)).toEqual([f.value.allocation.totalOre, f.value.allocation.totalOre]);
  });
});
