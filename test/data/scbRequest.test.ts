import { clearScbCache, fetchScbPopulation } from '../../src/data/scb/client';
import { scbQueryFromRequest } from '../../src/data/scb/request';
import { scbPopulationUrl } from '../../src/data/scb/url';
import { SODERTORN_MEMBERS } from '../../src/domain';
import { ScbTestServer } from '../support/scbServer';

const server = new ScbTestServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());

describe('the stored SCB query (Befolkning, "SCB-fråga:")', () => {
  it('reads back the SPEC.md query and rebuilds exactly the same URL', () => {
    const url = 'https://statistikdatabasen.scb.se/api/v2/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127,0136&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025';
    const query = scbQueryFromRequest(`SCB-fråga: ${url}`);
    expect(query).toEqual({ ok: true, value: { table: 'TAB628', codes: ['0127', '0136'], years: [2024, 2025], lang: 'sv', baseUrl: 'https://statistikdatabasen.scb.se/api/v2' } });
    if (query.ok) expect(scbPopulationUrl(query.value)).toBe(url);
  });

  it('repeating a stored fetch sends SCB exactly the stored GET', async () => {
    clearScbCache();
    server.reset('ok');
    const first = await fetchScbPopulation({ members: SODERTORN_MEMBERS, years: [2024, 2025], baseUrl, now: () => new Date('2026-11-23T08:00:00Z') });
    if (!first.ok) throw new Error(first.error.message.en);
    const query = scbQueryFromRequest(first.value.source.request!);
    if (!query.ok) throw new Error(query.error.message.en);
    clearScbCache();
    const members = SODERTORN_MEMBERS.filter((m) => query.value.codes.includes(m.code));
    const again = await fetchScbPopulation({ members, years: query.value.years, table: query.value.table, baseUrl: query.value.baseUrl!, now: () => new Date('2026-11-24T08:00:00Z') });
    if (!again.ok) throw new Error(again.error.message.en);
    expect(server.dataRequests).toHaveLength(2);
    expect(server.dataRequests[1]).toBe(server.dataRequests[0]);
    expect(again.value.source.request).toBe(first.value.source.request);
  });

  it('refuses what is not an SCB query', () => {
    expect(scbQueryFromRequest('SCB-fråga: https://example.org/x').ok).toBe(false);
    expect(scbQueryFromRequest('').ok).toBe(false);
  });
});
