import { fail, Member, ok, PopulationSeries, Result, validatePopulation } from '../domain';
import type { ScbTableId } from './scb/url';
import { snapshotPopulation } from './snapshot';

export type PopulationSpec =
  | { readonly kind: 'scb'; readonly table?: ScbTableId }
  | { readonly kind: 'snapshot' }
  | { readonly kind: 'file'; readonly fileName: string; readonly text: string }
  /** A file's bytes as read from disk or a file picker: any encoding, .xlsx too (readPopulationBytes). */
  | { readonly kind: 'file-bytes'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'cells'; readonly values: readonly (readonly unknown[])[]; readonly location: string };

export interface PopulationRequest {
  readonly members: readonly Member[];
  readonly years: readonly number[];
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
 */
export async function getPopulation(spec: PopulationSpec, request: PopulationRequest, deps: PopulationDeps = {}): Promise<Result<PopulationSeries>> {
  const now = deps.now ?? (() => new Date());
  let series: Result<PopulationSeries>;
  switch (spec.kind) {
    case 'snapshot':
      series = ok(snapshotPopulation());
      break;
    case 'scb': {
      // The readers other than the snapshot load only when the user picks them (smaller first load).
      const { fetchScbPopulation } = await import(/* webpackChunkName: "scb" */ './scb/client');
      series = await fetchScbPopulation({
        members: request.members,
        years: request.years,
        ...(spec.table ? { table: spec.table } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
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
      break;
    }
    case 'file-bytes': {
      const { readPopulationBytes } = await import(/* webpackChunkName: "population-file" */ './populationFile');
      const file = await readPopulationBytes(spec.bytes, spec.fileName, now().toISOString());
      series = file.ok ? ok(file.value.series) : file;
      break;
    }
    case 'cells': {
      const { populationFromCells } = await import(/* webpackChunkName: "population-file" */ './range');
      const cells = populationFromCells(spec.values, spec.location, now().toISOString());
      series = cells.ok ? ok(cells.value.series) : cells;
      break;
    }
    default:
      return fail('population-spec', 'Okänd befolkningskälla.', 'Unknown population source.');
  }
  if (!series.ok) return series;
  const valid = validatePopulation(series.value, request.members, request.years);
  return valid.ok ? series : valid;
}

export type { ScbTableId } from './scb/url';
