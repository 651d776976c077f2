import { MemberInvoiceDetails, parseKommunkod, Result, ok } from '../domain';
import { readCsv } from './csv';
import { jsonMemberList, membersHeader, normHeader } from './membersFile';

/** Column names accepted for each invoice field (CSV header, case-insensitive; JSON keys as in English). */
const COLUMNS: Record<keyof Omit<MemberInvoiceDetails, 'code'>, readonly string[]> = {
  invoiceName: ['fakturanamn', 'namn på faktura', 'invoicename', 'invoice name'],
  orgnr: ['orgnr', 'organisationsnummer', 'org.nr', 'orgnummer'],
  peppolId: ['peppol', 'peppol-id', 'peppolid', 'peppol id'],
  buyerReference: ['referens', 'köparens referens', 'buyerreference', 'buyer reference', 'fakturareferens'],
  email: ['e-post', 'epost', 'email', 'e-mail', 'fakturaepost'],
};

/**
 * The invoice details in a `--members` file, beside kommunkod and kommun: CSV columns fakturanamn,
 * orgnr, peppol, referens, e-post (or their longer names), or JSON keys invoiceName, orgnr, peppolId,
 * buyerReference, email. A file without these columns gives an empty list (not an error).
 *
 * @example
 * parseMemberRegisterFile('kommunkod,kommun,orgnr\n0126,Huddinge,212000-0068', 'm.csv')
 * // ok([{ code: '0126', orgnr: '212000-0068' }])
 */
export function parseMemberRegisterFile(text: string, fileName: string): Result<MemberInvoiceDetails[]> {
  const trimmed = text.replace(/^\ufeff/, '').trim();
  const entries: Entry[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed = jsonMemberList(trimmed, fileName);
    if (!parsed.ok) return parsed;
    const list = parsed.value ?? [];
    for (const item of list) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
      const record = item as Record<string, unknown>;
      entries.push({
        code: record.code ?? record.kommunkod,
        fields: Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, record[k]])),
      });
    }
  } else {
    entries.push(...rowEntries(readCsv(trimmed).rows));
  }
  return checkedEntries(entries);
}

/**
 * The invoice details on a sheet as Excel reads it (the Medlemmar sheet or table, or an officer's own
 * register): the same header rule and columns as a CSV file; numbers typed into a cell (an orgnr
 * without its hyphen, a kommunkod that lost its zero) are read as their digits.
 *
 * @example
 * memberRegisterFromCells([['Medlemmar'], ['Kommunkod', 'Kommun', 'Organisationsnummer'], ['0126', 'Huddinge', 2120000068]])
 * // ok([{ code: '0126', orgnr: '2120000068' }])
 */
export function memberRegisterFromCells(values: readonly (readonly unknown[])[]): Result<MemberInvoiceDetails[]> {
  const cellText = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');
  return checkedEntries(rowEntries(values.map((r) => r.map(cellText))));
}

interface Entry {
  readonly code: unknown;
  readonly fields: Record<string, unknown>;
}

/** The rows under the members file's own header (title lines above it skipped), by their column names. */
function rowEntries(rows: readonly (readonly string[])[]): Entry[] {
  const { headerAt, header, codeCol } = membersHeader(rows);
  const columns = Object.entries(COLUMNS)
    .map(([field, names]) => [field, header.findIndex((h) => names.some((n) => normHeader(n) === h))] as const)
    .filter(([, i]) => i >= 0);
  if (codeCol < 0 || !columns.length) return [];
  return rows
    .slice(headerAt + 1)
    .filter((r) => r.some((f) => f.trim() !== ''))
    .map((row) => ({
      code: (row[codeCol] ?? '').trim().replace(/^(\d{3,4})\s+\S.*$/, '$1'),
      fields: Object.fromEntries(columns.map(([field, i]) => [field, row[i]])),
    }));
}

function checkedEntries(entries: readonly Entry[]): Result<MemberInvoiceDetails[]> {
  const details: MemberInvoiceDetails[] = [];
  for (const e of entries) {
    const code = parseKommunkod(e.code);
    if (!code.ok) return code;
    const fields = Object.fromEntries(
      Object.entries(e.fields)
        .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
        .map(([k, v]) => [k, (v as string).trim()]),
    );
    details.push({ code: code.value, ...fields });
  }
  return ok(details);
}
