import fc from 'fast-check';
import {
  checkInvoiceDetails,
  invoiceRegisterFields,
  luhnCheckDigit,
  memberRegister,
  parseOrgnr,
  recipientInfo,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { memberRegisterFromCells, parseMemberRegisterFile } from '../../src/data/memberRegisterFile';
import { membersSheet } from '../../src/workbook/layouts/members';
import { HUDDINGE_INVOICE_FIELDS } from '../support/expected';

describe('organisationsnummer', () => {
  it('accepts Huddinge kommun 212000-0068 (SPEC.md) with or without the hyphen', () => {
    expect(parseOrgnr('212000-0068')).toEqual({ ok: true, value: '212000-0068' });
    expect(parseOrgnr('2120000068')).toEqual({ ok: true, value: '212000-0068' });
  });

  it('refuses a wrong check digit and a wrong length', () => {
    expect(parseOrgnr('212000-0069')).toMatchObject({ ok: false, error: { code: 'orgnr-check-digit' } });
    expect(parseOrgnr('21200-0068')).toMatchObject({ ok: false, error: { code: 'orgnr-invalid' } });
  });

  it('Luhn: changing any one digit of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, at, delta) => {
          const valid = nine + String(luhnCheckDigit(nine));
          expect(parseOrgnr(valid).ok).toBe(true);
          const digits = [...valid];
          digits[at] = String((Number(digits[at]) + delta) % 10);
          expect(parseOrgnr(digits.join('')).ok).toBe(false);
        },
      ),
    );
  });
});

describe('members register', () => {
  it('knows Huddinge for certain and invents nothing for the others', () => {
    const r = memberRegister(SODERTORN_MEMBERS, []);
    if (!r.ok) throw new Error();
    expect(r.value.get('0126')).toEqual({
      code: '0126',
      invoiceName: 'Huddinge kommun',
      orgnr: '212000-0068',
      peppolId: '0007:2120000068',
    });
    expect(r.value.get('0127')).toEqual({ code: '0127' });
    expect(recipientInfo('0127', r.value).note).toBe(
      'Saknas: fakturanamn, organisationsnummer, Peppol-ID, köparens referens, e-post för fakturor.',
    );
  });

  it('marks the sender’s own row (Huddinge) as intern omföring, with nothing missing', () => {
    expect(invoiceRegisterFields('0126', undefined)).toEqual(HUDDINGE_INVOICE_FIELDS);
    expect(recipientInfo('0126', undefined)).toMatchObject({ internal: true, missing: [] });
  });

  it('checks Botkyrka’s "BK" + 8 digits reference', () => {
    expect(checkInvoiceDetails({ code: '0127', buyerReference: 'BK12345678' }).ok).toBe(true);
    for (const bad of ['BK1234567', 'bk12345678', 'BK123456789', 'KB12345678']) {
      expect(checkInvoiceDetails({ code: '0127', buyerReference: bad })).toMatchObject({
        ok: false,
        error: { code: 'buyer-reference-form' },
      });
    }
    expect(checkInvoiceDetails({ code: '0136', buyerReference: '4711' }).ok).toBe(true);
  });

  it('checks a Peppol-ID against the orgnr', () => {
    expect(checkInvoiceDetails({ code: '0126', orgnr: '212000-0068', peppolId: '0007:2120000068' }).ok).toBe(true);
    expect(checkInvoiceDetails({ code: '0126', orgnr: '212000-0068', peppolId: '0007:2120000076' })).toMatchObject({
      ok: false,
      error: { code: 'peppol-orgnr-mismatch' },
    });
    expect(checkInvoiceDetails({ code: '0126', peppolId: '9999:2120000068' })).toMatchObject({
      ok: false,
      error: { code: 'peppol-invalid' },
    });
  });

  it('reads the invoice columns of a --members CSV (semicolons, as Swedish Excel saves) and JSON', () => {
    const csv =
      '\ufeffKommunkod;Kommun;Fakturanamn;Orgnr;Peppol;Referens;E-post\r\n127;Botkyrka;Botkyrka kommun;;;BK00001234;faktura@botkyrka.example\r\n0126;Huddinge;;;;;\r\n';
    expect(parseMemberRegisterFile(csv, 'm.csv')).toEqual({
      ok: true,
      value: [
        {
          code: '0127',
          invoiceName: 'Botkyrka kommun',
          buyerReference: 'BK00001234',
          email: 'faktura@botkyrka.example',
        },
        { code: '0126' },
      ],
    });
    const json = JSON.stringify([{ code: '0127', name: 'Botkyrka', buyerReference: 'BK00001234' }]);
    expect(parseMemberRegisterFile(json, 'm.json')).toEqual({
      ok: true,
      value: [{ code: '0127', buyerReference: 'BK00001234' }],
    });
    expect(parseMemberRegisterFile('kommunkod,kommun\n0127,Botkyrka', 'm.csv')).toEqual({ ok: true, value: [] });
  });

  it('reads the invoice columns under a title line, as the members list is read (the same header rule)', () => {
    // Exported from a register with a title above the header and headers written "Org.nr", "E-post".
    const csv =
      'Medlemmar i samarbetet 2026\r\n\r\nKommunkod;Kommun;Org.nr;E-post\r\n0126;Huddinge;212000-0068;faktura@huddinge.example\r\n';
    expect(parseMemberRegisterFile(csv, 'm.csv')).toEqual({
      ok: true,
      value: [{ code: '0126', orgnr: '212000-0068', email: 'faktura@huddinge.example' }],
    });
  });

  it('reads the Medlemmar sheet the add-in writes, as Excel gives its cells back (numbers where the officer typed digits)', () => {
    const known = memberRegister(SODERTORN_MEMBERS, []);
    if (!known.ok) throw new Error(known.error.message.en);
    // The sheet's own cells, from its title down: what the pane reads from the table or the sheet.
    const sheet = membersSheet(SODERTORN_MEMBERS, known.value, '2026-03-02T09:30:00Z');
    const cells: unknown[][] = [];
    for (const block of sheet.blocks) {
      const top = Number(block.at.slice(1)) - 1;
      block.rows.forEach(
        (row, i) => (cells[top + i] = row.map((c) => (c && typeof c === 'object' && 'value' in c ? c.value : c))),
      );
    }
    const rows = Array.from({ length: cells.length }, (_, i) => cells[i] ?? []);
    const botkyrka = rows.findIndex((r) => r[0] === '0127');
    rows[botkyrka] = [127, 'Botkyrka', 'Botkyrka kommun', 2120002882, '', 'BK12345678', ''];
    expect(memberRegisterFromCells(rows)).toEqual({
      ok: true,
      value: expect.arrayContaining([
        { code: '0127', invoiceName: 'Botkyrka kommun', orgnr: '2120002882', buyerReference: 'BK12345678' },
        { code: '0126', invoiceName: 'Huddinge kommun', orgnr: '212000-0068', peppolId: '0007:2120000068' },
      ]),
    });
    const read = memberRegisterFromCells(rows);
    if (!read.ok) throw new Error(read.error.message.en);
    expect(memberRegister(SODERTORN_MEMBERS, read.value)).toMatchObject({ ok: true });
  });
});

describe('a member is named by its name in what the register says (issue 21: not "Kommun 0136")', () => {
  it('memberRegister names the member; alone, the code is all there is', () => {
    const haninge = SODERTORN_MEMBERS.find((m) => m.code === '0136')!;
    const r = memberRegister([haninge], [{ code: '0136', email: 'fakturor.haninge.se' }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'email-invalid' } });
    expect(!r.ok && r.error.message.sv).toBe('Haninge (0136): ”fakturor.haninge.se” är ingen e-postadress.');
    expect(!r.ok && r.error.message.en).toBe('Haninge (0136): "fakturor.haninge.se" is not an e-mail address.');
    const alone = checkInvoiceDetails({ code: '0136', email: 'x' });
    expect(!alone.ok && alone.error.message.sv).toBe('Kommun 0136: ”x” är ingen e-postadress.');
  });
});
