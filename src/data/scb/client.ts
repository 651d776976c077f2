import {
  fail,
  isPublished,
  Member,
  Message,
  notYetPublishedMessage,
  ok,
  PopulationFigure,
  PopulationSeries,
  Result,
} from '../../domain';
import { populationFromJsonStat } from '../jsonStatPopulation';
import { SNAPSHOT_FIRST_YEAR, SNAPSHOT_LAST_YEAR } from '../snapshot/years';
import { CallWindow } from './limiter';
import { SCB_BASE_URL, SCB_TABLES, scbConfigUrl, scbPopulationUrl, ScbTableId } from './url';

export interface ScbRequest {
  readonly members: readonly Member[];
  readonly years: readonly number[];
  readonly table?: ScbTableId;
  /** The language SCB answers in (labels only; the figures are the same). Swedish by default. */
  readonly lang?: 'sv' | 'en';
  /** Ask SCB again even when this session has the answer: "Uppdatera från SCB" wants revised figures. */
  readonly refresh?: boolean;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  readonly baseUrl?: string;
  /** Per call; SCB answers in well under a second when it is well. */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  /** How often a 429 is retried before giving up. */
  readonly maxRetries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface ScbLimits {
  readonly maxCalls: number;
  readonly windowMs: number;
  readonly maxCells: number;
}

/** SCB's published limits, used until /config says otherwise. */
const DEFAULT_LIMITS: ScbLimits = { maxCalls: 30, windowMs: 10_000, maxCells: 150_000 };

const configs = new Map<string, Promise<ScbLimits>>();
const windows = new Map<string, CallWindow>();
const responses = new Map<string, unknown>();

/** Forgets cached responses and limits (a new session, or tests). */
export function clearScbCache(): void {
  configs.clear();
  windows.clear();
  responses.clear();
}

const offerSnapshot = {
  sv: ` Välj SCB:s siffror som följer med tillägget (folkmängd 31 december ${SNAPSHOT_FIRST_YEAR}–${SNAPSHOT_LAST_YEAR}) för att arbeta vidare.`,
  en: ` Choose SCB's figures that come with the add-in (population on 31 December ${SNAPSHOT_FIRST_YEAR}–${SNAPSHOT_LAST_YEAR}) to carry on.`,
};
/** A failure the bundled figures get round (the error says so, for a button) and a later try may not have. */
const scbFail = <T>(code: string, message: Message, snapshot = true): Result<T> =>
  fail(
    code,
    message.sv + (snapshot ? offerSnapshot.sv : ''),
    message.en + (snapshot ? offerSnapshot.en : ''),
    snapshot ? { fallback: 'snapshot', retry: true } : {},
  );

/**
 * Folkmängd 31 December for the members and years from SCB's PxWebApi 2.0: one GET for all of them
 * (split only over the cell limit), within SCB's call limit, with a timeout, cached per query.
 * Every failure is a clear message and no partial data.
 */
export async function fetchScbPopulation(request: ScbRequest): Promise<Result<PopulationSeries>> {
  const now = request.now ?? (() => new Date());
  const baseUrl = request.baseUrl ?? SCB_BASE_URL;
  const table = request.table ?? 'TAB628';
  const years = [...new Set(request.years)].sort((a, b) => a - b);
  if (!request.members.length || !years.length) {
    return fail(
      'scb-empty-query',
      'Ange minst en kommun och ett år att hämta.',
      'Give at least one municipality and one year to fetch.',
    );
  }
  const unpublished = years.find((y) => !isPublished(y, now()));
  if (unpublished !== undefined)
    return fail('scb-not-published', notYetPublishedMessage(unpublished).sv, notYetPublishedMessage(unpublished).en);

  const http = request.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!http)
    return scbFail('scb-no-fetch', {
      sv: 'Den här miljön kan inte hämta data från internet.',
      en: 'This environment cannot fetch data from the internet.',
    });
  const deps = { http, request, now };
  const limits = await scbLimits(baseUrl, deps);
  const window =
    windows.get(baseUrl) ?? new CallWindow(limits.maxCalls, limits.windowMs, () => now().getTime(), request.sleep);
  windows.set(baseUrl, window);

  const codes = request.members.map((m) => m.code);
  const yearsPerCall = Math.max(1, Math.floor(limits.maxCells / codes.length));
  const figures: PopulationFigure[] = [];
  const urls: string[] = [];
  const provenance: { updated?: string; title?: string } = {};
  for (let i = 0; i < years.length; i += yearsPerCall) {
    const url = scbPopulationUrl({
      table,
      codes,
      years: years.slice(i, i + yearsPerCall),
      baseUrl,
      ...(request.lang ? { lang: request.lang } : {}),
    });
    let json = request.refresh ? undefined : responses.get(url);
    if (json === undefined) {
      const fetched = await getJson(url, window, deps, { codes, years });
      if (!fetched.ok) return fetched;
      json = fetched.value;
    }
    const parsed = populationFromJsonStat(json, { kind: 'scb', label: '', tables: [table] });
    if (!parsed.ok)
      return scbFail('scb-bad-data', {
        sv: `SCB:s svar gick inte att läsa. ${parsed.error.message.sv}`,
        en: `SCB's answer could not be read. ${parsed.error.message.en}`,
      });
    responses.set(url, json);
    urls.push(url);
    const { updated, title } = parsed.value.series.source;
    // SCB's own `updated` time: the latest of the answers; the table's title for the citation.
    if (updated && (provenance.updated === undefined || updated > provenance.updated)) provenance.updated = updated;
    if (title) provenance.title = title;
    figures.push(...parsed.value.series.figures);
  }

  const have = new Set(figures.map((f) => `${f.code}:${f.year}`));
  for (const m of request.members) {
    for (const y of years) {
      if (!have.has(`${m.code}:${y}`)) {
        return scbFail('scb-incomplete', {
          sv: `SCB:s svar saknar folkmängd för ${m.name} (${m.code}) 31 december ${y}; ingenting har använts.`,
          en: `SCB's answer lacks the population of ${m.name} (${m.code}) on 31 December ${y}; nothing was used.`,
        });
      }
    }
  }
  return ok({
    figures,
    source: {
      kind: 'scb',
      label: `SCB, tabell ${table} (${SCB_TABLES[table].contents})`,
      tables: [table],
      retrievedAt: now().toISOString(),
      ...provenance,
      request: urls.join(' '),
    },
  });
}

/**
 * One GET of any SCB table URL as JSON, within SCB's call limit and with the same timeout, retry
 * and messages as the population fetch (used for TAB6471's metadata and monthly figures).
 */
export async function scbGetJson(
  url: string,
  request: Pick<ScbRequest, 'signal' | 'fetch' | 'baseUrl' | 'timeoutMs' | 'now' | 'maxRetries' | 'sleep'> & {
    readonly members: readonly Member[];
  },
): Promise<Result<unknown>> {
  const now = request.now ?? (() => new Date());
  const baseUrl = request.baseUrl ?? SCB_BASE_URL;
  const http = request.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!http)
    return scbFail('scb-no-fetch', {
      sv: 'Den här miljön kan inte hämta data från internet.',
      en: 'This environment cannot fetch data from the internet.',
    });
  const deps = { http, request: { ...request, years: [] }, now };
  const limits = await scbLimits(baseUrl, deps);
  const window =
    windows.get(baseUrl) ?? new CallWindow(limits.maxCalls, limits.windowMs, () => now().getTime(), request.sleep);
  windows.set(baseUrl, window);
  return getJson(url, window, deps, { codes: request.members.map((m) => m.code), years: [] });
}

interface Deps {
  readonly http: typeof fetch;
  readonly request: ScbRequest;
  readonly now: () => Date;
}

/** /config once per base URL; SCB's published limits when it cannot be read. */
function scbLimits(baseUrl: string, deps: Deps): Promise<ScbLimits> {
  const cached = configs.get(baseUrl);
  if (cached) return cached;
  const loading = (async () => {
    const response = await call(scbConfigUrl(baseUrl), deps).catch(() => undefined);
    if (!response || !response.ok) return DEFAULT_LIMITS;
    try {
      const config = (await response.json()) as {
        maxDataCells?: unknown;
        maxCallsPerTimeWindow?: unknown;
        timeWindow?: unknown;
      };
      const positive = (x: unknown, fallback: number) => (typeof x === 'number' && x > 0 ? x : fallback);
      return {
        maxCells: positive(config.maxDataCells, DEFAULT_LIMITS.maxCells),
        maxCalls: positive(config.maxCallsPerTimeWindow, DEFAULT_LIMITS.maxCalls),
        windowMs: positive(config.timeWindow, DEFAULT_LIMITS.windowMs / 1000) * 1000,
      };
    } catch {
      return DEFAULT_LIMITS;
    }
  })();
  configs.set(baseUrl, loading);
  return loading;
}

class CallFailure extends Error {
  constructor(readonly kind: 'timeout' | 'aborted' | 'network') {
    super(kind);
  }
}

/** One fetch with a timeout, also ended by the caller's AbortSignal. */
async function call(url: string, deps: Deps): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.request.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort();
  deps.request.signal?.addEventListener('abort', onAbort);
  try {
    if (deps.request.signal?.aborted) throw new CallFailure('aborted');
    return await deps.http(url, { signal: controller.signal, headers: { accept: 'application/json' } });
  } catch (e) {
    if (e instanceof CallFailure) throw e;
    throw new CallFailure(timedOut ? 'timeout' : deps.request.signal?.aborted ? 'aborted' : 'network');
  } finally {
    clearTimeout(timer);
    deps.request.signal?.removeEventListener('abort', onAbort);
  }
}

async function getJson(
  url: string,
  window: CallWindow,
  deps: Deps,
  asked: { codes: readonly string[]; years: readonly number[] },
): Promise<Result<unknown>> {
  const maxRetries = deps.request.maxRetries ?? 3;
  const sleep = deps.request.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    await window.take();
    let response: Response;
    try {
      response = await call(url, deps);
    } catch (e) {
      const kind = e instanceof CallFailure ? e.kind : 'network';
      if (kind === 'aborted')
        return fail('scb-aborted', 'Hämtningen från SCB avbröts.', 'The fetch from SCB was cancelled.', {
          cancelled: true,
        });
      if (kind === 'timeout') {
        const seconds = (deps.request.timeoutMs ?? 15_000) / 1000;
        return scbFail('scb-timeout', {
          sv: `SCB svarade inte inom ${String(seconds).replace('.', ',')} sekunder.`,
          en: `SCB did not answer within ${seconds} seconds.`,
        });
      }
      return scbFail('scb-network', {
        sv: 'Kunde inte nå SCB (statistikdatabasen.scb.se): nätverket svarar inte.',
        en: 'Could not reach SCB (statistikdatabasen.scb.se): no network answer.',
      });
    }
    if (response.status === 429) {
      if (attempt < maxRetries) {
        const retryAfter = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 10_000);
        continue;
      }
      return scbFail('scb-rate-limited', {
        sv: 'SCB tar just nu emot för många anrop (högst 30 per 10 sekunder). Vänta en minut och försök igen.',
        en: 'SCB is receiving too many calls right now (at most 30 per 10 seconds). Wait a minute and try again.',
      });
    }
    if (response.status === 400 || response.status === 404) return problem(response, url, deps, asked);
    if (response.status >= 500) {
      return scbFail('scb-server', {
        sv: `SCB:s tjänst har ett fel just nu (HTTP ${response.status}). Försök igen senare.`,
        en: `SCB's service has a fault right now (HTTP ${response.status}). Try again later.`,
      });
    }
    if (!response.ok) {
      return scbFail('scb-http', {
        sv: `SCB svarade med HTTP ${response.status}.`,
        en: `SCB answered HTTP ${response.status}.`,
      });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/json/i.test(type)) {
      return scbFail('scb-content-type', {
        sv: `SCB svarade inte med JSON utan med ”${type || 'okänd typ'}”.`,
        en: `SCB did not answer with JSON but with "${type || 'unknown type'}".`,
      });
    }
    try {
      return ok(JSON.parse(await response.text()) as unknown);
    } catch {
      return scbFail('scb-truncated', {
        sv: 'SCB:s svar var ofullständigt (avbruten eller trasig JSON); ingenting har använts.',
        en: "SCB's answer was incomplete (cut off or broken JSON); nothing was used.",
      });
    }
  }
}

/** 400/404 with problem+json: name the code SCB did not accept. */
async function problem(
  response: Response,
  url: string,
  deps: Deps,
  asked: { codes: readonly string[]; years: readonly number[] },
): Promise<Result<unknown>> {
  let text = '';
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown; errors?: unknown };
    text = [body.title, body.detail, JSON.stringify(body.errors ?? '')].filter((x) => typeof x === 'string').join(' ');
  } catch {
    text = '';
  }
  const member = deps.request.members.find((m) => text.includes(m.code));
  if (member) {
    return fail(
      'scb-unknown-code',
      `SCB känner inte igen kommunkoden ${member.code} (${member.name}). Kontrollera medlemslistan.`,
      `SCB does not know the municipality code ${member.code} (${member.name}). Check the member list.`,
    );
  }
  const year = asked.years.find((y) => text.includes(String(y)));
  if (year !== undefined) {
    if (!isPublished(year, deps.now()) || year >= deps.now().getFullYear() - 1)
      return fail('scb-not-published', notYetPublishedMessage(year).sv, notYetPublishedMessage(year).en);
    return fail(
      'scb-unknown-year',
      `SCB har ingen folkmängd för 31 december ${year} i den här tabellen.`,
      `SCB has no population for 31 December ${year} in this table.`,
    );
  }
  if (response.status === 404) {
    const table = /tables\/([^/]+)\//.exec(url)?.[1] ?? '';
    return scbFail('scb-not-found', {
      sv: `SCB hittar inte tabellen ${table}.`,
      en: `SCB cannot find the table ${table}.`,
    });
  }
  return scbFail('scb-bad-request', {
    sv: `SCB avvisade frågan${text ? `: ${text}` : ''}.`,
    en: `SCB rejected the query${text ? `: ${text}` : ''}.`,
  });
}
