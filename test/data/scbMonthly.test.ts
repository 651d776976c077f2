import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { forecastEstimate } from '../../src/data/forecast';
import { readJsonStat } from '../../src/data/jsonStat';
import { clearScbCache } from '../../src/data/scb/client';
import { fetchScbMonthlyEstimate, monthEndDate } from '../../src/data/scb/monthly';
import { allocate, perCapitaRule, SODERTORN_MEMBERS } from '../../src/domain';
import {
  builtMonthly,
  monthlyData,
  monthlyMetadata,
  MONTHS_2026,
  population2025,
  Region,
  SHARED_LAN,
  SODERTORN_REGIONS,
} from '../support/scbMonthly';
import { ScbTestServer } from '../support/scbServer';
import { FIXTURES, itWithShared, SHARED_DATA } from '../support/sharedData';

/*
 * SCB's preliminary monthly folkmängd (TAB6471) for a forecast. The kommun-level responses here are
 * BUILT by test/support/scbMonthly.ts in the shape of the shared real response, which is län level
 * only; the real shared file is read as it is for the län-level fallback.
 */
const NOW = () => new Date('2026-11-23T08:00:00Z');
const p2025 = population2025();
/** Built figures: 31 December 2025 plus 11 people a month for every member. */
const built = builtMonthly(p2025);

function fakeScb(regions: Region[]) {
  const urls: string[] = [];
  const fetchFn: typeof globalThis.fetch = (async (input: string | URL) => {
    const url = new URL(String(input));
    urls.push(url.pathname + url.search);
    const body = url.pathname.endsWith('/config')
      ? { maxDataCells: 150_000, maxCallsPerTimeWindow: 30, timeWindow: 10 }
      : url.pathname.endsWith('/metadata')
        ? monthlyMetadata(regions, MONTHS_2026)
        : monthlyData(
            url.searchParams
              .get('valueCodes[Region]')!
              .split(',')
              .map((c) => regions.find((r) => r.code === c)!),
            url.searchParams.get('valueCodes[Tid]')!,
            (c) => built(c, url.searchParams.get('valueCodes[Tid]')!),
          );
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch: fetchFn, urls };
}

beforeEach(() => clearScbCache());

it('the shared TAB6471 response is json-stat2 with Region, Alder, Kon, ContentsCode, Tid (län only)', () => {
  const real = readJsonStat(
    JSON.parse(readFileSync(resolve(FIXTURES, 'scb/scb_v2_TAB6471_monthly_population_lan_2026M01-M04.json'), 'utf8')),
  );
  if (!real.ok) throw new Error(real.error.message.en);
  expect(real.value.dimensions.map((d) => d.id)).toEqual(['Region', 'Alder', 'Kon', 'ContentsCode', 'Tid']);
  expect(real.value.dimensions[0]!.codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
});

itWithShared('the copy in test/fixtures/scb is ../shared/data/scb byte for byte', () => {
  const name = 'scb/scb_v2_TAB6471_monthly_population_lan_2026M01-M04.json';
  expect(readFileSync(resolve(FIXTURES, name)).equals(readFileSync(resolve(SHARED_DATA, name)))).toBe(true);
});

it('month codes end on the last day of the month', () => {
  expect(['2026M02', '2028M02', '2026M09', '2026M12'].map(monthEndDate)).toEqual([
    '2026-02-28',
    '2028-02-29',
    '2026-09-30',
    '2026-12-31',
  ]);
});

describe('on a built kommun-level response', () => {
  it('reads the metadata, asks for the latest month with Alder eliminated and Kon total, and forecasts 2027', async () => {
    const scb = fakeScb(SODERTORN_REGIONS);
    const r = await fetchScbMonthlyEstimate({
      members: SODERTORN_MEMBERS,
      populationYear: 2026,
      fetch: scb.fetch,
      baseUrl: 'https://scb.test/api/v2',
      now: NOW,
    });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(scb.urls.filter((u) => !u.endsWith('/config'))).toEqual([
      '/api/v2/tables/TAB6471/metadata?lang=sv',
      `/api/v2/tables/TAB6471/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=${SODERTORN_MEMBERS.map((m) => m.code).join(',')}&valueCodes[Kon]=TotSa&valueCodes[ContentsCode]=000007SF&valueCodes[Tid]=2026M09`,
    ]);
    expect(r.value).toMatchObject({
      populationDate: '2026-09-30',
      basis: 'month',
      source: { kind: 'scb', tables: ['TAB6471'] },
    });
    expect(r.value.figures.map((f) => [f.code, f.population])).toEqual(
      SODERTORN_MEMBERS.map((m) => [m.code, p2025.get(m.code)! + 99]),
    );
    const a = allocate({
      feeYear: 2027,
      rule: perCapitaRule(),
      members: SODERTORN_MEMBERS,
      population: { figures: [], source: r.value.source },
      estimate: r.value,
    });
    if (!a.ok) throw new Error(a.error.message.en);
    expect(a.value.totalOre).toBe(400 * (525_625 + 8 * 99));
    expect(a.value.forecast).toEqual({ populationDate: '2026-09-30', basis: 'month' });
    expect(a.value.members[0]!.basis.sv).toContain('invånare 30 sep 2026');
  });

  it('has no kommun level in a län-only table: says so, for the caller to fall back', async () => {
    const r = await fetchScbMonthlyEstimate({
      members: SODERTORN_MEMBERS,
      populationYear: 2026,
      fetch: fakeScb(SHARED_LAN).fetch,
      baseUrl: 'https://scb.test/api/v2',
      now: NOW,
    });
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('no-kommun-level');
  });
});

describe('on the local SCB server', () => {
  const server = new ScbTestServer();
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await server.start();
  });
  afterAll(() => server.stop());
  const request = { members: SODERTORN_MEMBERS, populationYear: 2026 };

  it('forecasts from the monthly figure when the table has the kommuner', async () => {
    server.reset('ok');
    server.monthly = { regions: SODERTORN_REGIONS, months: MONTHS_2026.slice(0, 8), population: built };
    const r = await forecastEstimate({ kind: 'scb' }, request, { baseUrl, now: NOW, timeoutMs: 2_000 });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value).toMatchObject({ populationDate: '2026-08-31', basis: 'month' });
    expect(r.value.figures.reduce((s, f) => s + f.population, 0)).toBe(525_625 + 8 * 88);
  });

  it('falls back to the latest year-end SCB has published when the table is län level only, and says why', async () => {
    server.reset('ok');
    server.monthly = { regions: SHARED_LAN, months: MONTHS_2026, population: () => 1 };
    const r = await forecastEstimate({ kind: 'scb' }, request, { baseUrl, now: NOW, timeoutMs: 2_000 });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value).toMatchObject({ populationDate: '2025-12-31', basis: 'year-end' });
    expect(r.value.note?.sv).toContain('ingen uppgift på kommunnivå');
    expect(r.value.figures.reduce((s, f) => s + f.population, 0)).toBe(525_625);
    expect(server.dataRequests.some((u) => u.includes('TAB628') && u.includes('valueCodes[Tid]=2025'))).toBe(true);
  });

  it('falls back to the latest year-end when SCB has no month after it', async () => {
    server.reset('ok');
    server.monthly = { regions: SODERTORN_REGIONS, months: ['2025M11', '2025M12'], population: built };
    const r = await forecastEstimate({ kind: 'scb' }, request, { baseUrl, now: NOW, timeoutMs: 2_000 });
    expect(r.ok && r.value.populationDate).toBe('2025-12-31');
  });
});
