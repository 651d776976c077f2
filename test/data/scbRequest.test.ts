import { clearScbCache, fetchScbPopulation } from '../../src/data/scb/client';
import { repeatableScbQuery, scbQueryFromRequest, storedQueryCovers } from '../../src/data/scb/request';
import { SCB_BASE_URL, scbPopulationUrl } from '../../src/data/scb/url';
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
    const url =
      'https://statistikdatabasen.scb.se/api/v2/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0127,0136&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025';
    const query = scbQueryFromRequest(`SCB-fråga: ${url}`);
    expect(query).toEqual({
      ok: true,
      value: {
        table: 'TAB628',
        codes: ['0127', '0136'],
        years: [2024, 2025],
        lang: 'sv',
        baseUrl: 'https://statistikdatabasen.scb.se/api/v2',
      },
    });
    if (query.ok) expect(scbPopulationUrl(query.value)).toBe(url);
  });

  it('repeating a stored fetch sends SCB exactly the stored GET', async () => {
    clearScbCache();
    server.reset('ok');
    const first = await fetchScbPopulation({
      members: SODERTORN_MEMBERS,
      years: [2024, 2025],
      baseUrl,
      now: () => new Date('2026-11-23T08:00:00Z'),
    });
    if (!first.ok) throw new Error(first.error.message.en);
    const query = scbQueryFromRequest(first.value.source.request!);
    if (!query.ok) throw new Error(query.error.message.en);
    clearScbCache();
    const members = SODERTORN_MEMBERS.filter((m) => query.value.codes.includes(m.code));
    const again = await fetchScbPopulation({
      members,
      years: query.value.years,
      table: query.value.table,
      baseUrl: query.value.baseUrl!,
      now: () => new Date('2026-11-24T08:00:00Z'),
    });
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

describe('repeating the stored query: only exactly, only at SCB', () => {
  const STORED = `${SCB_BASE_URL}/tables/TAB628/data?lang=sv&outputFormat=json-stat2&valueCodes[Region]=0136,0127&valueCodes[Kon]=1%2B2&valueCodes[ContentsCode]=BE0101U2&valueCodes[Tid]=2024,2025`;
  const sheet = (request?: string) => ({
    sheet: 'Befolkning (2)',
    source: 'Källa: SCB, tabell TAB628 (BE0101U2). Hämtad 2026-03-02 09:30.',
    ...(request !== undefined ? { request } : {}),
    members: [
      { code: '0127', name: 'Botkyrka' },
      { code: '0136', name: 'Haninge' },
    ],
  });

  it('keeps the stored order of the codes and names them as the sheet does', () => {
    const r = repeatableScbQuery(sheet(`SCB-fråga: ${STORED}`));
    expect(r).toEqual({
      ok: true,
      value: {
        query: { table: 'TAB628', codes: ['0136', '0127'], years: [2024, 2025], lang: 'sv', baseUrl: SCB_BASE_URL },
        members: [
          { code: '0136', name: 'Haninge' },
          { code: '0127', name: 'Botkyrka' },
        ],
      },
    });
    if (r.ok) expect(scbPopulationUrl(r.value.query)).toBe(STORED);
  });

  it('refuses another host, an edited query, a code without a name, and says where figures without a query came from', () => {
    const code = (request?: string) => {
      const r = repeatableScbQuery(sheet(request));
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(`SCB-fråga: ${STORED.replace(SCB_BASE_URL, 'https://example.org/api/v2')}`)).toBe('scb-request-host');
    expect(code(`SCB-fråga: ${STORED.replace('http', 'HTTP')}`)).toBe('scb-request-host');
    expect(code(`SCB-fråga: ${STORED.replace('Kon]=1%2B2', 'Kon]=1')}`)).toBe('scb-request-edited');
    expect(code(`SCB-fråga: ${STORED.replace('0136,0127', '0136,0127,0126')}`)).toBe('scb-request-members');
    expect(code('SCB-fråga: ')).toBe('scb-request-invalid');
    const unreadable = repeatableScbQuery(sheet('SCB-fråga: folkmängd från SCB'));
    expect(unreadable.ok ? '' : unreadable.error.message.sv).toBe(
      'Den sparade SCB-frågan kan inte läsas: ”SCB-fråga: folkmängd från SCB”. Den står i A4 på bladet Befolkning (2) och upprepas inte: välj ”SCB – hämta de senaste siffrorna”.',
    );
    const none = repeatableScbQuery(sheet());
    expect(none.ok ? '' : none.error.message.sv).toBe(
      'Folkmängden på bladet Befolkning (2) kommer inte från en SCB-fråga. Bladet säger: ”SCB, tabell TAB628 (BE0101U2)”. Det finns ingen fråga att upprepa: välj ”SCB – hämta de senaste siffrorna”.',
    );
  });

  it('holds the fee year when the query has its year-end, else names the years and the fee year they fit', () => {
    const years = Array.from({ length: 16 }, (_, i) => 2009 + i); // 2009–2024, as asked for fee year 2025
    expect(storedQueryCovers({ years }, 2019, 2020)).toEqual({ ok: true, value: null });
    const r = storedQueryCovers({ years }, 2025, 2026);
    expect(r.ok ? '' : r.error.message.sv).toBe(
      'Den sparade SCB-frågan gäller folkmängd 31 december 2009–2024, som passar avgiftsår 2025. Avgiftsår 2026 behöver folkmängd 31 december 2025. Välj avgiftsår 2025 för att upprepa frågan, eller ”SCB – hämta de senaste siffrorna” för 2026.',
    );
    const gaps = storedQueryCovers({ years: [2020, 2022] }, 2021, 2022);
    expect(gaps.ok ? '' : gaps.error.message.en).toContain('31 December 2020, 2022, which fits fee year 2023');
  });
});
