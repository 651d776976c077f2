/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { snapshotPopulation } from '../../src/data/snapshot';
import { App } from '../../src/taskpane/App';
import { formatsFor } from '../../src/taskpane/format';
import { createServices } from '../../src/taskpane/services';
import { createRealExcel } from '../excel/realExcel';
import { tabularBudget } from '../support/seedBudget';
import { openTask } from './appPage';

/*
 * The pane in the officers' real calendar (SPEC.md, "The committee's year"): the date is injected,
 * the population is the bundled SCB figures (31 December 2008–2025).
 */
const NOVEMBER = () => new Date(2026, 10, 23, 9, 0); // budget time for 2027; 31 Dec 2026 not yet published
const MARCH = () => new Date(2026, 2, 2, 9, 0); // invoicing time for 2026, before the due date
const LATE_MARCH = () => new Date(2026, 2, 20, 9, 0); // after the due date 15 March 2026
const nb = (s: string) => s.replace(/ /g, '\u00a0');
const SOURCE = /Källa: SCB:s folkmängd 31 december, följer med tillägget/;

function standalone(now: () => Date, lang = 'sv-SE') {
  const saved: { bytes: Uint8Array | string; name: string; type: string }[] = [];
  render(
    <App
      services={createServices({ now, save: (bytes, name, type) => saved.push({ bytes, name, type }) })}
      displayLanguage={lang}
    />,
  );
  return { saved };
}

function budgetCells(): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  tabularBudget().forEach((row, r) =>
    row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
  );
  return cells;
}

async function fetchPopulation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(SOURCE);
}

const checkbox = (name: string) => screen.queryByRole('checkbox', { name });

describe('November: the budget for next year, on a forecast', () => {
  it('defaults to fee year 2027, says it is a forecast on 31 December 2025, and offers no invoices', async () => {
    const user = userEvent.setup();
    const { saved } = standalone(NOVEMBER);
    expect((screen.getByLabelText('Avgiftsår') as HTMLInputElement).value).toBe('2027');
    expect(screen.getByTestId('fee-year-kind').textContent).toBe('Budgetår 2027 (prognos)');
    expect(screen.getByText(/SCB publicerar folkmängden 31 december 2026 i slutet av februari 2027/)).toBeTruthy();
    await fetchPopulation(user);
    // The forecast stands on the latest published year-end: its table and its badge say which.
    expect(screen.getByRole('table', { name: 'Folkmängd 31 december 2025' })).toBeTruthy();
    const badge = document.querySelector('[data-fees-kind]')!;
    expect(badge.getAttribute('data-fees-kind')).toBe('forecast');
    expect(badge.textContent).toContain('Prognos 2027');
    expect(badge.textContent).toContain('folkmängd 31 december 2025');
    expect(badge.textContent).toContain('Inget fakturaunderlag');
    expect(screen.getByTestId('fee-total').textContent).toBe(nb('2 102 500 kr'));
    // Never an invoice: no Fakturaunderlag, no member sheets, no CSV.
    expect(checkbox('Fakturaunderlag (Excel-tabell)')).toBeNull();
    expect(checkbox('Ett utskriftsblad per kommun')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' })).toBeNull();
    // The budget page is open in November, its Budgetmall ticked; the invoice page has nothing for 2027.
    expect(screen.getByRole('tab', { name: 'Budget för nästa år' }).getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('checkbox', { name: 'Budgetmall' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }));
    await screen.findByText('Arbetsboken Prognos-2027.xlsx är nedladdad.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved[0]!.bytes as Uint8Array) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.some((n) => /Fakturaunderlag/.test(n))).toBe(false);
    expect(names.some((n) => /Budget/.test(n))).toBe(true);
  });

  it('the budget template downloaded for the 2027 forecast balances when checked, and the verdict says against what', async () => {
    const user = userEvent.setup();
    const { saved } = standalone(NOVEMBER);
    await fetchPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }));
    await screen.findByText('Arbetsboken Prognos-2027.xlsx är nedladdad.');
    // The officer checks the workbook just downloaded (its Budget sheet), as a file.
    const input = document.querySelectorAll<HTMLInputElement>('input[type=file]');
    await user.upload(input[input.length - 1]!, new File([saved[0]!.bytes as BlobPart], 'Prognos-2027.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByRole('group', { name: 'Budgeten balanserar' });
    expect(screen.queryAllByText(/^(Fel|Varning)$/)).toEqual([]);
    const compared = screen.getByTestId('budget-compared');
    expect(compared.textContent).toContain('Avgiftsår 2027');
    expect(compared.textContent).toContain('jämfördes med prognosen');
    expect(compared.textContent).toContain('Prognos 2027 – folkmängd 31 december 2025');
    expect(compared.textContent).toContain(nb('2 102 500 kr'));
  });
});

describe('March: the invoices for this year', () => {
  it('defaults to fee year 2026, says it is invoicing time, and downloads the invoice CSV', async () => {
    const user = userEvent.setup();
    const { saved } = standalone(MARCH);
    expect((screen.getByLabelText('Avgiftsår') as HTMLInputElement).value).toBe('2026');
    expect(screen.getByTestId('fee-year-kind').textContent).toBe('Faktureringsår 2026');
    await fetchPopulation(user);
    expect(document.querySelector('[data-fees-kind]')!.textContent).toContain('Avgifter 2026 enligt beslutad taxa');
    expect(checkbox('Fakturaunderlag (Excel-tabell)')).toBeTruthy();
    expect(screen.queryByText(/Förfallodagen .* har passerat/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' }));
    await screen.findByText('Fakturaunderlaget Fakturaunderlag-2026.csv är nedladdat.');
    const csv = saved[0]!.bytes as string; // text: the browser saves it as UTF-8
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8');
    expect(saved[0]!.name).toBe('Fakturaunderlag-2026.csv');
    expect(csv.startsWith('\ufeffKommunkod;Mottagare;Avgiftsår;Belopp')).toBe(true);
    const botkyrka = csv.split('\r\n').find((l) => l.startsWith('0127;'))!;
    expect(botkyrka.split(';').slice(2, 4)).toEqual(['2026', '387000']); // 96 750 × 4 kr
    expect(botkyrka).toContain('2026-03-15');
  });

  it('after 15 March the pane says the due date has passed', async () => {
    const user = userEvent.setup();
    standalone(LATE_MARCH);
    await fetchPopulation(user);
    expect(screen.getByText('Förfallodagen 15 mars 2026 har passerat')).toBeTruthy();
  });
});

describe('a scenario: 4,50 kr beside the decided 4 kr', () => {
  it('is named as a scenario, shows decided, scenario and difference per member, and offers no invoices', async () => {
    const user = userEvent.setup();
    standalone(MARCH);
    await fetchPopulation(user);
    const rate = screen.getByLabelText('Avgift per invånare (kr)');
    await user.clear(rate);
    await user.type(rate, '4,50');
    const badge = document.querySelector('[data-fees-kind]')!;
    expect(badge.getAttribute('data-fees-kind')).toBe('scenario');
    expect(badge.textContent).toContain('Scenario 2026 4,50 kr');
    expect(badge.textContent).toContain('inte beslutade avgifter');
    const table = screen.getByRole('table', { name: 'Scenario 2026 4,50 kr' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Kommun', 'Beslutad', 'Scenario', 'Skillnad']);
    const botkyrka = within(table).getByRole('row', { name: /Botkyrka/ });
    expect(
      within(botkyrka)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([nb('387 000 kr'), nb('435 375 kr'), nb('48 375 kr')]);
    const total = within(table).getByRole('row', { name: /Summa/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([nb('2 102 500 kr'), nb('2 365 312,50 kr'), nb('262 812,50 kr')]);
    expect(checkbox('Fakturaunderlag (Excel-tabell)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' })).toBeNull();
    // Back to the decided rate: the decided fees again, with their invoices.
    await user.clear(rate);
    await user.type(rate, '4');
    expect(document.querySelector('[data-fees-kind]')!.getAttribute('data-fees-kind')).toBe('decided');
    expect(checkbox('Fakturaunderlag (Excel-tabell)')).toBeTruthy();
  });
});

describe('the budget verdict in words', () => {
  it('says when the fees were not compared, and fetches them in one click', async () => {
    const user = userEvent.setup();
    render(
      <App
        services={createServices({
          now: MARCH,
          excel: createRealExcel({ sheets: [{ name: 'Budget', cells: budgetCells() }] }).Excel,
        })}
        displayLanguage="sv-SE"
      />,
    );
    await openTask(user, 'budget', 2026);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    const compared = await screen.findByTestId('budget-compared');
    expect(compared.textContent).toContain(
      'Avgiftsår 2026. Avgiftsintäkten jämfördes inte med avgifterna, eftersom ingen folkmängd är hämtad för 2026.',
    );
    // Not a success while the fees were not compared.
    expect(screen.queryByRole('group', { name: 'Budgeten balanserar' })?.textContent ?? '').not.toContain('✓');
    await user.click(screen.getByRole('button', { name: 'Hämta folkmängd och kontrollera igen' }));
    await waitFor(() =>
      expect(screen.getByTestId('budget-compared').textContent).toContain(
        'jämfördes med avgifterna enligt beslutad taxa',
      ),
    );
    expect(screen.getByTestId('budget-compared').textContent).toContain(nb('2 102 500 kr'));
    expect(screen.queryByRole('button', { name: 'Hämta folkmängd och kontrollera igen' })).toBeNull();
  });
});

describe('the population table and the written sheets', () => {
  it('has a total row: 525 625 on 31 December 2025, and the change against 31 December 2024', async () => {
    const user = userEvent.setup();
    standalone(MARCH);
    await fetchPopulation(user);
    const table = screen.getByRole('table', { name: 'Folkmängd 31 december 2025' });
    const total = within(table).getByRole('row', { name: /Summa/ });
    const sum = (year: number) =>
      snapshotPopulation()
        .figures.filter((f) => f.year === year)
        .reduce((s, f) => s + f.population, 0);
    expect(sum(2025)).toBe(525_625); // the 2026 budget's own figure
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([nb('525 625'), formatsFor('sv').change(sum(2025) - sum(2024))]);
  });

  it('links to each sheet written: a click shows it in Excel', async () => {
    const user = userEvent.setup();
    const fake = createRealExcel();
    render(<App services={createServices({ now: MARCH, excel: fake.Excel })} displayLanguage="sv-SE" />);
    await fetchPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('13 blad skrivna:');
    await user.click(screen.getByRole('button', { name: 'Visa bladet Fakturaunderlag 2026' }));
    await waitFor(() => expect(fake.state.selection.sheet.name).toBe('Fakturaunderlag 2026'));
  });
});

describe('in English', () => {
  it('formats numbers the English way and translates the source line', async () => {
    const user = userEvent.setup();
    standalone(NOVEMBER, 'en-GB');
    await screen.findByRole('button', { name: 'Get population' }); // English loads as a chunk of its own
    expect(screen.getByTestId('fee-year-kind').textContent).toBe('Budget year 2027 (forecast)');
    await user.click(screen.getByRole('button', { name: 'Get population' }));
    await screen.findByText(
      /^Source: SCB population on 31 December, included with the add-in \(SCB table TAB638, TAB5557; extracted 2026-11-23\)\.$/,
    );
    const table = screen.getByRole('table', { name: 'Population on 31 December 2025' });
    expect(within(table).getByRole('row', { name: /Botkyrka/ }).textContent).toContain('96,750');
    expect(screen.getByTestId('fee-total').textContent).toBe('SEK\u00a02,102,500');
    expect(document.querySelector('[data-fees-kind]')!.textContent).toContain('Forecast 2027');
    // No Swedish left in the pane's own words (names of places and sheets aside).
    const text = document.body.textContent!;
    for (const word of ['Hämta', 'Källa', 'ögonblicksbild', 'Avgiftsår', 'Summa', 'Folkmängd 31'])
      expect(text).not.toContain(word);
  });
});
