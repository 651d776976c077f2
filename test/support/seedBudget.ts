import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Section 6 "Budget" of the 2026 plan (../shared/seeds/003_…txt, copied to test/fixtures/seeds), line by line as the officers wrote it. */
export function seedBudgetLines(): string[] {
  const text = readFileSync(resolve(__dirname, '../fixtures/seeds/003_4c505e271257d39c.txt'), 'utf8');
  const start = text.indexOf('6. Budget\n');
  const end = text.indexOf('Samarbetsavtal om Södertörnskommunernas samarbetskommitté');
  return text
    .slice(start, end)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The budget as pasted into column A: one cell per line ("Möten 100 000 kr"). */
export const pastedBudget = (): string[][] => seedBudgetLines().map((l) => [l]);

/** The budget as officers keep it in Excel: the line text in A, the amount as a number in B. */
export function tabularBudget(): unknown[][] {
  return seedBudgetLines().map((line) => {
    const m = /^(.*?)\s+(\d{1,3}(?: \d{3})*) kr$/.exec(line);
    return m ? [m[1], Number(m[2]!.replace(/ /g, ''))] : [line, ''];
  });
}

/** The columns of a budget kept beside last year's: for fee year 2026, none is the fee year's. */
export const YEAR_COLUMNS = ['Budget 2025', 'Utfall 2025', 'Budget 2027'] as const;

/**
 * The seed's budget kept over years, as officers keep it: the line text in A and one amount column
 * per heading of YEAR_COLUMNS in B–D (2025's budget on the 2025 fees, 2025's outcome, a plan for
 * 2027), each part's Summa the sum of its lines. The amounts of each line by column are in
 * `lines`, for a test to compute what a column's check must give.
 */
export function yearColumnsBudget(): {
  cells: unknown[][];
  lines: { part: 'revenue' | 'cost'; label: string; amounts: readonly number[] }[];
} {
  // Per line, the amount in each of YEAR_COLUMNS; labels from the seed.
  const byLabel: Record<string, readonly number[]> = {
    'Avgifter från kommunerna': [2_094_488, 2_094_488, 2_110_000],
    'Personalkostnader*': [1_380_000, 1_350_000, 1_420_000],
    Möten: [100_000, 80_000, 100_000],
    'Hemsidan, IT mm': [50_000, 45_000, 50_000],
    Konsultstöd: [500_000, 520_000, 480_000],
    'Övrigt exempelvis grafiskt stöd': [64_488, 30_000, 60_000],
  };
  const lines: { part: 'revenue' | 'cost'; label: string; amounts: readonly number[] }[] = [];
  const cells: unknown[][] = [];
  let part: 'revenue' | 'cost' | undefined;
  for (const [label] of tabularBudget()) {
    if (label === 'Intäkter') cells.push(['', ...YEAR_COLUMNS]);
    if (label === 'Intäkter' || label === 'Kostnader') part = label === 'Intäkter' ? 'revenue' : 'cost';
    const amounts = byLabel[label as string];
    if (amounts && part) lines.push({ part, label: label as string, amounts });
    const sums = YEAR_COLUMNS.map((_, c) =>
      lines.filter((l) => l.part === part).reduce((s, l) => s + l.amounts[c]!, 0),
    );
    cells.push([label, ...(amounts ?? (label === 'Summa' ? sums : ['', '', '']))]);
  }
  return { cells, lines };
}
