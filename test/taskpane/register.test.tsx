/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { luhnCheckDigit, SODERTORN_MEMBERS } from '../../src/domain';
import { App } from '../../src/taskpane/App';
import { createServices } from '../../src/taskpane/services';
import type { Scalar } from '../../src/workbook/excel/api';
import { createRealExcel, RealExcel } from '../excel/realExcel';

/*
 * The members register in the pane, in Excel (Microsoft's real Excel library answered by the model):
 * the first write makes a Medlemmar sheet to fill in; what the officer types there reaches the
 * invoice basis and the CSV; the sheet is never written over, nor an officer's own register.
 */
const NOW = () => new Date('2026-03-02T09:30:00Z');

/** A test number with a valid check digit (not any member's real organisation number). */
const TEST_ORGNR = (() => {
  const nine = '212000288';
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
})();

async function paneInExcel(excel: RealExcel = createRealExcel()) {
  const user = userEvent.setup();
  const saved: { content: Uint8Array | string; name: string }[] = [];
  render(
    <App
      services={createServices({
        now: NOW,
        excel: excel.Excel,
        save: (content, name) => saved.push({ content, name }),
      })}
      displayLanguage="sv-SE"
    />,
  );
  await user.click(screen.getByRole('button', { name: 'Hämta folkmängd' }));
  await screen.findByText(/Källa: SCB:s folkmängd 31 december, följer med tillägget/);
  return { user, excel, saved };
}

const write = async (user: ReturnType<typeof userEvent.setup>, answer?: string) => {
  await user.click(screen.getByRole('button', { name: 'Skriv till arbetsboken' }));
  if (answer)
    await user.click(
      within(await screen.findByRole('group', { name: /Bladen finns redan/ })).getByRole('button', { name: answer }),
    );
};

/** A sheet's rows as Excel reads them, and the row (1-based) whose column A holds `code`. */
const rowOf = (excel: RealExcel, sheet: string, code: string) =>
  excel.values(sheet, 'A1:A40').findIndex((r) => r[0] === code) + 1;

/** A table's rows by its header: the row of a member as { header: value }. */
function recordOf(excel: RealExcel, sheet: string, code: string): Record<string, Scalar> {
  const rows = excel.values(sheet, 'A1:P40');
  const header = rows.find((r) => r.includes('Organisationsnummer'))!;
  const row = rows.find((r) => r.includes(code))!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]!]));
}

/** The officer types into cells, as Excel takes it from the grid. */
async function type(excel: RealExcel, sheet: string, address: string, values: Scalar[][]) {
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

describe('the members register in the pane', () => {
  it('the first write makes the Medlemmar sheet with what is known, and says who lacks invoice details', async () => {
    const { user, excel } = await paneInExcel();
    await write(user);
    const written = await screen.findByRole('group', { name: '13 blad skrivna:' });
    expect(within(written).getByRole('button', { name: 'Visa bladet Medlemmar' })).toBeTruthy();
    expect(within(written).getByText(/Bladet Medlemmar är medlemsregistret för fakturorna/)).toBeTruthy();
    // Huddinge (the sender) is an internal transfer: the seven others lack everything.
    const others = SODERTORN_MEMBERS.filter((m) => m.code !== '0126').map((m) => m.name);
    expect(
      within(written).getByText(
        `Fakturauppgifter saknas för 7 mottagare (${others.join(', ')}): kolumnen Saknas i fakturaunderlaget visar vilka.`,
      ),
    ).toBeTruthy();
    expect(recordOf(excel, 'Medlemmar', '0126')).toMatchObject({
      Fakturanamn: 'Huddinge kommun',
      Organisationsnummer: '212000-0068',
      'Peppol-ID': '0007:2120000068',
      'Intern omföring': 'intern omföring',
    });
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Saknas).toBe(
      'fakturanamn, organisationsnummer, Peppol-ID, köparens referens, e-post för fakturor',
    );
  });

  it('what the officer fills in on Medlemmar reaches the invoice basis, the member sheet and the CSV; Medlemmar is never written over', async () => {
    const { user, excel, saved } = await paneInExcel();
    await write(user);
    await screen.findByRole('group', { name: '13 blad skrivna:' });
    const row = rowOf(excel, 'Medlemmar', '0127');
    await type(excel, 'Medlemmar', `C${row}:G${row}`, [
      ['Botkyrka kommun', TEST_ORGNR, '', 'BK12345678', 'fakturor@botkyrka.example'],
    ]);

    await write(user, 'Ersätt tilläggets blad');
    const written = await screen.findByRole('group', { name: '12 blad skrivna:' });
    expect(
      within(written).getByText('Fakturaunderlaget har uppgifterna från medlemsregistret Medlemmar!A5:I13.'),
    ).toBeTruthy();
    expect(within(written).getByText(/Fakturauppgifter saknas för 7 mottagare/)).toBeTruthy(); // Botkyrka still lacks its Peppol-ID

    const invoice = recordOf(excel, 'Fakturaunderlag 2026', '0127');
    expect(invoice).toMatchObject({
      Fakturanamn: 'Botkyrka kommun',
      Organisationsnummer: TEST_ORGNR,
      'Köparens referens': 'BK12345678',
      'E-post': 'fakturor@botkyrka.example',
      Saknas: 'Peppol-ID',
    });
    expect(excel.values('Botkyrka 2026', 'A19:B19')).toEqual([['Organisationsnummer', TEST_ORGNR]]);
    // The officer's row stands as typed, and no second Medlemmar was made.
    expect(excel.values('Medlemmar', `C${row}:G${row}`)).toEqual([
      ['Botkyrka kommun', TEST_ORGNR, '', 'BK12345678', 'fakturor@botkyrka.example'],
    ]);
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Medlemmar'))).toEqual(['Medlemmar']);

    await user.click(screen.getByRole('button', { name: 'Ladda ned fakturaunderlag (.csv)' }));
    await screen.findByText('Fakturaunderlaget Fakturaunderlag-2026.csv är nedladdat.');
    const csv = String(saved.find((s) => s.name === 'Fakturaunderlag-2026.csv')!.content);
    expect(csv.split('\r\n').find((l) => l.includes('0127'))).toContain(
      `;Botkyrka kommun;${TEST_ORGNR};;BK12345678;fakturor@botkyrka.example;;Peppol-ID`,
    );
  });

  it('a wrong check digit or a reference Botkyrka does not take stops the write before anything is written', async () => {
    const { user, excel } = await paneInExcel();
    await write(user);
    await screen.findByRole('group', { name: '13 blad skrivna:' });
    const logRows = excel.values('Logg', 'A1:A20').filter((r) => r[0] !== '').length;
    const row = rowOf(excel, 'Medlemmar', '0127');
    const wrongDigit = `${TEST_ORGNR.slice(0, -1)}${(Number(TEST_ORGNR.slice(-1)) + 1) % 10}`;
    await type(excel, 'Medlemmar', `D${row}`, [[wrongDigit]]);

    await write(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      `Medlemsregistret (Medlemmar!A5:I13) används inte: Kommun 0127: Organisationsnumret ${wrongDigit} har fel kontrollsiffra`,
    );
    expect(screen.queryByRole('group', { name: /Bladen finns redan/ })).toBeNull(); // not even asked
    expect(excel.values('Logg', 'A1:A20').filter((r) => r[0] !== '').length).toBe(logRows);

    await type(excel, 'Medlemmar', `D${row}:F${row}`, [[TEST_ORGNR, '', 'BK1234']]);
    await write(user);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Kommun 0127 kräver referensen som ”BK” följt av 8 siffror',
    );
  });

  it('a renamed register is still found by its table and never written again', async () => {
    const { user, excel } = await paneInExcel();
    await write(user);
    await screen.findByRole('group', { name: '13 blad skrivna:' });
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Medlemmar').name = 'Fakturamottagare';
      await context.sync();
    });
    const row = rowOf(excel, 'Fakturamottagare', '0127');
    await type(excel, 'Fakturamottagare', `D${row}`, [[TEST_ORGNR]]);

    await write(user, 'Ersätt tilläggets blad');
    const written = await screen.findByRole('group', { name: '12 blad skrivna:' });
    expect(
      within(written).getByText('Fakturaunderlaget har uppgifterna från medlemsregistret Fakturamottagare!A5:I13.'),
    ).toBeTruthy();
    expect(within(written).getByRole('button', { name: 'Visa bladet Fakturamottagare' })).toBeTruthy();
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Organisationsnummer).toBe(TEST_ORGNR);
    expect(excel.state.sheets.some((s) => s.name.startsWith('Medlemmar'))).toBe(false);
  });

  it("an officer's own Medlemmar (a list of people, in its own shape) is neither read nor written: the add-in's register is Medlemmar (2), found again by its marker", async () => {
    const own: Record<string, Scalar> = {
      A1: 'Våra kontaktpersoner',
      A3: 'Kod',
      B3: 'Namn',
      C3: 'Orgnr',
      D3: 'Referens',
      A4: '0127',
      B4: 'Anna Andersson',
      C4: TEST_ORGNR,
      D4: 'BK87654321',
      A5: '0126',
      B5: 'Bo Berg',
    };
    const excel = createRealExcel({ sheets: [{ name: 'Blad1' }, { name: 'Medlemmar', cells: own }] });
    const before = excel.values('Medlemmar', 'A1:D5');
    const { user } = await paneInExcel(excel);
    await write(user);
    const written = await screen.findByRole('group', { name: '13 blad skrivna:' });
    expect(within(written).getByRole('button', { name: 'Visa bladet Medlemmar (2)' })).toBeTruthy();
    // Nothing of the officer's list reached the invoice basis.
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127')).toMatchObject({
      Organisationsnummer: '',
      'Köparens referens': '',
    });
    expect(excel.values('Medlemmar', 'A1:D5')).toEqual(before);

    const row = rowOf(excel, 'Medlemmar (2)', '0127');
    await type(excel, 'Medlemmar (2)', `D${row}`, [[TEST_ORGNR]]);
    await write(user, 'Ersätt tilläggets blad');
    const again = await screen.findByRole('group', { name: '12 blad skrivna:' });
    expect(
      within(again).getByText('Fakturaunderlaget har uppgifterna från medlemsregistret Medlemmar (2)!A1:I13.'),
    ).toBeTruthy();
    expect(recordOf(excel, 'Fakturaunderlag 2026', '0127').Organisationsnummer).toBe(TEST_ORGNR);
    expect(excel.values('Medlemmar', 'A1:D5')).toEqual(before);
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('Medlemmar'))).toEqual([
      'Medlemmar',
      'Medlemmar (2)',
    ]);
  });
});
