import { useState } from 'react';
import { latestYearEndEstimate, yearEndFor, ok, PopulationEstimate, SODERTORN_MEMBERS, optional } from '../../domain';
import type { FoundPopulation, PopulationRequest, PopulationSpec } from '../../data';
import { SNAPSHOT_FIRST_YEAR, SNAPSHOT_LAST_YEAR } from '../../data/snapshot/years';
import { readFileBytes } from '../files';
import { yearsToFetch } from '../model';
import { Services } from '../services';
import { Task, TaskHandle, useTask, valueOf } from '../task';

/** 'scb-again': the SCB query stored on the add-in's Befolkning sheet, asked again (in Excel). */
export type SourceKind = 'snapshot' | 'scb' | 'scb-again' | 'selection' | 'file';

export interface Population extends FoundPopulation {
  /** The fee year it was fetched for: after the year changes it is stale until fetched again. */
  readonly feeYear: number;
  /** For a forecast (prognos): the figure standing in for the year-end not yet published. */
  readonly estimate?: PopulationEstimate;
}

export interface PopulationStepState {
  readonly source: SourceKind;
  readonly setSource: (source: SourceKind) => void;
  readonly file?: { readonly name: string; readonly bytes: Uint8Array };
  readonly chooseFile: (file: File) => void;
  readonly task: Task<Population>;
  readonly fetch: (source?: SourceKind) => Promise<void>;
  readonly cancel: () => void;
  readonly cancelled: boolean;
  /** The population for the fee year now chosen; undefined while what was fetched is for another year. */
  readonly current?: Population;
  /** The fee year a population on show was fetched for, when that is not the year now chosen. */
  readonly staleFor?: number;
  /** The bundled figures cover what failed: one click to them. */
  readonly snapshotHelps: boolean;
}

/** Step 1: where the population comes from, and the one fetch of it (cancellable while SCB works). */
export function usePopulation(services: Services, feeYear: number, forecast: boolean): PopulationStepState {
  const [source, setSource] = useState<SourceKind>('snapshot');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const handle: TaskHandle<Population> = useTask<Population>();
  const populationYear = yearEndFor(feeYear, forecast ? { forecastAt: services.now() } : {});

  const fetch = (chosen: SourceKind = source) =>
    handle.run(async (signal) => {
      let spec: PopulationSpec;
      let request: PopulationRequest | undefined;
      if (chosen === 'snapshot') spec = { kind: 'snapshot' };
      else if (chosen === 'scb') spec = { kind: 'scb' };
      // Bytes, not text: a file saved by Excel or SCB in any encoding, or an .xlsx, is read as it is.
      else if (chosen === 'file') spec = { kind: 'file-bytes', fileName: file!.name, bytes: file!.bytes };
      else if (chosen === 'scb-again') {
        // Exactly the stored query: its table, language, codes in order and years, fresh from SCB.
        const again = await services.scbAgain({ feeYear, populationYear });
        if (!again.ok) return again;
        ({ spec, request } = again.value);
      } else {
        const range = await services.readRange({ kind: 'selection' });
        if (!range.ok) return range;
        spec = { kind: 'cells', values: range.value.values, location: `${range.value.sheet}!${range.value.address}` };
      }
      // SCB is asked once for every year-end the rules and the change column may need; other sources
      // must hold at least the year-end the fees use.
      const years = spec.kind === 'scb' ? yearsToFetch(populationYear + 1) : [populationYear];
      const found = await services.population(
        spec,
        request ?? { members: SODERTORN_MEMBERS, years, membersFromSource: true },
        signal,
      );
      if (!found.ok || !forecast) return found.ok ? ok({ ...found.value, feeYear }) : found;
      // A forecast: from SCB its latest monthly figure, else the latest year-end the figures hold.
      const estimate =
        spec.kind === 'scb'
          ? await services.scbForecast({ members: found.value.members, populationYear: yearEndFor(feeYear) }, signal)
          : latestYearEndEstimate(found.value, found.value.members, yearEndFor(feeYear));
      return estimate.ok ? ok({ ...found.value, feeYear, estimate: estimate.value }) : estimate;
    });

  const shown = valueOf(handle.task);
  const error = handle.task.state === 'failed' ? handle.task.error : undefined;
  return {
    source,
    setSource,
    ...optional({ file }),
    chooseFile: (f) => void readFileBytes(f).then((bytes) => setFile({ name: f.name, bytes })),
    task: handle.task,
    fetch,
    cancel: handle.cancel,
    cancelled: handle.cancelled,
    ...(shown && shown.feeYear === feeYear ? { current: shown } : {}),
    ...(shown && shown.feeYear !== feeYear ? { staleFor: shown.feeYear } : {}),
    snapshotHelps:
      error?.fallback === 'snapshot' && populationYear >= SNAPSHOT_FIRST_YEAR && populationYear <= SNAPSHOT_LAST_YEAR,
  };
}
