import fc from 'fast-check';
import { BudgetCheckOptions, budgetVerdict, checkBudget } from '../../../src/domain';
import { pastedBudget, seedBudgetLines, tabularBudget } from '../../support/seedBudget';

const options = { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00, populationTotal: 525_625 };
const codes = (cells: unknown[][], o: BudgetCheckOptions = options) =>
  checkBudget(cells, o).findings.map((f) => `${f.severity} ${f.code}${f.cell ? ' ' + f.cell : ''}`);

describe('the 2026 budget of the plan', () => {
  it('is the section the seed has', () => {
    expect(seedBudgetLines()).toContain('Övrigt exempelvis grafiskt stöd 52 500 kr');
  });

  it.each([
    ['kept as a table (text in A, numbers in B)', tabularBudget()],
    ['pasted as text lines into column A', pastedBudget()],
  ])('balances when %s', (_, cells) => {
    const check = checkBudget(cells, options);
    expect(check.balanced).toBe(true);
    expect(check.revenuesOre).toBe(2_102_500_00);
    expect(check.costsOre).toBe(2_102_500_00);
    expect(check.differenceOre).toBe(0);
    expect(check.feeRevenueOre).toBe(2_102_500_00);
    expect(check.statedPopulation).toBe(525_625);
    expect(check.lines.map((l) => `${l.section} ${l.label} ${l.amountOre / 100}`)).toEqual([
      'revenue Avgifter från kommunerna 2102500',
      'cost Personalkostnader* 1400000',
      'cost Möten 100000',
      'cost Hemsidan, IT mm 50000',
      'cost Konsultstöd 500000',
      'cost Övrigt exempelvis grafiskt stöd 52500',
    ]);
    expect(check.findings.map((f) => f.severity)).toEqual(['info']);
    expect(check.findings[0]!.message.sv).toBe(
      'Budgeten balanserar: intäkter 2\u00a0102\u00a0500\u00a0kr = kostnader 2\u00a0102\u00a0500\u00a0kr.',
    );
  });

  it('gives cell addresses relative to where the range starts', () => {
    const check = checkBudget(tabularBudget(), { ...options, origin: 'C3' });
    expect(check.lines[0]).toMatchObject({ labelCell: 'C6', amountCell: 'D6' });
  });
});

/** The tabular budget with one change: [row label, new amount]. */
function changed(edits: [string, unknown][]): unknown[][] {
  const cells = tabularBudget().map((r) => [...r]);
  for (const [label, value] of edits) {
    const row = cells.find((r) => r[0] === label);
    if (!row) throw new Error(`no row ${label}`);
    row[1] = value;
  }
  return cells;
}
const rowOf = (cells: unknown[][], label: string, nth = 0) =>
  cells.map((r, i) => [r[0], i]).filter(([l]) => l === label)[nth]![1] as number;

describe('each kind of fault is found, with its cell', () => {
  it('a cost line changed: sums differ from Summa, and the budget does not balance (deficit)', () => {
    const cells = changed([['Möten', 150_000]]);
    const check = checkBudget(cells, options);
    expect(check.balanced).toBe(false);
    expect(check.differenceOre).toBe(-50_000_00);
    const summa = rowOf(cells, 'Summa', 1) + 1;
    expect(codes(cells)).toEqual([`error summa-differs B${summa}`, `error not-balanced B${summa}`]);
    const notBalanced = check.findings.find((f) => f.code === 'not-balanced')!;
    // The sign in words: an underskott of 50 000 kr, not of −50 000 kr.
    expect(notBalanced.message.sv).toContain('ett underskott på 50\u00a0000\u00a0kr.');
  });

  it('a surplus is shown with its sign', () => {
    const cells = changed([
      ['Konsultstöd', 400_000],
      ['Summa', 2_102_500],
    ]);
    const check = checkBudget(cells, options);
    expect(check.differenceOre).toBe(100_000_00);
    expect(check.findings.find((f) => f.code === 'not-balanced')!.message.sv).toContain(
      'ett överskott på 100\u00a0000\u00a0kr',
    );
  });

  it('fee revenue that is not rate × population', () => {
    const cells = changed([['Avgifter från kommunerna', 2_000_000]]);
    const found = checkBudget(cells, options).findings.find((f) => f.code === 'fee-revenue-differs')!;
    expect(found.cell).toBe(`B${rowOf(cells, 'Avgifter från kommunerna') + 1}`);
    expect(found.message.sv).toBe(
      'Avgifterna från kommunerna är 2\u00a0000\u00a0000\u00a0kr i budgeten, men de beslutade avgifterna för 2026 är 2\u00a0102\u00a0500\u00a0kr för 525\u00a0625 invånare (102\u00a0500\u00a0kr för lite).',
    );
  });

  it('a stated population total that differs from the data', () => {
    const f = checkBudget(tabularBudget(), {
      ...options,
      populationTotal: 525_000,
      populationYear: 2025,
    }).findings.find((x) => x.code === 'population-differs')!;
    expect(f.message.sv).toBe(
      'Texten anger 525\u00a0625 invånare den 31 december 2025, men folkmängden som avgifterna för 2026 räknas på är 525\u00a0000 den 31 december 2025 (skillnad 625). Rätta texten.',
    );
    expect(f.cell).toBe('A2');
  });

  it('a stated population of the wrong year-end, with the right figure', () => {
    const cells = tabularBudget().map((r) =>
      String(r[0]).includes('invånarantalet') ? [String(r[0]).replace('31 december 2025', '31 december 2024'), ''] : r,
    );
    expect(codes(cells, { ...options, populationYear: 2025 })).toEqual([
      'warning population-date-differs A2',
      `info balanced B${rowOf(cells, 'Summa', 1) + 1}`,
    ]);
    expect(codes(tabularBudget(), { ...options, populationYear: 2025 })).toEqual([
      `info balanced B${rowOf(tabularBudget(), 'Summa', 1) + 1}`,
    ]);
  });

  it('an unreadable cell and a suspicious "500 00" — never read as 50 000', () => {
    const cells = changed([
      ['Möten', 'hundra tusen'],
      ['Konsultstöd', '500 00'],
    ]);
    const check = checkBudget(cells, options);
    expect(codes(cells).slice(0, 2)).toEqual([
      `error amount-unreadable B${rowOf(cells, 'Möten') + 1}`,
      `error amount-suspicious B${rowOf(cells, 'Konsultstöd') + 1}`,
    ]);
    expect(check.lines.map((l) => l.label)).not.toContain('Konsultstöd');
    expect(check.costsOre).toBe(1_502_500_00);
    expect(check.balanced).toBe(false);
  });

  it('equal sums with an amount that could not be read are not called balanced', () => {
    const cells = changed([
      ['Möten', '100 00'],
      ['Konsultstöd', 600_000],
    ]);
    const check = checkBudget(cells, options);
    expect(check.differenceOre).toBe(0);
    expect([check.balanced, check.passed]).toEqual([false, false]);
    const summa = rowOf(cells, 'Summa', 1) + 1;
    expect(codes(cells)).toEqual([
      `error amount-suspicious B${rowOf(cells, 'Möten') + 1}`,
      `warning balance-uncertain B${summa}`,
    ]);
    const möten = `B${rowOf(cells, 'Möten') + 1}`;
    expect(check.findings[1]!.message.sv).toBe(
      `Det går inte att avgöra om budgeten balanserar: 1 belopp kunde inte läsas (${möten}) – rätta det och kontrollera igen. Bland de belopp som kunde läsas är intäkterna 2\u00a0102\u00a0500\u00a0kr och kostnaderna 2\u00a0102\u00a0500\u00a0kr.`,
    );
  });

  it('an amount that could not be read makes the verdict open, not a firm imbalance, and its Summa is no second fault', () => {
    // "500 00 kr" (a slip for 50 000) in a budget that balances once it is read.
    const cells = changed([['Konsultstöd', '500 00 kr']]);
    const check = checkBudget(cells, options);
    const konsult = `B${rowOf(cells, 'Konsultstöd') + 1}`;
    expect(check.differenceOre).not.toBe(0);
    expect(check.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['amount-suspicious']);
    expect(check.findings.map((f) => f.code)).not.toContain('not-balanced');
    expect(check.findings.map((f) => f.code)).not.toContain('summa-differs');
    expect(budgetVerdict(check).sv).toMatch(
      new RegExp(
        `^Det går inte att avgöra om budgeten för 2026 balanserar: 1 belopp kunde inte läsas \\(${konsult}\\) – rätta och kontrollera igen\\.`,
      ),
    );
  });

  it('balanced, but not passed, when the fees differ from the rules', () => {
    const cells = changed([
      ['Avgifter från kommunerna', 2_000_000],
      ['Summa', 2_000_000],
      ['Konsultstöd', 397_500],
    ]);
    const check = checkBudget(cells, options);
    expect([check.balanced, check.passed, check.differenceOre]).toEqual([true, false, 0]);
    expect(budgetVerdict(check).sv).toBe(
      'Budgeten för 2026 balanserar, men kontrollen hittade fel – se nedan. Avgiftsraden är jämförd med de beslutade avgifterna för 2026 (2\u00a0102\u00a0500\u00a0kr).',
    );
    expect(budgetVerdict(checkBudget(tabularBudget(), options)).sv).toBe(
      'Budgeten för 2026 balanserar och kontrollen hittade inga fel. Avgiftsraden är jämförd med de beslutade avgifterna för 2026 (2\u00a0102\u00a0500\u00a0kr).',
    );
    expect(budgetVerdict(checkBudget(tabularBudget(), { feeYear: 2026 })).sv).toBe(
      'Budgeten för 2026 balanserar och kontrollen hittade inga fel. Avgifterna från kommunerna är inte jämförda med några beräknade avgifter: ingen folkmängd fanns att räkna dem på.',
    );
  });

  it('text amounts with no-break spaces, "kr", a Unicode minus and tkr are read', () => {
    const cells = changed([
      ['Personalkostnader*', '1\u00a0400 tkr'],
      ['Möten', '100\u202f000 kr'],
      ['Övrigt exempelvis grafiskt stöd', '52 500:-'],
    ]);
    expect(checkBudget(cells, options).balanced).toBe(true);
  });

  it('a duplicate line is flagged, and both are counted', () => {
    const cells = tabularBudget();
    const at = rowOf(cells, 'Möten');
    cells.splice(at + 1, 0, ['Möten', 100_000]);
    expect(codes(cells)).toContain(`warning duplicate-line A${at + 2}`);
    expect(checkBudget(cells, options).costsOre).toBe(2_202_500_00);
  });

  it('an empty budget, or one without costs', () => {
    expect(codes([['Budget 2026'], ['Inget här']])).toEqual(['error budget-empty']);
    expect(codes([])).toEqual(['error budget-empty']);
    const onlyRevenues = [['Intäkter'], ['Avgifter från kommunerna', 2_102_500], ['Summa', 2_102_500]];
    expect(codes(onlyRevenues)).toEqual(['error section-missing']);
    expect(checkBudget(onlyRevenues, options).balanced).toBe(false);
  });

  it('a missing Summa line is a warning, not a guess', () => {
    const cells = tabularBudget().filter((r) => r[0] !== 'Summa');
    const heading = (label: string) => `A${rowOf(cells, label) + 1}`;
    expect(codes(cells)).toEqual([
      `warning summa-missing ${heading('Intäkter')}`,
      `warning summa-missing ${heading('Kostnader')}`,
      'info balanced',
    ]);
  });

  it('a cost line below the Summa is not counted, and is named', () => {
    const cells = [...tabularBudget(), ['Revisionskostnader', 30_000]];
    const check = checkBudget(cells, options);
    expect(check.costsOre).toBe(2_102_500_00);
    expect(codes(cells)).toEqual([
      `warning line-after-summa B${cells.length}`,
      'info balanced' + ` B${rowOf(cells, 'Summa', 1) + 1}`,
    ]);
    expect(check.findings[0]!.message.sv).toBe(
      'Raden ”Revisionskostnader” står efter raden Summa i delen ”Kostnader” och räknas inte med. Flytta upp den ovanför Summa om den hör till budgeten.',
    );
    // A result row under the budget is not a forgotten line.
    expect(codes([...tabularBudget(), ['Resultat', 0]]).filter((c) => c.includes('line-after-summa'))).toEqual([]);
  });

  it('each part is summed under its own heading when a heading comes twice', () => {
    const cells = [
      ['Intäkter'],
      ['Avgifter från kommunerna', 2_102_500],
      ['Summa', 2_102_500],
      ['Kostnader'],
      ['Personalkostnader', 1_400_000],
      ['Summa', 1_400_000],
      ['Kostnader'],
      ['Konsultstöd', 702_500],
      ['Summa', 702_400],
    ];
    expect(codes(cells)).toEqual(['error summa-differs B9', 'warning section-repeated A7', 'info balanced B6']);
  });
});

describe('budgets laid out differently from the plan', () => {
  it('Summa written as "S:a" or "Totala kostnader", and a result row without Summa, are not lines', () => {
    const cells = [
      ['Intäkter'],
      ['Avgifter från kommunerna', 2_102_500],
      ['S:a intäkter', 2_102_500],
      ['Kostnader'],
      ['Personalkostnader', 1_400_000],
      ['Nettokostnad lokaler', 702_500],
      ['Totala kostnader', 2_102_500],
    ];
    expect(codes(cells)).toEqual(['info balanced B7']);
    expect(checkBudget(cells, options).lines.map((l) => l.label)).toEqual([
      'Avgifter från kommunerna',
      'Personalkostnader',
      'Nettokostnad lokaler',
    ]);
    const noSumma = [
      ['Intäkter'],
      ['Avgifter från kommunerna', 2_102_500],
      ['Kostnader'],
      ['Personalkostnader', 2_152_500],
      ['Resultat', -50_000],
    ];
    expect(checkBudget(noSumma, options).costsOre).toBe(2_152_500_00);
  });

  it('an account number left of the text is not the amount', () => {
    const cells = [
      ['Intäkter'],
      [3010, 'Avgifter från kommunerna', 2_102_500],
      ['Summa', '', 2_102_500],
      ['Kostnader'],
      [4010, 'Personalkostnader', 1_400_000],
      [4020, 'Konsultstöd', 702_500],
      ['Summa', '', 2_102_500],
    ];
    const check = checkBudget(cells, options);
    expect(check.lines.map((l) => [l.label, l.amountOre / 100, l.amountCell])).toEqual([
      ['Avgifter från kommunerna', 2_102_500, 'C2'],
      ['Personalkostnader', 1_400_000, 'C5'],
      ['Konsultstöd', 702_500, 'C6'],
    ]);
    expect(codes(cells)).toEqual(['info balanced C7']);
  });

  it("only the members' fees are compared with the rules, not other fees", () => {
    const cells = [
      ['Intäkter'],
      ['Avgifter från kommunerna', 2_102_500],
      ['Deltagaravgifter, konferens', 20_000],
      ['Summa', 2_122_500],
      ['Kostnader'],
      ['Personalkostnader', 2_122_500],
      ['Summa', 2_122_500],
    ];
    const check = checkBudget(cells, options);
    expect(check.feeRevenueOre).toBe(2_102_500_00);
    expect(codes(cells)).toEqual(['info balanced B7']);
    expect(
      checkBudget(
        [
          ['Intäkter'],
          ['Medlemsavgifter', 2_000_000],
          ['Summa', 2_000_000],
          ['Kostnader'],
          ['Personal', 2_000_000],
          ['Summa', 2_000_000],
        ],
        options,
      ).feeRevenueOre,
    ).toBe(2_000_000_00);
  });

  it('a budget kept in tkr, said by the column heading or by a note', () => {
    const inTkr = (header: unknown[][]) => [
      ...header,
      ['Avgifter från kommunerna', 2_102.5],
      ['Summa', 2_102.5],
      ['Kostnader'],
      ['Personalkostnader', 1_400],
      ['Möten', 100],
      ['Hemsidan, IT mm', 50],
      ['Konsultstöd', 500],
      ['Övrigt', 52.5],
      ['Summa', 2_102.5],
    ];
    const byHeading = inTkr([['Intäkter', 'Budget 2026, tkr']]);
    const check = checkBudget(byHeading, options);
    expect([check.revenuesOre, check.costsOre, check.feeRevenueOre]).toEqual([
      2_102_500_00, 2_102_500_00, 2_102_500_00,
    ]);
    expect(codes(byHeading)).toEqual(['info amount-unit B1', 'info balanced B10']);
    expect(check.findings[0]!.message.sv).toBe(
      'Beloppen i kolumn B läses i tusentals kronor (tkr), som ”Budget 2026, tkr” anger.',
    );
    // A Budgetkontroll sheet must not link to cells that hold tkr.
    expect(check.lines.some((l) => l.amountIsNumber)).toBe(false);
    const byNote = inTkr([['Belopp i tkr'], ['Intäkter']]);
    expect(codes(byNote)).toEqual(['info amount-unit A1', 'info balanced B11']);
    // Without either, the fee line is 2 102,50 kr, which the rules contradict.
    expect(codes(inTkr([['Budgeten omfattar 2 102 tkr.'], ['Intäkter']]))[0]).toBe('error fee-revenue-differs B3');
  });

  it("a member's own population in a note is not the stated total", () => {
    const cells = [['Huddinge har 115 000 invånare och Nykvarn 11 000.'], ...tabularBudget()];
    const check = checkBudget(cells, options);
    expect(check.statedPopulation).toBe(525_625);
    expect(codes(cells)).toEqual([`info balanced B${rowOf(cells, 'Summa', 1) + 1}`]);
  });

  it.each([
    ['Den 31 december 2025 var invånarantalet totalt 525 625 på Södertörn.', 525_625],
    ['Invånarantalet den 31 december 2025 var 525\u00a0625.', 525_625],
    ['Avgiften räknas på totalt 524 000 invånare.', 524_000],
    ['Invånarantalet 2025 var okänt.', undefined],
  ])('the stated total is read from %p', (sentence, stated) => {
    const withoutSeedSentence = tabularBudget().filter((r) => !String(r[0]).includes('invånarantalet'));
    expect(checkBudget([[sentence], ...withoutSeedSentence], options).statedPopulation).toBe(stated);
  });
});

describe('checkBudget on any sheet', () => {
  const word = fc.constantFrom(
    'Intäkter',
    'Kostnader',
    'Summa',
    'S:a',
    'Resultat',
    'Avgifter från kommunerna',
    'Möten',
    'Belopp i tkr',
    'Budget, tkr',
    '500 00',
    '1 400 000 kr',
    '(50 000)',
    'Den 31 december 2025 var invånarantalet totalt 525 625',
    '=SUM(B2:B3)',
    '#REF!',
    '',
  );
  const cell = fc.oneof(
    word,
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.boolean(),
    fc.constant(''),
  );
  const sheet = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 25 });

  it('never throws, and what it reports adds up', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom('A1', 'C3', 'AA10'), (cells, origin) => {
        const check = checkBudget(cells, { ...options, origin });
        const sum = (section: string) =>
          check.lines.filter((l) => l.section === section).reduce((s, l) => s + l.amountOre, 0);
        expect(check.revenuesOre).toBe(sum('revenue'));
        expect(check.costsOre).toBe(sum('cost'));
        expect(check.differenceOre).toBe(check.revenuesOre - check.costsOre);
        if (check.balanced) expect(check.differenceOre).toBe(0);
        if (check.passed) expect(check.balanced && check.findings.every((f) => f.severity !== 'error')).toBe(true);
        for (const f of check.findings) {
          expect(f.message.sv.length).toBeGreaterThan(0);
          if (f.cell !== undefined) expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        }
        for (const l of check.lines) expect(Number.isSafeInteger(l.amountOre)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
