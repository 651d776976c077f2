/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel, RealExcel } from '../excel/realExcel';
import { openTask } from './appPage';

/*
 * November inside Excel (SPEC.md, "The committee's year"): the pane writes the 2027 budget template
 * into the workbook on the real Excel library, and the budget check reads that sheet back as Excel
 * gives it — its Summa and Resultat cells are formulas, whose values Excel (here the model's
 * evaluator) computes. The date is injected; the population is the bundled SCB figures.
 */
const NOVEMBER = () => new Date(2026, 10, 23, 9, 0);
const nb = (s: string) => s.replace(/ /g, '\u00a0');

async function writeTemplate(user: ReturnType<typeof userEvent.setup>): Promise<RealExcel> {
  const fake = createRealExcel();
  render(<App services={createServices({ now: NOVEMBER, excel: fake.Excel })} displayLanguage="sv-SE" />);
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december/);
  // The budget page is open in November, its Budgetmall ticked.
  expect((screen.getByRole('checkbox', { name: 'Budgetmall' }) as HTMLInputElement).checked).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
  await screen.findByText(/blad skrivna:/);
  return fake;
}

/** The row whose column A reads `label`, from the top (the first "Summa" is the revenues'). */
const rowOf = (fake: RealExcel, label: string, nth = 0) => {
  const rows = fake.values('Budget', 'A1:A40').flatMap((r, i) => (r[0] === label ? [i + 1] : []));
  return rows[nth]!;
};

describe('November in Excel: budget template → budget check against the prognos 2027', () => {
  it('the template written into Excel computes its sums, and the check finds it balanced against prognos 2027', async () => {
    const user = userEvent.setup();
    const fake = await writeTemplate(user);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Blad1', 'Prognos 2027', 'Befolkning', 'Historik', 'Budget']);
    // A forecast is never fastställd: the Fastställ page opens on 2026, the year that can be; told 2027,
    // it says when 2027 can be and offers only the way back to 2026 (issue 21).
    await openTask(user, 'approve');
    expect(screen.getByRole('region', { name: '1. Fastställ 2026' })).toBeTruthy();
    await user.clear(screen.getByLabelText('Avgiftsår'));
    await user.type(screen.getByLabelText('Avgiftsår'), '2027');
    const page = screen.getByRole('tabpanel', { name: 'Fastställ och kontrollera' });
    expect(page.textContent).toContain('en prognos fastställs aldrig');
    expect(
      within(page)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Byt till avgiftsår 2026']);
    expect(within(page).queryByRole('region')).toBeNull();
    await openTask(user, 'budget');
    // The sums are Excel formulas, and what Excel shows for them is computed, not their text.
    const revenueSum = rowOf(fake, 'Summa');
    const costSum = rowOf(fake, 'Summa', 1);
    expect(fake.cell('Budget', `B${revenueSum}`)?.formula).toMatch(/^=SUM\(B\d+:B\d+\)$/);
    expect(fake.cell('Budget', `B${costSum}`)?.formula).toMatch(/^=SUM\(B\d+:B\d+\)$/);
    expect([fake.values('Budget', `B${revenueSum}`)[0]![0], fake.values('Budget', `B${costSum}`)[0]![0]]).toEqual([
      2_102_500, 2_102_500,
    ]);

    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByRole('group', { name: 'Budgeten balanserar' });
    expect(screen.queryAllByText(/^(Fel|Varning)$/)).toEqual([]);
    const compared = screen.getByTestId('budget-compared');
    expect(compared.textContent).toContain('Avgiftsår 2027');
    expect(compared.textContent).toContain('jämfördes med prognosen');
    expect(compared.textContent).toContain('Prognos 2027 – folkmängd 31 december 2025');
    expect(compared.textContent).toContain(nb('2 102 500 kr'));
    // The Budgetkontroll sheet says the same: compared with the prognos, on 31 December 2025.
    await user.click(screen.getByRole('button', { name: 'Skriv bladet Budgetkontroll' }));
    await waitFor(() => expect(fake.state.sheets.map((s) => s.name)).toContain('Budgetkontroll 2027'));
    const texts = fake.values('Budgetkontroll 2027', 'A1:A5').map((r) => String(r[0]));
    const verdict = texts.find((t) => t.startsWith('Budgeten för 2027'))!;
    expect(verdict).toMatch(
      /jämförd med prognosen för avgifterna för 2027 \(2\s102\s500\skr, folkmängd 31 december 2025, en prognos/,
    );
    expect(verdict).not.toContain('beslutade');
  });

  it('a cost changed in Excel is recomputed: the check says the budget no longer balances, by how much', async () => {
    const user = userEvent.setup();
    const fake = await writeTemplate(user);
    const consult = rowOf(fake, 'Konsultstöd');
    const before = fake.values('Budget', `B${consult}`)[0]![0] as number;
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Budget').getRange(`B${consult}`).values = [[before + 100_000]];
      await context.sync();
    });
    expect(fake.values('Budget', `B${rowOf(fake, 'Summa', 1)}`)[0]![0]).toBe(2_202_500);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await waitFor(() => expect(screen.getByTestId('budget-compared').textContent).toContain('jämfördes med prognosen'));
    expect(screen.queryByRole('group', { name: 'Budgeten balanserar' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Budgeten balanserar inte' }).textContent).toMatch(
      /Kostnader 2\s202\s500\skr · Skillnad −100\s000\skr/,
    );
  });
});
