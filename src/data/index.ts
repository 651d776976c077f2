import { fail, Member, ok, PopulationSeries, Result, validatePopulation, optional } from '../domain';
import type { ScbTableId } from './scb/url';

export type PopulationSpec =
  /** `lang` and `refresh` repeat a stored query as it was asked, fresh from SCB (data/scb/request.ts). */
  | { readonly kind: 'scb'; readonly table?: ScbTableId; readonly lang?: 'sv' | 'en'; readonly refresh?: boolean }
  | { readonly kind: 'snapshot' }
  | { readonly kind: 'file'; readonly fileName: string; readonly text: string }
  /** A file's bytes as read from disk or a file picker: any encoding, .xlsx too (readPopulationBytes). */
  | { readonly kind: 'file-bytes'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'cells'; readonly values: readonly (readonly unknown[])[]; readonly location: string };

export interface PopulationRequest {
  readonly members: readonly Member[];
  readonly years: readonly number[];
  /**
   * A file or range may hold another cooperation's municipalities: then they are the members (the
   * pane's choice). Without it the members asked for must all be in the source (the command line).
   */
  readonly membersFromSource?: boolean;
}

/**
 * The population found: the series, and the members it is for — those asked for, or the source's own
 * municipalities when `membersFromSource` was asked and the source does not hold all of them.
 */
export interface FoundPopulation extends PopulationSeries {
  readonly members: readonly Member[];
  /** The members are the source's own municipalities, not those asked for. */
  readonly membersFromSource: boolean;
}

export interface PopulationDeps {
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
}

/**
 * One call for every source: the population of the members for the years, with its source stated,
 * checked so that every member and year asked for has a valid figure (else a message naming them).
 * A file is parsed once: the members it names come back with its figures.
 *
 * @example
 * const r = await getPopulation({ kind: 'snapshot' }, { members: SODERTORN_MEMBERS, years: [2025] });
 * // r.ok, r.value.members === SODERTORN_MEMBERS, r.value.source.kind === 'snapshot'
 */
export async function getPopulation(
  spec: PopulationSpec,
  request: PopulationRequest,
  deps: PopulationDeps = {},
): Promise<Result<FoundPopulation>> {
  const now = deps.now ?? (() => new Date());
  let series: Result<PopulationSeries>;
  /** The municipalities a file or range names, in its order. */
  let named: readonly Member[] | undefined;
  switch (spec.kind) {
    case 'snapshot': {
      // Every source loads only when the user picks it (a smaller first load), the snapshot too.
      const { snapshotPopulation } = await import(/* webpackChunkName: "snapshot" */ './snapshot');
      series = ok(snapshotPopulation());
      break;
    }
    case 'scb': {
      const { fetchScbPopulation } = await import(/* webpackChunkName: "scb" */ './scb/client');
      const { kind, ...query } = spec; // table, lang, refresh
      series = await fetchScbPopulation({
        members: request.members,
        years: request.years,
        ...query,
        ...optional({ fetch: deps.fetch, signal: deps.signal }),
        ...(deps.baseUrl ? { baseUrl: deps.baseUrl } : {}),
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        now,
      });
      break;
    }
    case 'file': {
      const { readPopulationFile } = await import(/* webpackChunkName: "population-file" */ './populationFile');
      const file = readPopulationFile(spec.text, spec.fileName, now().toISOString());
      series = file.ok ? ok(file.value.series) : file;
      if (file.ok) named = file.value.members;
      break;
    }
    case 'file-bytes': {
      const { readPopulationBytes } = await import(/* webpackChunkName: "population-file" */ './populationFile');
      const file = await readPopulationBytes(spec.bytes, spec.fileName, now().toISOString());
      series = file.ok ? ok(file.value.series) : file;
      if (file.ok) named = file.value.members;
      break;
    }
    case 'cells': {
      const { populationFromCells } = await import(/* webpackChunkName: "population-file" */ './range');
      const cells = populationFromCells(spec.values, spec.location, now().toISOString());
      series = cells.ok ? ok(cells.value.series) : cells;
      if (cells.ok) named = cells.value.members;
      break;
    }
    default:
      return fail('population-spec', 'Okänd befolkningskälla.', 'Unknown population source.');
  }
  if (!series.ok) return series;
  const codes = new Set(named?.map((m) => m.code));
  const own =
    request.membersFromSource === true && named !== undefined && !request.members.every((m) => codes.has(m.code));
  const members = own ? named! : request.members;
  const valid = validatePopulation(series.value, members, request.years);
  return valid.ok ? ok({ ...series.value, members, membersFromSource: own }) : valid;
}

export type { ScbTableId } from './scb/url';
