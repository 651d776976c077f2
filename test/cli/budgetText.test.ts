import ExcelJS from 'exceljs';
import { seedBudgetLines, tabularBudget } from '../support/seedBudget';
import { runCli } from './run';

/* `avgift budget-text` (issue 22): the same job as the pane's "Kopiera budgettext", on standard output. */
async function budgetFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Försättsblad').getCell('A1').value = 'Verksamhetsplan 2026';
  const ws = wb.addWorksheet('Budget');
  tabularBudget().forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('avgift budget-text', () => {
  it("--year 2026 --budget: the seed's section 6, line by line, and its source last", async () => {
    const r = await runCli(['budget-text', '--year', '2026', '--budget', 'Budget.xlsx'], {
      'Budget.xlsx': await budgetFile(),
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = plain(r.stdout).trim().split('\n\n');
    expect(lines.slice(1, -1)).toEqual(seedBudgetLines().slice(1));
    expect(lines.at(-1)).toMatch(/^Källa: /);
  });

  it('--format html gives one table; md a table per part; anything else is refused with the choices (exit 2)', async () => {
    const file = { 'Budget.xlsx': await budgetFile() };
    const html = await runCli(['budget-text', '--year', '2026', '--budget', 'Budget.xlsx', '--format', 'html'], file);
    expect(html.stdout.match(/<table>/g)).toHaveLength(1);
    const md = await runCli(['budget-text', '--year', '2026', '--format', 'md', '--lang', 'en'], file);
    expect(md.stdout).toMatch(/^## Budget\n/);
    expect(md.stdout.match(/\|:--\|--:\|/g)).toHaveLength(2);
    const pdf = await runCli(['budget-text', '--year', '2026', '--format', 'pdf'], file);
    expect([pdf.code, pdf.stdout, pdf.stderr]).toEqual([2, '', '--format ska vara text, html eller md, inte ”pdf”.\n']);
  });

  it('--year 2027 --forecast in November: Prognos and its date, the Budgetmall’s lines balancing', async () => {
    const r = await runCli(['budget-text', '--year', '2027', '--forecast']);
    expect(r.code).toBe(0);
    const lines = plain(r.stdout).trim().split('\n\n');
    expect(lines[0]).toBe('Budget 2027 (prognos)');
    expect(lines[1]).toMatch(/Prognos: den 31 december 2025 var invånarantalet totalt 525 625 på Södertörn/);
    expect(lines.filter((l) => l.startsWith('Summa '))).toEqual(['Summa 2 102 500 kr', 'Summa 2 102 500 kr']);
  });
});
