import { fail, Member, ok, Result, validateMembers } from '../domain';
import { readCsv } from './csv';
import { decodeText } from './textDecode';

/**
 * The columns of a members file and the headers each is known by (lower case, spaces for _ and -).
 * The register's further columns (organisationsnummer, Peppol-ID, referens, e-post) are added here.
 */
export const MEMBER_COLUMNS = {
  code: ['kommunkod', 'kod', 'code', 'regionkod', 'region'],
  name: ['kommun', 'namn', 'name', 'kommunnamn', 'medlem', 'mottagare'],
} as const satisfies Record<string, readonly string[]>;

/** A header as the columns are matched: lower case, `_ - .` and runs of spaces as one space. */
export const normHeader = (s: string) =>
  s
    .replace(/^\ufeff/, '')
    .trim()
    .toLocaleLowerCase('sv')
    .replace(/[\s_\-.]+/g, ' ');
const norm = normHeader;

/**
 * The header row of a members file: the first row naming a kommunkod column (title lines above it are
 * skipped), its headers normalised, and where the code is; headerAt -1 when there is none.
 *
 * @example membersHeader([['Medlemmar 2026'], ['Kommunkod', 'Kommun']]) // { headerAt: 1, header: ['kommunkod', 'kommun'], codeCol: 0 }
 */
export function membersHeader(rows: readonly (readonly string[])[]): {
  headerAt: number;
  header: string[];
  codeCol: number;
} {
  const isCode = (h: string) => (MEMBER_COLUMNS.code as readonly string[]).includes(h);
  const headerAt = rows.findIndex((r) => r.some((h) => isCode(norm(h))));
  const header = rows[headerAt]?.map(norm) ?? [];
  return { headerAt, header, codeCol: header.findIndex(isCode) };
}

/**
 * The list in a JSON members file: the array itself or its `members`; undefined when it has neither.
 *
 * @example jsonMemberList('{"members":[{"code":"0127"}]}', 'm.json') // ok([{ code: '0127' }])
 */
export function jsonMemberList(json: string, fileName: string): Result<unknown[] | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('members-json', `${fileName} är inte giltig JSON.`, `${fileName} is not valid JSON.`);
  }
  const list = Array.isArray(data) ? data : (data as { members?: unknown } | null)?.members;
  return ok(Array.isArray(list) ? list : undefined);
}

/**
 * Reads a member list from a file's bytes in any encoding Excel or a register exports (UTF-8 with or
 * without BOM, UTF-16, Windows-1252), so "Södertälje" stays "Södertälje".
 *
 * @example readMembersBytes(win1252('kommunkod;kommun\r\n0181;Södertälje\r\n'), 'm.csv') // → ok([{ code: '0181', name: 'Södertälje' }])
 */
export function readMembersBytes(bytes: Uint8Array, fileName: string): Result<Member[]> {
  const text = decodeText(bytes, fileName);
  return text.ok ? parseMembersFile(text.value.text, fileName) : text;
}

/**
 * Reads a member list from text: JSON (an array of {code, name} or of [code, name], or {members: […]})
 * or CSV with a header naming kommunkod/kod/region and kommun/namn columns (title lines above it are
 * skipped; "0127 Botkyrka" in a region column gives both). Errors name the line as the file counts it.
 *
 * @example parseMembersFile('kommunkod;kommun\n0180;Stockholm\n', 'm.csv') // → ok([{ code: '0180', name: 'Stockholm' }])
 */
export function parseMembersFile(text: string, fileName: string): Result<Member[]> {
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed = jsonMemberList(trimmed, fileName);
    if (!parsed.ok) return parsed;
    const list = parsed.value;
    if (!list) {
      return fail(
        'members-json',
        `${fileName} ska innehålla en lista med kommuner.`,
        `${fileName} must contain a list of municipalities.`,
      );
    }
    return validateMembers(
      list.map((item: unknown) => {
        if (Array.isArray(item)) return { code: item[0], name: item[1] };
        const o = (item ?? {}) as Record<string, unknown>;
        return { code: o.code ?? o.kommunkod, name: o.name ?? o.kommun };
      }),
    );
  }
  const { rows } = readCsv(text);
  const { headerAt, header, codeCol } = membersHeader(rows);
  const nameCol = header.findIndex((h, i) => i !== codeCol && (MEMBER_COLUMNS.name as readonly string[]).includes(h));
  if (codeCol < 0 || (nameCol < 0 && !['region'].includes(header[codeCol]!))) {
    const first = rows.find((r) => r.length > 0) ?? [];
    return fail(
      'members-csv-header',
      `${fileName} måste ha kolumnerna kommunkod och kommun; rubrikraden har ${first.length ? first.map((h) => `”${h.trim()}”`).join(', ') : 'inga fält'}.`,
      `${fileName} needs the columns kommunkod and kommun; the header row has ${first.length ? first.map((h) => `"${h.trim()}"`).join(', ') : 'no fields'}.`,
    );
  }
  const lines: number[] = [];
  const raw: { code: unknown; name: unknown }[] = [];
  rows.forEach((r, i) => {
    if (i <= headerAt || r.every((f) => f.trim() === '')) return;
    const code = (r[codeCol] ?? '').trim();
    const both = /^(\d{3,4})\s+(\S.*)$/.exec(code);
    lines.push(i + 1);
    raw.push({
      code: both ? both[1] : code,
      name: nameCol >= 0 && (r[nameCol] ?? '').trim() !== '' ? r[nameCol] : both?.[2],
    });
  });
  // Each row alone first, so a fault is reported with its line in the file.
  for (const [i, member] of raw.entries()) {
    const one = validateMembers([member]);
    if (!one.ok)
      return fail(
        one.error.code,
        `${fileName} rad ${lines[i]}: ${one.error.message.sv.replace(/ \(rad 1\)/, '')}`,
        `${fileName} line ${lines[i]}: ${one.error.message.en.replace(/ \(row 1\)/, '')}`,
      );
  }
  return validateMembers(raw);
}
