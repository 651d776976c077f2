/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import { createFakeExcel } from '../fakes/fakeExcel';
import { tabularBudget } from '../support/seedBudget';

const NOW = () => new Date('2026-11-23T09:00:00Z');
const nb = (s: string) => s.replace(/ /g, '\u00a0');

function standalone() {
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const services = createServices({ now: NOW, save: (bytes, name) => saved.push({ bytes, name }) });
  render(<App services={services} displayLanguage="sv-SE" />);
  return { saved };
}

function inExcel(sheets?: Parameters<typeof createFakeExcel>[0]) {
  const fake = createFakeExcel(sheets);
  render(<App services={createServices({ now: NOW, excel: fake.Excel })} displayLanguage="sv-SE" />);
  return fake;
}

async function getPopulation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: Inbyggd ögonblicksbild/);
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
    expect((await screen.findByRole('alert')).textContent).toContain('”4,555” ser ut som ett felskrivet belopp');
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
  });

  it('offers the workbook as an .xlsx download with the chosen sheets', async () => {
    const user = userEvent.setup();
    const { saved } = standalone();
    await getPopulation(user);
    await user.click(screen.getByRole('checkbox', { name: 'Ett utskriftsblad per kommun' }));
    await user.click(screen.getByRole('button', { name: 'Ladda ned arbetsbok (.xlsx)' }));
    await screen.findByText('Arbetsboken Avgift-2026.xlsx är nedladdad.');
    expect(saved).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved[0]!.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Avgift 2026', 'Fakturaunderlag 2026', 'Befolkning', 'Historik']);
  });

  it('works by keyboard alone', async () => {
    const user = userEvent.setup();
    standalone();
    const button = screen.getByRole('button', { name: 'Hämta folkmängd' });
    while (document.activeElement !== button) await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByText(/Källa: Inbyggd ögonblicksbild/);
  });

  it('a broken file gets a Swedish message that names the line', async () => {
    const user = userEvent.setup();
    standalone();
    await user.click(screen.getByRole('radio', { name: 'Fil sparad från SCB (.json) eller CSV' }));
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['kommunkod,kommun,ar,folkmangd_31dec\n0127,Botkyrka,2025,-5\n'], 'befolkning.csv', { type: 'text/csv' }));
    await screen.findByText('befolkning.csv');
    await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Rad 2: Folkmängden för Botkyrka (0127) 31 december 2025 är negativ');
  });

  it('speaks English when asked', async () => {
    const user = userEvent.setup();
    standalone();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(screen.getByRole('button', { name: 'Get population' })).toBeTruthy();
    expect(screen.getByText('Population on 31 december 2025')).toBeTruthy();
  });
});

describe('the task pane in Excel (fake host)', () => {
  it('writes the sheets, then asks before it meets its own sheets again', async () => {
    const user = userEvent.setup();
    const fake = inExcel();
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await screen.findByText('12 blad skrivna:');
    expect(fake.cell('Avgift 2026', 'E10')?.formula).toBe('=C10*Sats_2026');

    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    expect((await screen.findByText('Bladen finns redan')).closest('[role=status]')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Skriv nya versioner' }));
    await screen.findByText(/Avgift 2026 \(2\)/);
    expect(fake.sheet('Avgift 2026 (2)')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
    await user.click(await screen.findByRole('button', { name: 'Ersätt tilläggets blad' }));
    await screen.findAllByText('(ersatt)');
    expect(fake.state.sheets.filter((s) => s.name.startsWith('Avgift 2026'))).toHaveLength(2);
  });

  it('checks the Budget sheet and goes to the cell of a finding', async () => {
    const user = userEvent.setup();
    const cells: Record<string, string | number> = {};
    tabularBudget().forEach((row, r) => row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)));
    const moten = Object.entries(cells).find(([, v]) => v === 'Möten')![0].replace('A', 'B');
    cells[moten] = 150_000;
    const fake = inExcel({ sheets: [{ name: 'Blad1' }, { name: 'Budget', cells }] });
    await getPopulation(user);
    await user.click(screen.getByRole('button', { name: 'Kontrollera budgeten' }));
    await screen.findByText('Budgeten balanserar inte eller har fel');
    expect(screen.getByText(/ett underskott på/)).toBeTruthy();
    const goTo = screen.getAllByRole('button', { name: /^Gå till B/ })[0]!;
    await user.click(goTo);
    await waitFor(() => expect(fake.state.selection.sheet.name).toBe('Budget'));
    expect(`Gå till ${fake.state.selection.address}`).toBe(goTo.textContent);
  });
});
