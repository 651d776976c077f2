/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel } from '../excel/realExcel';
import { formatKronor } from '../../src/domain';
import { tabularBudget, YEAR_COLUMNS, yearColumnsBudget } from '../support/seedBudget';

// jsdom has no CSS.escape, which user-event uses to find a radio group's other radios (arrow keys);
// in a quoted attribute selector only a quote and a backslash need escaping.
if (!globalThis.CSS?.escape)
  Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (s: string) => s.replace(/["\\]/g, '\\$&') } });

/** Early March: invoicing time for 2026, before the due date (15 March). Calendar cases set their own. */
const NOW = () => new Date(2026, 2, 2, 9, 0);
const nb = (s: string) => s.replace(/ /g, '\u00a0');

function standalone() {
  const saved: { bytes: Uint8Array | string; name: string }[] = [];
  const services = createServices({ now: NOW, save: (bytes, name) => saved.push({ bytes, name }) });
  render(<App services={services} displayLanguage="sv-SE" />);
  return { saved };
}

function inExcel(sheets?: Parameters<typeof createRealExcel>[0]) {
  const fake = createRealExcel(sheets);
  render(<App services={createServices({ now: NOW, excel: fake.Excel })} displayLanguage="sv-SE" />);
  return fake;
}

async function getPopulation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
}

describe('the task pane, outside Excel', () => {
  it('computes the 2026 fees from the snapshot and shows population with its change', async () => {
    const user = userEvent.setup();
    standalone();
    expect(screen.getByRole('heading', { level: 1, name: 'Avgiftsfördelning' })).toBeTruthy();
    expect(screen.getByText('Folkmängd 31 december 2025')).toBeTruthy();
    await getPopulation(user);
    const population = screen.getByRole('table', { name: 'Folkmängd 31 december 2025' });
    const botkyrka = within(population).getByRole('row', { name: /Botkyrka/ });
    expect(botkyrka.textContent).toContain(nb('96 750'));
    expect(botkyrka.textContent).toContain('+845'); // 96 750 − 95 905
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('2 102 500 kr'));
  });

  it('previews a what-if rate live, and says plainly what is wrong with a bad one', async () => {
    const user = userEvent.setup();
    standalone();
    await getPopulation(user);
    const rate = screen.getByLabelText('Avgift per invånare (kr)');
    await user.clear(rate);
    await user.type(rate, '4,50');
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('2 365 312,50 kr'));
    await user.clear(rate);
    await user.type(rate, '4,555');
    // Both readings are shown and neither is taken.
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^”4,555” .*4\u00a0555\u00a0kr eller som 4,555\u00a0kr/,
    );
  });

  it('§ 8 and a fixed-amount split use the same population', async () => {
    const user = userEvent.setup();
    standalone();
    await user.clear(screen.getByLabelText('Avgiftsår'));
    await user.type(screen.getByLabelText('Avgiftsår'), '2012');
    await getPopulation(user);
    await user.click(screen.getByRole('radio', { name: '§ 8 indexering (2010–2016)' }));
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('885 744 kr'));
    await user.click(screen.getByRole('radio', { name: 'Kedjad' }));
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('885 745 kr'));
    await user.click(screen.getByRole('radio', { name: /Fast belopp/ }));
    await user.type(screen.getByLabelText('Belopp att fördela (kr)'), '860 000');
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('860 000 kr'));
    // The year of the population is told where it is asked, and a wrong one at its input.
    const splitYear = screen.getByLabelText('Folkmängd 31 december år');
    expect(screen.getByText('Lämna tomt för 31 december 2011.')).toBeTruthy();
    await user.type(splitYear, '20x5');
    expect(splitYear.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the workbook as an .xlsx download with the chosen sheets', async () => {
    const user = userEvent.setup();
    const { saved } = standalone();
    await getPopulation(user);
    await user.click(screen.getByRole('checkbox', { name: 'Ett utskriftsblad per kommun' }));
    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }));
    await screen.findByText('Arbetsboken Avgift-2026.xlsx är nedladdad.');
    expect(
      screen.getByText('Arbetsboken har bladet Medlemmar, registret för fakturorna: fyll i det i Excel.'),
    ).toBeTruthy();
    expect(saved).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved[0]!.bytes as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Avgift 2026',
      'Fakturaunderlag 2026',
      'Befolkning',
      'Historik',
      'Medlemmar',
      'Logg',
    ]); // every write is logged; the register to fill in
    const register = wb.getWorksheet('Medlemmar')!;
    expect(register.getRow(register.getColumn(1).values.indexOf('0126')).values).toEqual([
      undefined,
      '0126',
      'Huddinge',
      'Huddinge kommun',
      '212000-0068',
      '0007:2120000068',
      '',
      '',
      'intern omföring',
      '',
    ]);
  });

  it('works by keyboard alone', async () => {
    const user = userEvent.setup();
    standalone();
    const button = screen.getByRole('button', { name: 'Hämta folkmängd' });
    while (document.activeElement !== button) await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
  });

  it('a broken file gets a Swedish message that names the line', async () => {
    const user = userEvent.setup();
    standalone();
    await user.click(screen.getByRole('radio', { name: 'Fil från SCB eller Excel (CSV, .xlsx eller .json)' }));
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(
      input,
      new File(['kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,-5\n'], 'befolkning.csv', {
        type: 'text/csv',
      }),
    );
    await screen.findByText('Vald fil: befolkning.csv');
    await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'befolkning.csv, rad 2: Folkmängden för Botkyrka (0127) 31 december 2025 är negativ',
    );
  });

  it('speaks English when asked', async () => {
    const user = userEvent.setup();
    standalone();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('button', { name: 'Get population' })).toBeTruthy();
    expect(screen.getByText('Population on 31 December 2025')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en'); // a screen reader switches to its English voice
  });
});

describe('fetching from SCB', () => {
  it('can be cancelled while it waits, and says so politely: a cancel is not an error', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    // A network that answers nothing until the fetch is aborted.
    const hanging: typeof fetch = (input, init) => {
      calls.push(String(input));
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    render(<App services={createServices({ now: NOW, fetch: hanging })} displayLanguage="sv-SE" />);
    await user.click(screen.getByRole('radio', { name: 'SCB – hämta de senaste siffrorna' }));
    await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
    await user.click(await screen.findByRole('button', { name: 'Avbryt hämtningen' }));
    await screen.findByText('Hämtningen avbröts. Ingenting ändrades.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Det gick inte/)).toBeNull();
    expect(calls[0]).toContain('/config');
    expect(screen.queryByRole('button', { name: 'Avbryt hämtningen' })).toBeNull();
  });
});

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
    await screen.findByRole('button', { name: 'Check the budget' }); // English loads as a chunk of its own
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

describe('accessibility', () => {
  it('a wrong amount is told at its input: aria-invalid, and the message describes the input', async () => {
    const user = userEvent.setup();
    standalone();
    await getPopulation(user);
    const rate = screen.getByLabelText('Avgift per invånare (kr)');
    await user.clear(rate);
    await user.type(rate, '4,555');
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    const described = (rate.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toMatch(/”4,555” .*4\u00a0555\u00a0kr eller som 4,555\u00a0kr/);
    expect(screen.queryByTestId('fee-total')).toBeNull(); // no preview of a wrong rate
  });

  it('live regions are never nested (nothing is announced twice) and a table is never one', async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
    inExcel({ sheets: [{ name: 'Budget', cells }] });
    const live = () => Array.from(document.querySelectorAll<HTMLElement>('[role=status],[role=alert],[aria-live]'));
    const check = () => {
      for (const region of live()) {
        expect(
          live()
            .filter((other) => other !== region && region.contains(other))
            .map((o) => o.outerHTML.slice(0, 80)),
        ).toEqual([]);
        expect(region.querySelector('table')).toBeNull();
      }
    };
    await getPopulation(user);
    check();
    const rate = screen.getByLabelText('Avgift per invånare (kr)');
    await user.clear(rate);
    await user.type(rate, 'x');
    check();
    await user.clear(rate);
    await user.type(rate, '4');
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('13 blad skrivna:');
    check();
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByText('Budgeten balanserar');
    check();
  });

  it('the focus follows the work: it stays on Hämta folkmängd, then moves to what was written and to the verdict', async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
    inExcel({ sheets: [{ name: 'Budget', cells }] });
    const fetch = screen.getByRole('button', { name: 'Hämta folkmängd' });
    await user.click(fetch);
    await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
    expect(document.activeElement).toBe(fetch);
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    const written = await screen.findByRole('group', { name: '13 blad skrivna:' });
    await waitFor(() => expect(document.activeElement).toBe(written));
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    const verdict = await screen.findByRole('group', { name: 'Budgeten balanserar' });
    await waitFor(() => expect(document.activeElement).toBe(verdict));
  });
});

describe('robustness', () => {
  it('SCB out of reach: a clear message, and the snapshot in one click', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const offline = (async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    render(<App services={createServices({ now: NOW, fetch: offline })} displayLanguage="sv-SE" />);
    await user.click(screen.getByRole('radio', { name: 'SCB – hämta de senaste siffrorna' }));
    await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunde inte nå SCB');
    expect(calls).toBeGreaterThan(0);
    await user.click(within(alert).getByRole('button', { name: 'Använd siffrorna som följer med tillägget' }));
    await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
    expect(
      (screen.getByRole('radio', { name: /SCB:s siffror som följer med tillägget/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('2 102 500 kr'));
  });

  it('a fee year changed after fetching: the old population is not used, and the pane says what to do', async () => {
    const user = userEvent.setup();
    standalone();
    await getPopulation(user);
    const year = screen.getByLabelText('Avgiftsår');
    await user.clear(year);
    await user.type(year, '2025');
    expect(screen.getByText(/Folkmängden hämtades för avgiftsår 2026\. Klicka på Hämta folkmängd/)).toBeTruthy();
    expect(screen.queryByTestId('fee-total')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Folkmängd 31 december 2025' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await getPopulation(user);
    expect(screen.getByRole('table', { name: 'Folkmängd 31 december 2024' })).toBeTruthy();
    expect(screen.queryByText(/hämtades för avgiftsår/)).toBeNull();
  });

  it('an invalid fee year cannot be fetched for', async () => {
    const user = userEvent.setup();
    standalone();
    const year = screen.getByLabelText('Avgiftsår');
    await user.clear(year);
    await user.type(year, '26');
    expect((screen.getByRole('button', { name: 'Hämta folkmängd' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull(); // not an alert per key while typing
    await user.tab();
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Ange ett avgiftsår med fyra siffror, 2010–2100.');
    await user.clear(year);
    await user.type(year, '1999');
    expect(screen.getByRole('alert').textContent).toContain('Ange ett avgiftsår med fyra siffror');
  });

  it('a budget file that is not .xlsx is told at once, with what to do', async () => {
    const user = userEvent.setup({ applyAccept: false }); // "All files" in the browser's dialog
    standalone();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, new File(['a;b'], 'budget.xls'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'budget.xls är ingen Excel-arbetsbok (.xlsx). Öppna budgeten i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den nya filen.',
    );
    const choose = screen.getByRole('button', { name: 'Välj budgetfil…' });
    expect(choose.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    expect((screen.getByRole('button', { name: 'Kontrollera budgeten' }) as HTMLButtonElement).disabled).toBe(true);

    // A file named .xlsx that is not one: the message says what to do next.
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File(['inte en arbetsbok'], 'budget.xlsx'),
    );
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'budget.xlsx är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel eller LibreOffice, spara som .xlsx (Excel-arbetsbok) och välj den igen.',
    );
  });

  it('the Budgetkontroll sheet: a double click writes it once and says so; a second time asks first', async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) =>
      row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
    );
    const fake = inExcel({ sheets: [{ name: 'Budget', cells }] });
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByText('Budgeten balanserar');
    const writeSheet = screen.getByRole('button', { name: 'Skriv bladet Budgetkontroll' });
    await user.dblClick(writeSheet);
    await screen.findByText('Bladet Budgetkontroll 2026 är skrivet.');
    const control = () => fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Budgetkontroll'));
    expect(control()).toEqual(['Budgetkontroll 2026']);

    await user.click(writeSheet);
    const question = await screen.findByRole('group', { name: 'Bladet finns redan' });
    expect(document.activeElement).toBe(question);
    await user.click(within(question).getByRole('button', { name: 'Ersätt tilläggets blad' }));
    await screen.findByText('Bladet Budgetkontroll 2026 är skrivet.');
    expect(control()).toEqual(['Budgetkontroll 2026']);
  });

  it('a second click on Hämta folkmängd while it works fetches once', async () => {
    const user = userEvent.setup();
    const services = createServices({ now: NOW });
    let calls = 0;
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r)); // SCB on a slow day
    const counted = {
      ...services,
      population: async (...args: Parameters<typeof services.population>) => (
        calls++,
        await slow,
        services.population(...args)
      ),
    };
    render(<App services={counted} displayLanguage="sv-SE" />);
    const fetch = screen.getByRole('button', { name: 'Hämta folkmängd' });
    await user.dblClick(fetch);
    await user.keyboard('{Enter}'); // the focus is still on the button: Enter is a third try
    expect(fetch.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Hämtar folkmängd…')).toBeTruthy();
    release();
    await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
    expect(calls).toBe(1);
  });

  it('Avbryt on "Bladen finns redan" writes nothing and gives the focus back to the button', async () => {
    const user = userEvent.setup();
    const fake = inExcel();
    await getPopulation(user);
    const write = screen.getByRole('button', { name: 'Skriv till arbetsboken' });
    await user.click(write);
    await screen.findByText('13 blad skrivna:');
    const sheets = fake.state.sheets.length;
    await user.click(write);
    await user.click(
      within(await screen.findByRole('group', { name: 'Bladen finns redan' })).getByRole('button', { name: 'Avbryt' }),
    );
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Bladen finns redan' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(write));
    expect(fake.state.sheets.length).toBe(sheets);
  });
});
