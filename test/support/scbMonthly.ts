import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from './sharedData';

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
