import { fail, Member, ok, Result } from '../../domain';
import { SCB_BASE_URL, SCB_TABLES, scbPopulationUrl, ScbQuery, ScbTableId } from './url';

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
  const urls = storedUrls(request);
  const bad = fail<ScbQuery>(
    'scb-request-invalid',
    `Den sparade SCB-frågan kan inte läsas: ”${request.slice(0, 120)}”.`,
    `The stored SCB query cannot be read: "${request.slice(0, 120)}".`,
  );
  if (!urls.length) return bad;
  let query: ScbQuery | undefined;
  for (const text of urls) {
    const m = /^(.*)\/tables\/([^/]+)\/data\?(.*)$/.exec(text);
    if (!m || !(m[2]! in SCB_TABLES)) return bad;
    const params = new Map(
      m[3]!
        .split('&')
        .map((p) => [decodeURIComponent(p.slice(0, p.indexOf('='))), p.slice(p.indexOf('=') + 1)] as const),
    );
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

/** The URLs of a stored query ("SCB-fråga: <url> [<url> …]"), one per request SCB was sent. */
const storedUrls = (request: string): string[] =>
  request
    .replace(/^\s*SCB-fråga:\s*/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);

/** What the add-in's Befolkning sheet says (workbook/populationSheetRead.ts reads it). */
export interface StoredPopulation {
  readonly sheet: string;
  /** A2: "Källa: …", where the figures came from. */
  readonly source: string;
  /** A4 when it holds "SCB-fråga: …". */
  readonly request?: string;
  readonly members: readonly Member[];
}

/** A stored query ready to ask again: the query, and its members named as on the sheet, in its order. */
export interface RepeatableScbQuery {
  readonly query: ScbQuery;
  readonly members: readonly Member[];
}

/**
 * The SCB query a Befolkning sheet stores, checked so that asking it again sends SCB exactly the
 * same GET: only to SCB's own address (a workbook must not make the pane fetch from another host),
 * only as the add-in writes it (an edited query is not repeated), with the members named on the sheet.
 *
 * @example
 * repeatableScbQuery({ sheet: 'Befolkning', source: 'Källa: …', request: 'SCB-fråga: https://statistikdatabasen.scb.se/api/v2/tables/TAB628/data?lang=sv&…&valueCodes[Region]=0127,0136&…&valueCodes[Tid]=2024,2025', members: [{ code: '0127', name: 'Botkyrka' }, { code: '0136', name: 'Haninge' }] })
 * // ok({ query: { table: 'TAB628', codes: ['0127', '0136'], years: [2024, 2025], lang: 'sv', baseUrl: SCB_BASE_URL }, members: [Botkyrka, Haninge] })
 */
export function repeatableScbQuery(stored: StoredPopulation): Result<RepeatableScbQuery> {
  const where = `bladet ${stored.sheet}`;
  const whereEn = `the ${stored.sheet} sheet`;
  if (stored.request === undefined) {
    // A2's first sentence names the source ("Källa: Inbyggd ögonblicksbild …"); the rest is time and citation.
    const source = stored.source
      .replace(/^Källa:\s*/, '')
      .split(/\.\s/)[0]!
      .replace(/\.$/, '');
    return fail(
      'scb-request-none',
      `Folkmängden på ${where} kommer inte från en SCB-fråga. Bladet säger: ”${source}”. Det finns ingen fråga att upprepa: välj ”SCB – hämta de senaste siffrorna”.`,
      `The population on ${whereEn} did not come from an SCB query. The sheet says: "${source}". There is no query to repeat: choose "SCB – fetch the latest figures".`,
    );
  }
  const query = scbQueryFromRequest(stored.request);
  if (!query.ok) {
    const { code, message } = query.error;
    return fail(
      code,
      `${message.sv} Den står i A4 på ${where} och upprepas inte: välj ”SCB – hämta de senaste siffrorna”.`,
      `${message.en} It is in A4 on ${whereEn} and is not repeated: choose "SCB – fetch the latest figures".`,
    );
  }
  const { baseUrl, ...asked } = query.value;
  if (baseUrl !== SCB_BASE_URL) {
    return fail(
      'scb-request-host',
      `SCB-frågan på ${where} går till ${baseUrl} och inte till SCB (${SCB_BASE_URL}). Tillägget hämtar bara från SCB: frågan upprepas inte. Välj ”SCB – hämta de senaste siffrorna”.`,
      `The SCB query on ${whereEn} goes to ${baseUrl}, not to SCB (${SCB_BASE_URL}). The add-in fetches only from SCB: the query is not repeated. Choose "SCB – fetch the latest figures".`,
    );
  }
  // Each stored URL must be what the add-in itself asks for those codes and years: else it was edited.
  const edited = storedUrls(stored.request).find((url) => {
    const one = scbQueryFromRequest(url);
    return !one.ok || scbPopulationUrl(one.value) !== url;
  });
  if (edited !== undefined) {
    return fail(
      'scb-request-edited',
      `SCB-frågan på ${where} är inte som tillägget skrev den och upprepas inte: ”${edited.slice(0, 160)}”. Välj ”SCB – hämta de senaste siffrorna”.`,
      `The SCB query on ${whereEn} is not as the add-in wrote it and is not repeated: "${edited.slice(0, 160)}". Choose "SCB – fetch the latest figures".`,
    );
  }
  const named = new Map(stored.members.map((m) => [m.code, m]));
  const unnamed = asked.codes.filter((code) => !named.get(code)?.name);
  if (unnamed.length) {
    return fail(
      'scb-request-members',
      `SCB-frågan på ${where} gäller kommunkod ${unnamed.join(', ')}, som inte står med namn i kolumn A–B. Skriv folkmängden från SCB till arbetsboken igen.`,
      `The SCB query on ${whereEn} asks for municipality code ${unnamed.join(', ')}, which is not listed with a name in columns A–B. Write the population from SCB to the workbook again.`,
    );
  }
  return ok({ query: { ...asked, baseUrl }, members: asked.codes.map((code) => named.get(code)!) });
}

/**
 * Whether a stored query holds the year-end a fee year's fees use; if not, a message naming the
 * year-ends it covers and the fee year they fit (the one after its latest year-end).
 *
 * @example
 * storedQueryCovers({ years: [2009, …, 2024] }, 2025, 2026)
 * // fail: "… gäller folkmängd 31 december 2009–2024, som passar avgiftsår 2025. Avgiftsår 2026 behöver folkmängd 31 december 2025 …"
 */
export function storedQueryCovers(
  query: Pick<ScbQuery, 'years'>,
  populationYear: number,
  feeYear: number,
): Result<null> {
  if (query.years.includes(populationYear)) return ok(null);
  const years = [...query.years].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years.at(-1)!;
  const covered =
    years.length === last - first + 1 ? (first === last ? `${first}` : `${first}–${last}`) : years.join(', ');
  return fail(
    'scb-request-years',
    `Den sparade SCB-frågan gäller folkmängd 31 december ${covered}, som passar avgiftsår ${last + 1}. Avgiftsår ${feeYear} behöver folkmängd 31 december ${populationYear}. Välj avgiftsår ${last + 1} för att upprepa frågan, eller ”SCB – hämta de senaste siffrorna” för ${feeYear}.`,
    `The stored SCB query covers the population on 31 December ${covered}, which fits fee year ${last + 1}. Fee year ${feeYear} needs the population on 31 December ${populationYear}. Choose fee year ${last + 1} to repeat the query, or "SCB – fetch the latest figures" for ${feeYear}.`,
  );
}
