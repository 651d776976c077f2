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
