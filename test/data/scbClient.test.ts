import { getPopulation } from '../../src/data';
import { clearScbCache, fetchScbPopulation } from '../../src/data/scb/client';
import { scbPopulationUrl } from '../../src/data/scb/url';
import { CallWindow } from '../../src/data/scb/limiter';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { Behaviour, ScbTestServer } from '../support/scbServer';

const server = new ScbTestServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => clearScbCache());

const NOW = () => new Date('2026-11-23T08:00:00Z');
const fetchYears = (years: number[], extra: Partial<Parameters<typeof fetchScbPopulation>[0]> = {}) =>
  fetchScbPopulation({
    members: SODERTORN_MEMBERS,
    years,
    baseUrl,
    now: NOW,
    timeoutMs: 300,
    sleep: async () => undefined,
    ...extra,
  });

describe('the request', () => {
  it('has the exact URL form of SPEC.md, with 1+2 percent-encoded', () => {
    expect(scbPopulationUrl({ table: 'TAB628', codes: ['0127', '0136'], years: [2024, 2025] })).toBe(
      'https://statistikdatabasen.scb.se/api/v2/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127,0136&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025',
    );
    expect(scbPopulationUrl({ table: 'TAB638', codes: ['0127'], years: [2024] })).toBe(
      'https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127&valueCodes[Alder]=tot&valueCodes[ContentsCode]=BE0101N1&valueCodes[Tid]=2024',
    );
  });
});

describe('SCB answering well', () => {
  it('one GET for all members × years, the figures of SCB, and the source with its fetch time', async () => {
    server.reset('ok');
    const r = await fetchYears([2024, 2025]);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(server.dataRequests).toHaveLength(1);
    expect(server.dataRequests[0]).toContain('valueCodes[Kon]=1%2B2');
    const snapshot = snapshotPopulation().figures.filter((f) => f.year >= 2024);
    expect(r.value.figures.map((f) => [f.code, f.year, f.population]).sort()).toEqual(
      snapshot.map((f) => [f.code, f.year, f.population]).sort(),
    );
    expect(r.value.source).toEqual({
      kind: 'scb',
      label: 'SCB, tabell TAB628 (BE0101U2)',
      tables: ['TAB628'],
      retrievedAt: '2026-11-23T08:00:00.000Z',
      // SCB's own update time and title, and the exact query, for the Logg and "Uppdatera från SCB".
      updated: '2026-02-20T07:00:00Z',
      title: 'Folkmängd efter region, kön och år',
      request: server.dataRequests[0] && `${baseUrl.replace(/\/api\/v2$/, '')}${server.dataRequests[0]}`,
    });
  });

  it('a refresh does not call SCB twice', async () => {
    server.reset('ok');
    await fetchYears([2025]);
    await fetchYears([2025]);
    expect(server.dataRequests).toHaveLength(1);
  });

  it('splits the query only when it is over the cell limit of /config', async () => {
    server.reset('ok');
    server.config = { maxDataCells: 16, maxCallsPerTimeWindow: 30, timeWindow: 10 };
    try {
      const r = await fetchYears([2022, 2023, 2024, 2025]);
      expect(r.ok).toBe(true);
      expect(server.dataRequests).toHaveLength(2);
    } finally {
      server.config = { maxDataCells: 150_000, maxCallsPerTimeWindow: 30, timeWindow: 10 };
    }
  });

  it('retries a 429 and then succeeds', async () => {
    server.reset('429-then-ok');
    const r = await fetchYears([2025]);
    expect(r.ok).toBe(true);
    expect(server.dataRequests).toHaveLength(3);
  });

  it('getPopulation from SCB validates like any source', async () => {
    server.reset('ok');
    const r = await getPopulation(
      { kind: 'scb' },
      { members: SODERTORN_MEMBERS, years: [2025] },
      { baseUrl, now: NOW },
    );
    expect(r.ok && r.value.figures).toHaveLength(8);
  });
});

describe('SCB misbehaving: a clear message and no partial data', () => {
  const cases: [Behaviour, string, RegExp][] = [
    ['slow', 'scb-timeout', /^SCB svarade inte inom 0,3 sekunder\./],
    ['429-forever', 'scb-rate-limited', /högst 30 per 10 sekunder/],
    ['500', 'scb-server', /SCB:s tjänst har ett fel just nu \(HTTP 500\)/],
    ['truncated', 'scb-truncated', /ofullständigt/],
    ['html', 'scb-content-type', /inte med JSON utan med ”text\/html”/],
    ['400-region', 'scb-unknown-code', /SCB känner inte igen kommunkoden 0138 \(Tyresö\)/],
    ['partial', 'scb-incomplete', /saknar folkmängd för Botkyrka \(0127\) 31 december 2025; ingenting har använts/],
    ['drop', 'scb-network', /Kunde inte nå SCB/],
  ];
  it.each(cases)('%s → %s', async (behaviour, code, message) => {
    server.reset(behaviour);
    const r = await fetchYears([2025]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.sv).toMatch(message);
    }
  });

  it('offers the snapshot where it helps', async () => {
    server.reset('500');
    const r = await fetchYears([2025]);
    expect(!r.ok && r.error.message.sv).toContain(
      'Välj SCB:s siffror som följer med tillägget (folkmängd 31 december 2008–2025)',
    );
    expect(!r.ok && r.error.fallback).toBe('snapshot');
  });

  it('a year SCB has not published yet: the February message, before asking', async () => {
    server.reset('ok');
    const r = await fetchYears([2026]);
    expect(!r.ok && r.error.message.sv).toBe(
      'Folkmängden 31 december 2026 publiceras av SCB i slutet av februari 2027.',
    );
    expect(server.dataRequests).toHaveLength(0);
  });

  it('in February, when SCB answers that the year does not exist yet, the same message', async () => {
    server.reset('400-year');
    const r = await fetchYears([2025], { now: () => new Date('2026-02-10T08:00:00Z') });
    expect(!r.ok && r.error.message.sv).toBe(
      'Folkmängden 31 december 2025 publiceras av SCB i slutet av februari 2026.',
    );
  });

  it('a cancelled fetch says so', async () => {
    server.reset('slow');
    const controller = new AbortController();
    const pending = fetchYears([2025], { signal: controller.signal, timeoutMs: 5_000 });
    setTimeout(() => controller.abort(), 20);
    const r = await pending;
    expect(!r.ok && r.error.message.sv).toBe('Hämtningen från SCB avbröts.');
  });
});

describe('the call window', () => {
  it('allows 30 calls in 10 seconds and waits for the oldest to leave the window', async () => {
    let t = 0;
    const waits: number[] = [];
    const window = new CallWindow(
      30,
      10_000,
      () => t,
      async (ms) => {
        waits.push(ms);
        t += ms;
      },
    );
    for (let i = 0; i < 30; i++) {
      await window.take();
      t += 100;
    }
    expect(waits).toEqual([]);
    await window.take(); // the 31st at t = 3000 waits until the first call (t = 0) is 10 s old
    expect(waits).toEqual([7_000]);
  });
});
