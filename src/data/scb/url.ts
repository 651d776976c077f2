import { Kommunkod } from '../../domain';

export const SCB_BASE_URL = 'https://statistikdatabasen.scb.se/api/v2';

export type ScbTableId = 'TAB628' | 'TAB638' | 'TAB5557';

/**
 * How each table gives folkmängd 31 December per municipality. Dimensions left out of the query are
 * totalled by the server (PxWeb elimination), which gives the published total.
 */
export const SCB_TABLES: Record<
  ScbTableId,
  { readonly contents: string; readonly fixed: readonly [string, string][]; readonly description: string }
> = {
  TAB628: { contents: 'BE0101U2', fixed: [['Kon', '1+2']], description: 'Folkmängd per kommun och kön, 31 december' },
  TAB638: {
    contents: 'BE0101N1',
    fixed: [['Alder', 'tot']],
    description: 'Folkmängd efter region, civilstånd, ålder och kön (till och med 2024)',
  },
  TAB5557: { contents: '000007ME', fixed: [], description: 'Folkmängd efter region (från 2025)' },
};

export interface ScbQuery {
  readonly table: ScbTableId;
  readonly codes: readonly Kommunkod[];
  readonly years: readonly number[];
  readonly lang?: 'sv' | 'en';
  readonly baseUrl?: string;
}

/** valueCodes values are comma-separated; a code such as "1+2" must be percent-encoded ("1%2B2"). */
const encodeCodes = (codes: readonly string[]) => codes.map((c) => encodeURIComponent(c)).join(',');

/**
 * The one GET for all members × years, in the exact form of SPEC.md:
 * …/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127,0136&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025
 */
export function scbPopulationUrl(query: ScbQuery): string {
  const table = SCB_TABLES[query.table];
  const parts = [
    `lang=${query.lang ?? 'sv'}`,
    'outputFormat=json-stat2',
    `valueCodes[Region]=${encodeCodes(query.codes)}`,
    ...table.fixed.map(([dim, code]) => `valueCodes[${dim}]=${encodeCodes([code])}`),
    `valueCodes[ContentsCode]=${encodeCodes([table.contents])}`,
    `valueCodes[Tid]=${encodeCodes(query.years.map(String))}`,
  ];
  return `${query.baseUrl ?? SCB_BASE_URL}/tables/${query.table}/data?${parts.join('&')}`;
}

export const scbConfigUrl = (baseUrl = SCB_BASE_URL) => `${baseUrl}/config`;
