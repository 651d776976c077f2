import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { snapshotPopulation } from '../../src/data/snapshot';
import { clearScbCache } from '../../src/data/scb/client';
import { monthlyData, monthlyMetadata, Region } from './scbMonthly';

export type Behaviour =
  | 'ok'
  | 'slow'
  | '429-then-ok'
  | '429-forever'
  | '500'
  | 'truncated'
  | 'html'
  | '400-region'
  | '400-year'
  | 'partial'
  | 'drop';

/**
 * A local stand-in for SCB's PxWebApi 2.0 on 127.0.0.1: it answers /config and
 * /tables/TAB628/data like SCB (json-stat2 built from the snapshot figures), then misbehaves on
 * purpose as told. Bounded: it serves only this process's tests and closes with them.
 */
export class ScbTestServer {
  behaviour: Behaviour = 'ok';
  config: Record<string, unknown> = { maxDataCells: 150_000, maxCallsPerTimeWindow: 30, timeWindow: 10 };
  readonly dataRequests: string[] = [];
  /** SCB's revised figures ("0127:2025" → population) served instead of the snapshot's; reset clears them. */
  readonly revised = new Map<string, number>();
  /** TAB6471 (monthly folkmängd), built in the shape of SCB's; absent: the table is not found. */
  monthly?: { regions: Region[]; months: string[]; population: (code: string, month: string) => number | null };
  private served429 = 0;
  private server?: Server;
  private readonly figures = new Map(snapshotPopulation().figures.map((f) => [`${f.code}:${f.year}`, f.population]));

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v2`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  reset(behaviour: Behaviour): void {
    this.behaviour = behaviour;
    this.served429 = 0;
    this.dataRequests.length = 0;
    this.revised.clear();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.endsWith('/config')) return this.json(res, 200, this.config);
    if (/\/tables\/TAB6471\//.test(url.pathname)) return this.handleMonthly(url, res);
    if (!/\/tables\/TAB628\/data$/.test(url.pathname))
      return this.json(res, 404, { type: 'about:blank', title: 'Not Found', status: 404 }, 'application/problem+json');
    this.dataRequests.push(req.url ?? '');
    const regions = (url.searchParams.get('valueCodes[Region]') ?? '').split(',');
    const years = (url.searchParams.get('valueCodes[Tid]') ?? '').split(',');
    switch (this.behaviour) {
      case 'slow':
        return void setTimeout(() => this.json(res, 200, this.answer(regions, years)), 1_000).unref();
      case '429-then-ok':
        if (this.served429++ < 2)
          return this.json(res, 429, { title: 'Too Many Requests' }, 'application/problem+json', {
            'retry-after': '0',
          });
        break;
      case '429-forever':
        return this.json(res, 429, { title: 'Too Many Requests' }, 'application/problem+json', { 'retry-after': '0' });
      case '500':
        return this.json(res, 500, { title: 'Internal Server Error' }, 'application/problem+json');
      case 'truncated': {
        const body = JSON.stringify(this.answer(regions, years));
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(body.slice(0, Math.floor(body.length / 2)));
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html><body>Underhåll pågår</body></html>');
      case '400-region':
        return this.json(
          res,
          400,
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'Bad Request',
            status: 400,
            detail: `Non-existent value '${regions.at(-1)}' in variable Region`,
          },
          'application/problem+json',
        );
      case '400-year':
        return this.json(
          res,
          400,
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'Bad Request',
            status: 400,
            detail: `Non-existent value '${years.at(-1)}' in variable Tid`,
          },
          'application/problem+json',
        );
      case 'partial':
        return this.json(res, 200, this.answer(regions.slice(1), years));
      case 'drop':
        return void req.socket.destroy();
    }
    if (url.searchParams.get('valueCodes[Kon]') !== '1+2')
      return this.json(
        res,
        400,
        { title: 'Bad Request', detail: 'Non-existent value in variable Kon' },
        'application/problem+json',
      );
    this.json(res, 200, this.answer(regions, years));
  }

  /** TAB6471: metadata, and data for one month with Alder eliminated and Kon = TotSa (else 400). */
  private handleMonthly(url: URL, res: ServerResponse): void {
    this.dataRequests.push(url.pathname + url.search);
    const m = this.monthly;
    if (!m) return this.json(res, 404, { title: 'Not Found', status: 404 }, 'application/problem+json');
    if (url.pathname.endsWith('/metadata')) return this.json(res, 200, monthlyMetadata(m.regions, m.months));
    const regions = (url.searchParams.get('valueCodes[Region]') ?? '').split(',');
    const month = url.searchParams.get('valueCodes[Tid]') ?? '';
    const known = new Set(m.regions.map((r) => r.code));
    if (
      url.searchParams.has('valueCodes[Alder]') ||
      url.searchParams.get('valueCodes[Kon]') !== 'TotSa' ||
      !m.months.includes(month) ||
      regions.some((r) => !known.has(r))
    ) {
      return this.json(
        res,
        400,
        { title: 'Bad Request', status: 400, detail: 'Non-existent value' },
        'application/problem+json',
      );
    }
    return this.json(
      res,
      200,
      monthlyData(
        regions.map((code) => m.regions.find((r) => r.code === code)!),
        month,
        (code) => m.population(code, month),
      ),
    );
  }

  /** A json-stat2 answer shaped like TAB628: Region × Kon × ContentsCode × Tid. */
  private answer(regions: string[], years: string[]) {
    return {
      version: '2.0',
      class: 'dataset',
      label: 'Folkmängd efter region, kön och år',
      source: 'SCB',
      updated: '2026-02-20T07:00:00Z',
      role: { time: ['Tid'], metric: ['ContentsCode'] },
      id: ['Region', 'Kon', 'ContentsCode', 'Tid'],
      size: [regions.length, 1, 1, years.length],
      dimension: {
        Region: {
          label: 'region',
          category: {
            index: Object.fromEntries(regions.map((r, i) => [r, i])),
            label: Object.fromEntries(regions.map((r) => [r, `Kommun ${r}`])),
          },
        },
        Kon: { label: 'kön', category: { index: { '1+2': 0 }, label: { '1+2': 'totalt' } } },
        ContentsCode: {
          label: 'tabellinnehåll',
          category: { index: { BE0101U2: 0 }, label: { BE0101U2: 'Folkmängd' } },
        },
        Tid: { label: 'år', category: { index: Object.fromEntries(years.map((y, i) => [y, i])) } },
      },
      extension: { px: { tableid: 'TAB628' } },
      value: regions.flatMap((r) =>
        years.map((y) => this.revised.get(`${r}:${y}`) ?? this.figures.get(`${r}:${y}`) ?? null),
      ),
    };
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    type = 'application/json; charset=utf-8',
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(JSON.stringify(body));
  }
}

/**
 * A local SCB for a whole test file: started before its tests, answering normally and with an empty
 * client cache before each, stopped after. `baseUrl()` is its address once started.
 *
 * @example const scb = scbServerForSuite(); … localFetch(scb.baseUrl)
 */
export function scbServerForSuite(): { readonly server: ScbTestServer; readonly baseUrl: () => string } {
  const server = new ScbTestServer();
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    clearScbCache();
    server.reset('ok');
  });
  return { server, baseUrl: () => baseUrl };
}
