/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { NOW, inExcel, getPopulation, openTask } from './appPage';
import { formatKronor } from '../../src/domain';
import { tabularBudget, YEAR_COLUMNS, yearColumnsBudget } from '../support/seedBudget';

/*
 * The task pane writing into Excel (Microsoft's Excel library answered by the model) and step 4's choice
 * of a budget's sheet and amount column, as the officer clicks them.
 * The steps' cases run through the pane's hooks (hooks/); here the composition and whole flows.
 */

describe('the task pane in Excel (Microsoft’s Excel library, answered by the model)', () => {
  it('writes the sheets, then asks before it meets its own sheets again: replace in place is the default', async () => {
    const user = userEvent.setup();
    const fake = inExcel();
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('13 blad skrivna:');
    expect(fake.cell('Avgift 2026', 'E10')?.formula).toBe('=C10*Sats_2026');
    const tabs = fake.state.sheets.map((s) => s.name);

    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    // The focus goes to the question, which is read out by its title and text.
    const question = await screen.findByRole('group', { name: 'Bladen finns redan' });
    expect(document.activeElement).toBe(question);
    expect(question.getAttribute('aria-describedby')).toBeTruthy();
    const text = document.getElementById(question.getAttribute('aria-describedby')!)!.textContent;
    expect(text).toContain('Ersätt skriver om bladen där de är');
    expect(text).toContain('formler och namn som pekar på bladen fortsätter att gälla');
    // Nothing is written while the question is open: the progress waits.
    expect(screen.getByText('Väntar på ditt svar…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const [first] = within(question).getAllByRole('button');
    expect(first!.textContent).toBe('Ersätt tilläggets blad'); // the first and primary answer
    await user.click(first!);
    await screen.findAllByText('(ersatt)');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(tabs);

    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await user.click(await screen.findByRole('button', { name: 'Skriv nya versioner' }));
    await screen.findByText(/Avgift 2026 \(2\)/);
    expect(fake.sheet('Avgift 2026 (2)')).toBeDefined();
    expect(fake.state.sheets.filter((s) => s.name.startsWith('Avgift 2026'))).toHaveLength(2);
  });

  it('checks the Budget sheet and goes to the cell of a finding', async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
    const moten = Object.entries(cells)
      .find(([, v]) => v === 'Möten')![0]
      .replace('A', 'B');
    cells[moten] = 150_000;
    const fake = inExcel({ sheets: [{ name: 'Blad1' }, { name: 'Budget', cells }] });
    await openTask(user, 'budget', 2026);
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByText('Budgeten balanserar inte');
    expect(screen.getByText(/ett underskott på/)).toBeTruthy();
    const goTo = screen.getAllByRole('button', { name: /^Gå till B/ })[0]!;
    await user.click(goTo);
    await waitFor(() => expect(fake.state.selection.sheet.name).toBe('Budget'));
    expect(`Gå till ${fake.state.selection.address}`).toBe(goTo.textContent);
  });
});

describe("step 4 in Excel: the budget's amount column and its sheet, chosen in the pane", () => {
  /** Rows of cells as a sheet's cells from A1. */
  const sheetCells = (rows: unknown[][]) => {
    const cells: Record<string, string | number> = {};
    rows.forEach((row, r) => row.forEach((v, c) => v !== '' && (cells[`${'ABCD'[c]}${r + 1}`] = v as string | number)));
    return cells;
  };

  it('several amount columns and none for 2026: the pane offers exactly those, the officer picks one, the verdict compares that one', async () => {
    const user = userEvent.setup();
    const { cells, lines } = yearColumnsBudget();
    inExcel({ sheets: [{ name: 'Blad1' }, { name: 'Budget', cells: sheetCells(cells) }] });
    await openTask(user, 'budget', 2026);
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    // The question is announced, in words for the pane: no command line.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Budgeten har flera beloppskolumner (B ”Budget 2025”, C ”Utfall 2025”, D ”Budget 2027”) och ingen av dem är för 2026. Ange vilken som ska kontrolleras.',
    );
    expect(alert.textContent).not.toMatch(/kommandorad|--column/);
    const group = screen.getByRole('radiogroup', { name: 'Beloppskolumn att kontrollera' });
    const options = within(group).getAllByRole('radio');
    expect(options.map((o) => o.getAttribute('aria-checked') ?? (o as HTMLInputElement).checked)).toEqual([
      false,
      false,
      false,
    ]);
    expect(YEAR_COLUMNS.map((h, i) => within(group).getByRole('radio', { name: `Kolumn ${'BCD'[i]} – ${h}` }))).toEqual(
      options,
    );
    await waitFor(() => expect(document.activeElement).toBe(options[0]));

    // By keyboard: the arrow keys move the choice (Budget 2025 → Utfall 2025), then the check runs with it.
    await user.keyboard('{ArrowDown}');
    expect((options[1] as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    const verdict = await screen.findByRole('group', { name: 'Budgeten balanserar inte' });
    const sum = (part: string) => lines.filter((l) => l.part === part).reduce((s, l) => s + l.amounts[1]! * 100, 0);
    expect(verdict.textContent).toContain(
      `Intäkter ${formatKronor(sum('revenue'))} · Kostnader ${formatKronor(sum('cost'))} · Skillnad ${formatKronor(sum('revenue') - sum('cost'))}`,
    );
    expect(screen.getByTestId('budget-column').textContent).toBe(
      'Beloppen läses från kolumn C ”Utfall 2025”, den valda kolumnen. ',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // The choice stays to change: Budget 2027 is read next.
    await user.click(screen.getByRole('radio', { name: 'Kolumn D – Budget 2027' }));
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await waitFor(() => expect(screen.getByTestId('budget-column').textContent).toContain('kolumn D ”Budget 2027”'));
    const d = (part: string) => lines.filter((l) => l.part === part).reduce((s, l) => s + l.amounts[2]! * 100, 0);
    expect(
      screen.getByRole('group', { name: 'Budgeten balanserar, men kontrollen hittade fel' }).textContent,
    ).toContain(`Intäkter ${formatKronor(d('revenue'))} · Kostnader ${formatKronor(d('cost'))}`);
  });

  it('a budget kept on the sheet "Verksamhetsplan 2026" is checked by choosing that sheet', async () => {
    const user = userEvent.setup();
    const fake = inExcel({
      sheets: [
        { name: 'Försättsblad', cells: { A1: 'Södertörnskommunernas samarbetskommitté' } },
        { name: 'Verksamhetsplan 2026', cells: sheetCells(tabularBudget()) },
      ],
    });
    await openTask(user, 'budget', 2026);
    await getPopulation(user);
    const sheet = (await screen.findByRole('combobox', { name: 'Blad' })) as HTMLSelectElement;
    // The workbook's sheets, read from Excel; no sheet is called Budget, so the first is shown.
    await waitFor(() =>
      expect(Array.from(sheet.options).map((o) => o.value)).toEqual(['Försättsblad', 'Verksamhetsplan 2026']),
    );
    expect(sheet.value).toBe('Försättsblad');
    await user.selectOptions(sheet, 'Verksamhetsplan 2026');
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    const verdict = await screen.findByRole('group', { name: 'Budgeten balanserar' });
    expect(verdict.textContent).toContain(`Intäkter ${formatKronor(2_102_500_00)}`);
    // A finding's cell is on that sheet.
    const goTo = screen.getAllByRole('button', { name: /^Gå till B/ })[0]!;
    await user.click(goTo);
    await waitFor(() => expect(fake.state.selection.sheet.name).toBe('Verksamhetsplan 2026'));
  });

  it('a sheet added while the pane is open is offered when the officer comes back to the choice; Budget is chosen where there is one', async () => {
    const user = userEvent.setup();
    const fake = inExcel({ sheets: [{ name: 'Blad1' }, { name: 'Budget', cells: sheetCells(tabularBudget()) }] });
    await openTask(user, 'budget');
    const sheet = (await screen.findByRole('combobox', { name: 'Blad' })) as HTMLSelectElement;
    await waitFor(() => expect(Array.from(sheet.options).map((o) => o.value)).toEqual(['Blad1', 'Budget']));
    expect(sheet.value).toBe('Budget');
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add('Budget 2027');
      await context.sync();
    });
    await user.click(sheet);
    await waitFor(() =>
      expect(Array.from(sheet.options).map((o) => o.value)).toEqual(['Blad1', 'Budget', 'Budget 2027']),
    );
    expect(sheet.value).toBe('Budget');
  });
});

describe('step 4 outside Excel, in English: a budget file with several amount columns', () => {
  it('offers the columns of the file and checks the one chosen', async () => {
    const user = userEvent.setup();
    const { cells, lines } = yearColumnsBudget();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Budget');
    cells.forEach((row) => sheet.addRow(row));
    render(<App services={createServices({ now: NOW })} displayLanguage="en-GB" />);
    // English loads as a chunk of its own; the 2026 budget, checked in March, is told its year.
    await user.click(await screen.findByRole('tab', { name: "Next year's budget" }));
    await user.clear(screen.getByLabelText('Fee year'));
    await user.type(screen.getByLabelText('Fee year'), '2026');
    await user.upload(
      document.querySelector('input[type=file][accept=".xlsx"]') as HTMLInputElement,
      new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'Budget.xlsx'),
    );
    await user.click(screen.getByRole('button', { name: 'Check the budget' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The budget has several amount columns (B "Budget 2025", C "Utfall 2025", D "Budget 2027") and none is for 2026. Say which to check.',
    );
    const group = screen.getByRole('radiogroup', { name: 'Amount column to check' });
    const radios = within(group).getAllByRole('radio');
    expect(YEAR_COLUMNS.map((h, i) => within(group).getByRole('radio', { name: `Column ${'BCD'[i]} – ${h}` }))).toEqual(
      radios,
    );
    await user.click(screen.getByRole('radio', { name: 'Column B – Budget 2025' }));
    await user.click(screen.getByRole('button', { name: 'Check the budget' }));
    await screen.findByTestId('budget-column');
    expect(screen.getByTestId('budget-column').textContent).toBe(
      'The amounts are read from column B "Budget 2025", the chosen column. ',
    );
    const revenues = lines.filter((l) => l.part === 'revenue').reduce((s, l) => s + l.amounts[0]!, 0);
    expect(screen.getByRole('group', { name: /^The budget balances/ }).textContent).toContain(
      `Revenues SEK\u00a0${revenues.toLocaleString('en-GB')}`,
    );
  });
});
