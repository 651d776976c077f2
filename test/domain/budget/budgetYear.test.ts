import { checkBudget } from '../../../src/domain';
import { tabularBudget } from '../../support/seedBudget';

/*
 * A budget says which year it is for, in its title or its sheet's name: checked as another fee year,
 * that is a Fel at the cell that says so (issue 21: "Budget 2027" checked as fee year 2026).
 */
/** The seed budget's lines from Intäkter on, without its prose (which says "budget för 2026"). */
const lines = () => tabularBudget().slice(tabularBudget().findIndex((r) => r[0] === 'Intäkter'));
const titled = (title: string) => [[title], [''], ...lines()];
const codes = (check: ReturnType<typeof checkBudget>) => check.findings.map((f) => f.code);

describe("the budget's own year against the fee year", () => {
  it('a title "Budget 2027" checked as 2026 is a Fel at A1, and the check does not pass', () => {
    const check = checkBudget(titled('Budget 2027'), { feeYear: 2026 });
    const found = check.findings.find((f) => f.code === 'budget-year-differs')!;
    expect(found).toMatchObject({ severity: 'error', cell: 'A1' });
    expect(found.message.sv).toBe(
      'Budgeten gäller 2027 (A1 ”Budget 2027”), men den kontrolleras för avgiftsår 2026. Välj avgiftsår 2027 och kontrollera igen, eller budgeten för 2026.',
    );
    expect(check.passed).toBe(false);
  });

  it("the seed's own prose says its year: the 2026 plan's budget checked as 2027 is a finding", () => {
    expect(codes(checkBudget(tabularBudget(), { feeYear: 2027 }))).toContain('budget-year-differs');
    expect(codes(checkBudget(tabularBudget(), { feeYear: 2026 }))).not.toContain('budget-year-differs');
  });

  it('the same title checked as 2027, or a plan titled for its own year, is no finding', () => {
    expect(codes(checkBudget(titled('Budget 2027'), { feeYear: 2027 }))).not.toContain('budget-year-differs');
    expect(codes(checkBudget(titled('Verksamhetsplan och budget 2026'), { feeYear: 2026 }))).not.toContain(
      'budget-year-differs',
    );
  });

  it('without a title, the sheet\'s name says it: "Budget 2027"', () => {
    const check = checkBudget(lines(), { feeYear: 2026, sheet: 'Budget 2027' });
    expect(check.findings.find((f) => f.code === 'budget-year-differs')!.message.sv).toMatch(
      /^Budgeten gäller 2027 \(bladet ”Budget 2027”\)/,
    );
    expect(codes(checkBudget(lines(), { feeYear: 2026, sheet: 'Budget' }))).not.toContain('budget-year-differs');
  });

  it('a row of column headings ("Budget 2026", "Budget 2027") is no title', () => {
    const cells = [['', 'Budget 2026', 'Budget 2027'], ...lines().map((r) => [r[0], r[1] ?? '', r[1] ?? ''])];
    expect(codes(checkBudget(cells, { feeYear: 2027 }))).not.toContain('budget-year-differs');
  });
});
