/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { NOW, nb, standalone, inExcel, getPopulation, openTask } from './appPage';
import { tabularBudget } from '../support/seedBudget';
import { HUDDINGE_INVOICE_FIELDS } from '../support/expected';

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

  it("a rule's inputs come from its module, and a wrong one is told at its input", async () => {
    const user = userEvent.setup();
    standalone();
    await getPopulation(user);
    await user.click(screen.getByRole('radio', { name: /Fast belopp/ }));
    await user.type(screen.getByLabelText('Belopp att fördela (kr)'), '860 000');
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('860 000 kr'));
    // The year of the population is told where it is asked, and a wrong one at its input.
    const splitYear = screen.getByLabelText('Folkmängd 31 december år');
    expect(screen.getByText('Lämna tomt för 31 december 2025.')).toBeTruthy();
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
      ...HUDDINGE_INVOICE_FIELDS,
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
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'befolkning.csv, rad 2: Folkmängden för Botkyrka (0127) 31 december 2025 är negativ',
    );
    // The title says what failed (issue 21: not "Det gick inte" for every error).
    expect(alert.textContent).toMatch(/^✕ Folkmängden kunde inte hämtas /);
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
    expect(screen.queryByText(/Folkmängden kunde inte hämtas/)).toBeNull();
    expect(calls[0]).toContain('/config');
    expect(screen.queryByRole('button', { name: 'Avbryt hämtningen' })).toBeNull();
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
    await openTask(user, 'budget', 2026);
    await getPopulation(user);
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
    await openTask(user, 'budget', 2026);
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
    await openTask(user, 'budget');
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
    await openTask(user, 'budget', 2026);
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

  it('Avbryt on "Bladen finns redan" writes nothing, keeps what was written before and gives the focus back to the button', async () => {
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
    // What was written before is still said (issue 21: Avbryt keeps the earlier result).
    expect(screen.getByText('13 blad skrivna:')).toBeTruthy();
  });
});
