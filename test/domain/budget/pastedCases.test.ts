import { checkBudget } from '../../../src/domain';

/*
 * Budget lines as officers paste them from the plan's PDF, read right: a label that ends in a year, a
 * Summa cell showing Excel's #REF!, and the stated population wrapped across two lines.
 */
const options = { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00, populationTotal: 525_625, populationYear: 2025 };
const pasted = (lines: string[]) => lines.map((l) => [l]);

describe('pasted budget lines', () => {
  it('"Tryck av rapport 2026 20 000 kr": the year is the label’s, the line counts 20 000 kr, the budget balances', () => {
    const c = checkBudget(
      pasted([
        'Intäkter',
        'Avgifter från kommunerna 2 102 500 kr',
        'Summa 2 102 500 kr',
        'Kostnader',
        'Personal 2 082 500 kr',
        'Tryck av rapport 2026 20 000 kr',
        'Summa 2 102 500 kr',
      ]),
      options,
    );
    expect(c.lines.map((l) => [l.label, l.amountOre])).toContainEqual(['Tryck av rapport 2026', 20_000_00]);
    expect(c.balanced).toBe(true);
    expect(c.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });

  it('"Resor 500 00 kr" stays a suspicious amount, never 50 000', () => {
    const c = checkBudget(
      pasted([
        'Intäkter',
        'Avgifter från kommunerna 2 102 500 kr',
        'Summa 2 102 500 kr',
        'Kostnader',
        'Personal 2 102 500 kr',
        'Resor 500 00 kr',
        'Summa 2 102 500 kr',
      ]),
      options,
    );
    expect(c.findings.map((f) => f.code)).toContain('amount-suspicious');
    expect(c.lines.map((l) => l.label)).not.toContain('Resor 500');
  });

  it('a Summa cell showing #REF! is reported as that cell, not as a missing Summa row', () => {
    const c = checkBudget(
      [
        ['Intäkter', ''],
        ['Avgifter från kommunerna', 2_102_500],
        ['Summa', '#REF!'],
        ['Kostnader', ''],
        ['Personal', 2_102_500],
        ['Summa', 2_102_500],
      ],
      options,
    );
    const codes = c.findings.map((f) => `${f.code} ${f.cell ?? ''}`);
    expect(codes).toContain('amount-unreadable B3');
    expect(codes.some((x) => x.startsWith('summa-missing'))).toBe(false);
    expect(c.passed).toBe(false);
  });

  it('the stated population wrapped across two lines ("totalt 525" / "625 på Södertörn.") is read as 525 625', () => {
    const lines = [
      'Den 31 december 2025 var invånarantalet totalt 525',
      '625 på Södertörn.',
      'Intäkter',
      'Avgifter från kommunerna 2 102 500 kr',
      'Summa 2 102 500 kr',
      'Kostnader',
      'Personal 2 102 500 kr',
      'Summa 2 102 500 kr',
    ];
    expect(checkBudget(pasted(lines), options).findings.map((f) => f.code)).not.toContain('population-differs');
    const wrong = checkBudget(pasted(lines), { ...options, populationTotal: 525_000 }).findings.find(
      (f) => f.code === 'population-differs',
    );
    expect(wrong?.message.sv).toContain('Texten anger 525\u00a0625 invånare den 31 december 2025');
  });
});
