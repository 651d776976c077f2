import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { FIXTURES, sharedPopulation } from './sharedData';

/*
 * SCB's monthly folkmängd, TAB6471, BUILT for tests in the shape of the shared real response
 * (scb_v2_TAB6471_monthly_population_lan_2026M01-M04.json, which is län level only): the same
 * dimensions, labels, notes and extension, with the regions, months and values we choose. SCB's
 * real kommun-level answer is not at hand offline; these are built, not fetched.
 */
const SHARED = JSON.parse(
  readFileSync(resolve(FIXTURES, 'scb/scb_v2_TAB6471_monthly_population_lan_2026M01-M04.json'), 'utf8'),
) as Record<string, any>;

export interface Region {
  readonly code: string;
  readonly label: string;
}

const index = (codes: readonly string[]) => Object.fromEntries(codes.map((c, i) => [c, i]));

/** The län of the shared response, as a region list. */
export const SHARED_LAN: Region[] = Object.entries(
  SHARED.dimension.Region.category.label as Record<string, string>,
).map(([code, label]) => ({ code, label }));

/**
 * `/tables/TAB6471/metadata` as json-stat2 without values: the shared response's dimensions with the
 * given regions and months; Alder may be eliminated (SCB sums it), Kon has its total TotSa.
 */
export function monthlyMetadata(regions: readonly Region[], months: readonly string[]) {
  const meta = structuredClone(SHARED);
  delete meta.value;
  meta.dimension.Region.category = {
    index: index(regions.map((r) => r.code)),
    label: Object.fromEntries(regions.map((r) => [r.code, r.label])),
  };
  meta.dimension.Region.extension = { elimination: false };
  meta.dimension.Alder.extension = { elimination: true };
  meta.dimension.Kon.extension = { elimination: true, eliminationValueCode: 'TotSa' };
  meta.dimension.Tid.category = { index: index(months), label: Object.fromEntries(months.map((m) => [m, m])) };
  meta.size = meta.id.map((id: string) => Object.keys(meta.dimension[id].category.index).length);
  return meta;
}

/** `/tables/TAB6471/data` for one month, Alder left out (eliminated) and Kon = TotSa. */
export function monthlyData(regions: readonly Region[], month: string, population: (code: string) => number | null) {
  const data = structuredClone(SHARED);
  data.id = ['Region', 'Kon', 'ContentsCode', 'Tid'];
  delete data.dimension.Alder;
  data.dimension.Region.category = {
    index: index(regions.map((r) => r.code)),
    label: Object.fromEntries(regions.map((r) => [r.code, r.label])),
  };
  data.dimension.Kon.category = { index: { TotSa: 0 }, label: { TotSa: 'totalt, samtliga män och kvinnor' } };
  data.dimension.Tid.category = { index: { [month]: 0 }, label: { [month]: month } };
  data.size = [regions.length, 1, 1, 1];
  data.value = regions.map((r) => population(r.code));
  return data;
}

/** The months the built responses offer: January–September 2026. */
export const MONTHS_2026 = [
  '2026M01',
  '2026M02',
  '2026M03',
  '2026M04',
  '2026M05',
  '2026M06',
  '2026M07',
  '2026M08',
  '2026M09',
];

/** A kommun-level TAB6471: the first län of the shared response, then the eight members. */
export const SODERTORN_REGIONS: Region[] = [
  ...SHARED_LAN.slice(0, 1),
  ...SODERTORN_MEMBERS.map((m) => ({ code: m.code, label: m.name })),
];

/** Folkmängd 31 December 2025 per kommun, from the shared real figures. */
export const population2025 = (): Map<string, number> =>
  new Map(
    sharedPopulation()
      .filter((f) => f.year === 2025)
      .map((f) => [f.code, f.population]),
  );

/**
 * The built monthly figures: 31 December 2025 plus 11 people a month for every kommun, 2 500 000 for
 * a region without a 2025 figure (the län).
 *
 * @example builtMonthly(population2025())('0127', '2026M09') // 96 750 + 99
 */
export const builtMonthly =
  (p2025: ReadonlyMap<string, number>) =>
  (code: string, month: string): number =>
    p2025.has(code) ? p2025.get(code)! + 11 * Number(month.slice(5)) : 2_500_000;
