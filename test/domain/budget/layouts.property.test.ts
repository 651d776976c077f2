import fc from 'fast-check';
import { checkBudget } from '../../../src/domain';

/**
 * Any layout an officer may give the same budget — columns in another order, extra text columns,
 * blank rows and columns, account numbers as numbers or as text left of the label, amounts as
 * numbers or as text, a heading row with the fee year — gives the same lines and the same sums.
 */
const LABELS = [
  'Personalkostnader',
  'Möten',
  'Hemsidan, IT mm',
  'Konsultstöd',
  'Övrigt',
  'Lokaler',
  'Resor',
  'Utbildning',
  'Tryck',
  'Revision',
];
const amount = fc.integer({ min: 1, max: 5_000_000 });
const budget = fc.record({
  revenues: fc.array(amount, { minLength: 1, maxLength: 3 }),
  costs: fc.uniqueArray(fc.record({ label: fc.constantFrom(...LABELS), kr: amount }), {
    minLength: 1,
    maxLength: 6,
    selector: (c) => c.label,
  }),
});
const layout = fc.record({
  account: fc.constantFrom('none', 'number', 'text'),
  accountColumn: fc.boolean(), // the account number in its own column, or a blank column first
  gapColumns: fc.integer({ min: 0, max: 2 }), // empty (or merged-label) columns between label and amount
  comment: fc.boolean(), // a text column "Kommentar" right of the amount
  amountsAsText: fc.boolean(),
  heading: fc.constantFrom('none', 'year', 'belopp', 'budget'),
  blankRows: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
  origin: fc.constantFrom('A1', 'C3', 'B10'),
});

type Budget = { revenues: number[]; costs: { label: string; kr: number }[] };
type Layout = {
  account: string;
  accountColumn: boolean;
  gapColumns: number;
  comment: boolean;
  amountsAsText: boolean;
  heading: string;
  blankRows: number[];
  origin: string;
};

function render(b: Budget, l: Layout): unknown[][] {
  const lines: [string, string, number | undefined, number | undefined][] = [
    ['heading', 'Intäkter', undefined, undefined],
  ];
  b.revenues.forEach((kr, i) =>
    lines.push(['line', i === 0 ? 'Avgifter från kommunerna' : `Bidrag ${i}`, kr, 3000 + i]),
  );
  lines.push(['summa', 'Summa intäkter', b.revenues.reduce((s, x) => s + x, 0), undefined]);
  lines.push(['heading', 'Kostnader', undefined, undefined]);
  b.costs.forEach((c, i) => lines.push(['line', c.label, c.kr, 4000 + i * 10]));
  lines.push(['summa', 'Summa kostnader', b.costs.reduce((s, x) => s + x.kr, 0), undefined]);
  const money = (kr: number) => (l.amountsAsText ? `${kr.toLocaleString('sv-SE')} kr` : kr);
  const row = (account: unknown, label: unknown, value: unknown, comment: unknown) => [
    ...(l.accountColumn || l.account !== 'none' ? [l.account === 'none' ? '' : account] : []),
    label,
    ...Array.from({ length: l.gapColumns }, () => ''),
    value,
    ...(l.comment ? [comment] : []),
  ];
  const rows: unknown[][] = [];
  if (l.heading !== 'none')
    rows.push(
      row(
        l.account === 'none' ? '' : 'Konto',
        'Benämning',
        l.heading === 'year' ? 2026 : l.heading === 'belopp' ? 'Belopp' : 'Budget 2026',
        'Kommentar',
      ),
    );
  for (const [kind, label, kr, account] of lines) {
    const acc = account === undefined ? '' : l.account === 'text' ? String(account) : account;
    if (kind === 'heading') rows.push(row('', label, '', ''));
    else rows.push(row(acc, label, money(kr!), kind === 'line' ? 'Avser hela året' : ''));
  }
  for (const at of [...l.blankRows].sort((a, b) => b - a)) rows.splice(Math.min(at, rows.length), 0, []);
  return rows;
}

describe('budget layouts', () => {
  it('any permutation of the layout gives the same lines and sums', () => {
    fc.assert(
      fc.property(budget, layout, (b, l) => {
        const check = checkBudget(render(b, l), { feeYear: 2026, origin: l.origin });
        const revenues = b.revenues.reduce((s, x) => s + x, 0) * 100;
        const costs = b.costs.reduce((s, x) => s + x.kr, 0) * 100;
        expect(check.lines.map((x) => [x.section, x.label, x.amountOre])).toEqual([
          ...b.revenues.map((kr, i) => ['revenue', i === 0 ? 'Avgifter från kommunerna' : `Bidrag ${i}`, kr * 100]),
          ...b.costs.map((c) => ['cost', c.label, c.kr * 100]),
        ]);
        expect([check.revenuesOre, check.costsOre]).toEqual([revenues, costs]);
        expect(check.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(
          revenues === costs ? [] : ['not-balanced'],
        );
        expect(check.unreadLines).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a second amount column for another year never changes the lines read for the fee year', () => {
    fc.assert(
      fc.property(
        budget,
        fc.boolean(),
        fc.constantFrom('Budget 2025', 'Utfall 2025', 'Prognos 2026'),
        (b, before, other) => {
          const rows = render(b, {
            account: 'text',
            accountColumn: true,
            gapColumns: 0,
            comment: false,
            amountsAsText: false,
            heading: 'budget',
            blankRows: [],
            origin: 'A1',
          });
          // A copy of the amount column, halved, under another heading: left or right of the fee year's.
          const withOther = rows.map((r, i) => {
            const v = r[2];
            const extra = i === 0 ? other : typeof v === 'number' ? Math.round(v / 2) : '';
            return before ? [r[0], r[1], extra, v] : [r[0], r[1], v, extra];
          });
          const check = checkBudget(withOther, { feeYear: 2026 });
          expect(check.column?.heading).toBe('Budget 2026');
          expect(check.costsOre).toBe(b.costs.reduce((s, x) => s + x.kr, 0) * 100);
        },
      ),
      { numRuns: 200 },
    );
  });
});
