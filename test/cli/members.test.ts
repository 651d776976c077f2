import ExcelJS from 'exceljs';
import { parseCsv } from '../../src/data/csv';
import { runCli } from './run';
import { HUDDINGE_INVOICE_FIELDS } from '../support/expected';

const MEMBERS = [
  'kommunkod,kommun,fakturanamn,orgnr,peppol,referens,e-post',
  '0127,Botkyrka,Botkyrka kommun,,,BK00001234,faktura@botkyrka.example',
  '0136,Haninge,Haninge kommun,,,,',
  '0126,Huddinge,Huddinge kommun,212000-0068,0007:2120000068,,',
].join('\n');

describe('members register on the command line', () => {
  it('the invoice CSV carries the register, says what is missing and marks Huddinge intern omföring', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--members', 'm.csv', '--csv', 'f.csv'], {
      'm.csv': MEMBERS,
    });
    expect(r.stderr).toBe('');
    const rows = parseCsv(r.written.get('f.csv') as string);
    expect(rows[0]!.slice(8)).toEqual([
      'Fakturanamn',
      'Organisationsnummer',
      'Peppol-ID',
      'Köparens referens',
      'E-post',
      'Intern omföring',
      'Saknas',
    ]);
    const by = new Map(rows.slice(1).map((row) => [row[0], row.slice(8)]));
    expect(by.get('0127')).toEqual([
      'Botkyrka kommun',
      '',
      '',
      'BK00001234',
      'faktura@botkyrka.example',
      '',
      'organisationsnummer, Peppol-ID',
    ]);
    expect(by.get('0126')).toEqual(HUDDINGE_INVOICE_FIELDS);
    expect(by.get('0136')![6]).toBe('organisationsnummer, Peppol-ID, köparens referens, e-post för fakturor');
  });

  it('writes a visible Medlemmar sheet and the register on the invoice table and member sheets', async () => {
    const r = await runCli(['allocate', '--year', '2026', '--members', 'm.csv', '--out', 'a.xlsx'], {
      'm.csv': MEMBERS,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.written.get('a.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    const members = wb.getWorksheet('Medlemmar')!;
    expect(members.state).toBe('visible');
    expect((members.getRow(8).values as unknown[]).slice(1)).toEqual(['0126', 'Huddinge', ...HUDDINGE_INVOICE_FIELDS]);
    const invoices = wb.getWorksheet('Fakturaunderlag 2026')!;
    expect(invoices.getCell('I5').value).toBe('Fakturanamn');
    expect(invoices.getCell('N8').value).toBe('intern omföring');
    expect(wb.getWorksheet('Botkyrka 2026')!.getCell('B21').value).toBe('BK00001234');
    expect(wb.getWorksheet('Botkyrka 2026')!.getCell('B23').value).toBe('Saknas: organisationsnummer, Peppol-ID.');
  });

  it('refuses an orgnr with a wrong check digit and a Botkyrka reference of the wrong form (exit 2)', async () => {
    const wrongOrgnr = MEMBERS.replace('212000-0068,0007:2120000068', '212000-0069,');
    const a = await runCli(['allocate', '--year', '2026', '--members', 'm.csv'], { 'm.csv': wrongOrgnr });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Huddinge \(0126\): Organisationsnumret 212000-0069 har fel kontrollsiffra/);
    const b = await runCli(['allocate', '--year', '2026', '--members', 'm.csv'], {
      'm.csv': MEMBERS.replace('BK00001234', 'BK1234'),
    });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^Botkyrka \(0127\) kräver referensen som ”BK” följt av 8 siffror/);
  });
});
