import { budgetCheckSheet } from '../../../src/workbook/layouts';
import { budgetVerdict, checkBudget, columnHeading } from '../../../src/domain';
import { YEAR_COLUMNS, yearColumnsBudget } from '../../support/seedBudget';

const plan = (costs: unknown[][], extra: unknown[][] = []) => [
  ['Intäkter'],
  ['Avgifter från kommunerna', 2_102_500],
  ['Summa', 2_102_500],
  ['Kostnader'],
  ...costs,
  ['Summa', 2_102_500],
  ...extra,
];
const COSTS = [
  ['Personalkostnader', 1_400_000],
  ['Möten', 100_000],
  ['Hemsidan, IT mm', 50_000],
  ['Konsultstöd', 500_000],
  ['Övrigt', 52_500],
];

describe('column headings', () => {
  it.each([
    ['Budget 2026', { text: 'Budget 2026', year: 2026, kind: 'budget' }],
    ['Utfall 2025', { text: 'Utfall 2025', year: 2025, kind: 'outcome' }],
    ['Prognos 2025', { text: 'Prognos 2025', year: 2025, kind: 'forecast' }],
    [2026, { text: '2026', year: 2026, kind: 'plain' }],
    ['2026', { text: '2026', year: 2026, kind: 'plain' }],
    ['Belopp (tkr)', { text: 'Belopp (tkr)', kind: 'plain' }],
    [52_500, undefined],
    ['52 500 kr', undefined],
    ['Beslutad av samarbetskommittén den 22 januari 2026', undefined],
  ])('%p', (value, heading) => expect(columnHeading(value)).toEqual(heading));

  it('a line whose amount is 2000 is a line, not a heading row', () => {
    const check = checkBudget(plan([...COSTS.slice(0, 4), ['Övrigt', 2000]]), { feeYear: 2026 });
    expect(check.lines.map((l) => l.amountOre / 100)).toEqual([2_102_500, 1_400_000, 100_000, 50_000, 500_000, 2000]);
  });
});

describe('varav lines and signs', () => {
  it('varav lines are shown, never counted twice; more than the line above is a Varning', () => {
    const check = checkBudget(
      plan([COSTS[0]!, ['varav löner', 1_000_000], ['– därav resor', 500_000], ...COSTS.slice(1)]),
      { feeYear: 2026 },
    );
    expect(check.costsOre).toBe(2_102_500_00);
    expect(check.subLines.map((s) => [s.label, s.parent])).toEqual([
      ['varav löner', 'Personalkostnader'],
      ['– därav resor', 'Personalkostnader'],
    ]);
    expect(check.findings.filter((f) => f.severity === 'warning').map((f) => [f.code, f.line])).toEqual([
      ['sub-lines-exceed', 'Personalkostnader'],
    ]);
  });

  it('costs with a minus sign are costs, said in an Upplysning, never a surplus', () => {
    const check = checkBudget(
      [
        ['Intäkter'],
        ['Avgifter från kommunerna', 2_102_500],
        ['Summa', 2_102_500],
        ['Kostnader'],
        ...COSTS.map(([l, v]) => [l, -(v as number)]),
        ['Summa', -2_102_500],
      ],
      { feeYear: 2026 },
    );
    expect([check.balanced, check.costsOre, check.costsNegated]).toEqual([true, 2_102_500_00, true]);
    expect(check.findings.find((f) => f.code === 'costs-negative')!.message.sv).toBe(
      'Kostnaderna står med minustecken (5 rader); de räknas som kostnader, utan tecknet. Det är inget överskott.',
    );
  });
});

describe('a comment column between the label and the amount', () => {
  it('is never read as the amount; a word where the amount should be still is', () => {
    const costs = COSTS.map(([l, v]) => [l, l === 'Möten' ? 'fyra möten per år' : '', v]);
    const check = checkBudget(
      plan(costs).map((r) => (r.length === 2 ? [r[0], '', r[1]] : r)),
      { feeYear: 2026 },
    );
    expect([check.costsOre, check.passed]).toEqual([2_102_500_00, true]);
    const word = checkBudget(plan([...COSTS.slice(0, 4), ['Övrigt', 'femtiotvåtusen']]), { feeYear: 2026 });
    expect(word.unreadLines.map((u) => [u.label, u.text])).toEqual([['Övrigt', 'femtiotvåtusen']]);
  });
});

describe('account numbers right of the label', () => {
  it('under a "Konto" heading they are never amounts; a line without an amount is not counted as its account', () => {
    const rows = [
      ['Benämning', 'Konto', 'Belopp'],
      ...plan(COSTS.map(([l, v], i) => [l, 4010 + i * 10, l === 'Möten' ? '' : v])).map((r) =>
        r.length === 2 ? [r[0], '', r[1]] : r,
      ),
    ];
    const check = checkBudget(rows, { feeYear: 2026 });
    expect(check.lines.map((l) => l.label)).not.toContain('Möten');
    expect(check.costsOre).toBe(2_002_500_00);
    expect(check.findings.find((f) => f.code === 'column-ambiguous')).toBeUndefined();
  });
});

describe("a heading that carries its part's total", () => {
  it('"Intäkter | 2 102 500" opens the part, and its total stands for Summa', () => {
    const check = checkBudget(
      [['Intäkter', 2_102_500], ['Avgifter från kommunerna', 2_102_500], ['Kostnader', '2 000 000 kr'], ...COSTS],
      { feeYear: 2026 },
    );
    expect([check.revenuesOre, check.costsOre]).toEqual([2_102_500_00, 2_102_500_00]);
    expect(check.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.cell])).toEqual([
      ['summa-differs', 'B3'],
    ]);
  });
});

describe('subtotals inside a part', () => {
  it('"Summa personalkostnader" is checked against its group and never counted nor closes the part', () => {
    const costs = [
      ['Personalkostnader'],
      ['Löner', 1_000_000],
      ['Arbetsgivaravgifter', 400_000],
      ['Summa personalkostnader', 1_400_000],
      ['Övriga kostnader'],
      ...COSTS.slice(1),
      ['S:a övriga kostnader', 700_000],
    ];
    const check = checkBudget(plan(costs), { feeYear: 2026 });
    expect([check.costsOre, check.passed]).toEqual([2_102_500_00, true]);
    expect(check.findings.filter((f) => f.severity === 'warning').map((f) => [f.code, f.line])).toEqual([
      ['subtotal-differs', 'S:a övriga kostnader'],
    ]);
  });
});

describe('an accounting export: revenues negative (credit), costs positive', () => {
  it('balances, and says how the signs were read', () => {
    const check = checkBudget(
      [
        ['Intäkter'],
        ['Avgifter från kommunerna', -2_102_500],
        ['Summa', -2_102_500],
        ['Kostnader'],
        ...COSTS,
        ['Summa', 2_102_500],
      ],
      { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00 },
    );
    expect([check.passed, check.revenuesOre, check.feeRevenueOre]).toEqual([true, 2_102_500_00, 2_102_500_00]);
    expect(check.findings.map((f) => f.code)).toEqual(['revenues-negative', 'balanced']);
  });
});

describe('the verdict says which fees and which column', () => {
  const base = { feeYear: 2027, populationTotal: 525_625 };
  it.each([
    [
      'decided',
      'Avgiftsraden är jämförd med de beslutade avgifterna för 2027 (2\u00a0102\u00a0500\u00a0kr, folkmängd 31 december 2025).',
    ],
    [
      'forecast',
      'Avgiftsraden är jämförd med prognosen för avgifterna för 2027 (2\u00a0102\u00a0500\u00a0kr, folkmängd 31 december 2025, en prognos – inte underlag för fakturor).',
    ],
    [
      'scenario',
      'Avgiftsraden är jämförd med scenariots avgifter för 2027 (2\u00a0102\u00a0500\u00a0kr, folkmängd 31 december 2025).',
    ],
  ] as const)('%s fees', (kind, words) => {
    const check = checkBudget(plan(COSTS), {
      ...base,
      fees: { kind, expectedOre: 2_102_500_00, populationDate: '2025-12-31' },
    });
    expect(budgetVerdict(check).sv).toBe(`Budgeten för 2027 balanserar och kontrollen hittade inga fel. ${words}`);
  });

  it('the column read, when there was a choice', () => {
    const cells = [
      ['', 'Budget 2026', 'Budget 2027'],
      ...plan(COSTS).map((r) => [r[0], typeof r[1] === 'number' ? r[1] - 1 : '', r[1] ?? '']),
    ];
    const check = checkBudget(cells, { feeYear: 2027 });
    expect(budgetVerdict(check).en).toBe(
      'The budget for 2027 balances and the check found no errors. The amounts were read from column C "Budget 2027". The members\' fees were not compared with any computed fees: there was no population to compute them on.',
    );
  });
});

describe('several amount columns and none for the fee year: a question with the columns as values', () => {
  const { cells, lines } = yearColumnsBudget();

  it('asks, listing exactly the columns there are (letter and heading), and reads nothing', () => {
    const check = checkBudget(cells, { feeYear: 2026 });
    expect(check.columnChoices).toEqual(YEAR_COLUMNS.map((heading, i) => ({ letter: 'BCD'[i], heading })));
    expect([check.lines.length, check.passed]).toEqual([0, false]);
    const ask = check.findings.find((f) => f.code === 'column-ambiguous')!;
    expect(ask.message.sv).toBe(
      'Budgeten har flera beloppskolumner (B ”Budget 2025”, C ”Utfall 2025”, D ”Budget 2027”) och ingen av dem är för 2026. Ange vilken som ska kontrolleras.',
    );
    expect(`${ask.message.sv} ${ask.message.en}`).not.toMatch(/kommandorad|command line|--column/);
  });

  it.each(YEAR_COLUMNS.map((heading, i) => [heading, i] as const))(
    'the column chosen, %s, is the one compared',
    (heading, i) => {
      const letter = 'BCD'[i]!;
      const check = checkBudget(cells, { feeYear: 2026, column: letter });
      const sum = (part: string) => lines.filter((l) => l.part === part).reduce((s, l) => s + l.amounts[i]! * 100, 0);
      expect(check.columnChoices).toBeUndefined();
      expect(check.column).toEqual({ letter, heading, reason: 'chosen' });
      expect([check.revenuesOre, check.costsOre, check.balanced]).toEqual([
        sum('revenue'),
        sum('cost'),
        sum('revenue') === sum('cost'),
      ]);
      expect(check.lines.map((l) => l.amountCell)).toEqual(
        lines.map((l) => `${letter}${1 + cells.findIndex((r) => r[0] === l.label)}`),
      );
      expect(budgetVerdict(check).sv).toContain(`Beloppen är lästa ur kolumn ${letter} ”${heading}”.`);
    },
  );
});

describe('every finding names its line; Budgetkontroll lists every line', () => {
  it('an unreadable amount: its line, its cell, its text and what was wrong, on the sheet too', () => {
    const check = checkBudget(plan([COSTS[0]!, ['Möten', '100 00 kr'], ['varav resor', 20_000], ...COSTS.slice(2)]), {
      feeYear: 2026,
    });
    const finding = check.findings.find((f) => f.code === 'amount-suspicious')!;
    expect([finding.line, finding.cell]).toEqual(['Möten', 'B6']);
    expect(finding.message.sv).toMatch(/^Raden ”Möten” \(B6\): ”100 00 kr” ser ut som ett felskrivet belopp/);
    const sheet = budgetCheckSheet({
      check,
      feeYear: 2026,
      budgetLocation: 'Budget!A1:B12',
      generatedAt: '2026-11-23T08:00:00Z',
    });
    const texts = sheet.blocks
      .flatMap((b) => b.rows)
      .map((r) => r.map((c) => (c && 'value' in c ? c.value : '')).join(' | '));
    const costRows = texts.filter((t) => t.startsWith('Kostnader |'));
    const labels = costRows.map((t) => t.split(' | ')[1]!);
    expect(labels[0]).toBe('Personalkostnader');
    expect(labels[1]).toMatch(/^Möten: ”100 00 kr” kan inte läsas – ”100 00 kr” ser ut som ett felskrivet belopp/);
    expect(labels[2]).toBe('varav resor 20\u00a0000\u00a0kr (ingår i ”Möten”, räknas inte två gånger)');
    expect(labels.slice(3)).toEqual(['Hemsidan, IT mm', 'Konsultstöd', 'Övrigt', 'Summa kostnader']);
    expect(texts.some((t) => t.startsWith('Fel | Raden ”Möten”') && t.endsWith('| Möten | B6'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Upplysning | ”varav resor”'))).toBe(true);
  });
});
