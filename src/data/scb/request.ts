import { fail, ok, Result } from '../../domain';
import { SCB_TABLES, ScbQuery, ScbTableId } from './url';

/**
 * Reads back the SCB query stored on Befolkning ("SCB-fråga: <url>"), so "Uppdatera från SCB" asks
 * exactly the same table, municipalities and years again. Several URLs (a query split over SCB's cell
 * limit) are separated by spaces and merged.
 *
 * @example
 * scbQueryFromRequest('https://statistikdatabasen.scb.se/api/v2/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127,0136&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025')
 * // ok({ table: 'TAB628', codes: ['0127', '0136'], years: [2024, 2025], baseUrl: 'https://statistikdatabasen.scb.se/api/v2' })
 */
export function scbQueryFromRequest(request: string): Result<ScbQuery> {
  const urls = request.replace(/^\s*SCB-fråga:\s*/, '').trim().split(/\s+/).filter(Boolean);
  const bad = fail<ScbQuery>('scb-request-invalid', `Den sparade SCB-frågan kan inte läsas: ”${request.slice(0, 120)}”.`, `The stored SCB query cannot be read: "${request.slice(0, 120)}".`);
  if (!urls.length) return bad;
  let query: ScbQuery | undefined;
  for (const text of urls) {
    const m = /^(.*)\/tables\/([^/]+)\/data\?(.*)$/.exec(text);
    if (!m || !(m[2]! in SCB_TABLES)) return bad;
    const params = new Map(m[3]!.split('&').map((p) => [decodeURIComponent(p.slice(0, p.indexOf('='))), p.slice(p.indexOf('=') + 1)] as const));
    const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean).map(decodeURIComponent);
    const codes = list('valueCodes[Region]');
    const years = list('valueCodes[Tid]').map(Number);
    if (!codes.length || !years.length || years.some((y) => !Number.isInteger(y))) return bad;
    const lang = params.get('lang') === 'en' ? 'en' : 'sv';
    const table = m[2] as ScbTableId;
    if (query && (query.table !== table || query.baseUrl !== m[1])) return bad;
    query = {
      table,
      codes: [...new Set([...(query?.codes ?? []), ...codes])],
      years: [...new Set([...(query?.years ?? []), ...years])].sort((a, b) => a - b),
      lang,
      baseUrl: m[1]!,
    };
  }
  return ok(query!);
}

