import { fail, Member, Result, validateMembers } from '../domain';
import { parseCsv } from './csv';

/**
 * Reads a member list from a file: JSON (an array of {code, name} or of [code, name]) or CSV with a
 * header naming kommunkod/kod and kommun/namn columns.
 */
export function parseMembersFile(text: string, fileName: string): Result<Member[]> {
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return fail('members-json', `${fileName} är inte giltig JSON.`, `${fileName} is not valid JSON.`);
    }
    const list = Array.isArray(data) ? data : (data as { members?: unknown }).members;
    if (!Array.isArray(list)) {
      return fail('members-json', `${fileName} ska innehålla en lista med kommuner.`, `${fileName} must contain a list of municipalities.`);
    }
    return validateMembers(
      list.map((item: unknown) =>
        Array.isArray(item)
          ? { code: item[0], name: item[1] }
          : { code: (item as Record<string, unknown>)?.code ?? (item as Record<string, unknown>)?.kommunkod, name: (item as Record<string, unknown>)?.name ?? (item as Record<string, unknown>)?.kommun },
      ),
    );
  }
  const rows = parseCsv(trimmed);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const codeCol = header.findIndex((h) => ['kommunkod', 'kod', 'code'].includes(h));
  const nameCol = header.findIndex((h) => ['kommun', 'namn', 'name', 'kommunnamn'].includes(h));
  if (codeCol < 0 || nameCol < 0) {
    return fail(
      'members-csv-header',
      `${fileName} måste ha kolumnerna kommunkod och kommun.`,
      `${fileName} needs the columns kommunkod and kommun.`,
    );
  }
  return validateMembers(rows.slice(1).map((r) => ({ code: r[codeCol], name: r[nameCol] })));
}
