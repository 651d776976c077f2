import { Button, Caption1 } from '@fluentui/react-components';
import { Choice } from './Choice';
import { useMemo } from 'react';
import { yearEndFor } from '../../domain';
import { sourceText, useFormats } from '../format';
import { FeeYearStep } from '../hooks/useFeeYear';
import { PopulationStepState, SourceKind } from '../hooks/usePopulation';
import { useLang, useStrings } from '../i18n';
import { estimateRows, populationRows } from '../model';
import { errorOf } from '../task';
import { FilePicker } from './FilePicker';
import { Notice } from './Notice';
import { PopulationTable } from './PopulationTable';
import { Problem } from './Problem';
import { Step } from './Step';

export interface PopulationStepProps {
  readonly year: FeeYearStep;
  readonly population: PopulationStepState;
  readonly inExcel: boolean;
  /** Its number in the task page. */
  readonly n: number;
}

/** Where the population comes from, and the population on the fee year's year-end (or a forecast's date). */
export function PopulationStep({ year, population, inExcel, n }: PopulationStepProps) {
  const t = useStrings();
  const f = useFormats();
  const lang = useLang();
  const { current, task } = population;
  const loading = task.state === 'running';
  const error = errorOf(task);
  const estimate = current?.estimate;
  const rows = useMemo(
    () =>
      current
        ? current.estimate
          ? estimateRows(current, current.members, current.estimate)
          : populationRows(current, current.members, yearEndFor(year.feeYear))
        : undefined,
    [current, year.feeYear],
  );
  const caption = estimate
    ? t.populationOn(f.date(estimate.populationDate))
    : t.populationDate(yearEndFor(year.feeYear));
  return (
    <Step n={n} title={t.populationStep}>
      <Choice<SourceKind>
        label={t.source}
        value={population.source}
        options={[
          { value: 'snapshot', label: t.sourceSnapshot },
          { value: 'scb', label: t.sourceScb },
          ...(inExcel
            ? [
                { value: 'scb-again' as const, label: t.sourceScbAgain },
                { value: 'selection' as const, label: t.sourceSelection },
              ]
            : []),
          { value: 'file', label: t.sourceFile },
        ]}
        onChange={population.setSource}
      />
      {population.source === 'file' && (
        <FilePicker
          label={t.choosePopulationFile}
          accept=".json,.csv,.txt,.xlsx"
          {...(population.file ? { fileName: population.file.name } : {})}
          onFile={population.chooseFile}
        />
      )}
      <div>
        {/* Focusable while busy, so the keyboard focus stays here instead of falling to the page. */}
        <Button
          appearance="primary"
          onClick={() => void population.fetch()}
          disabled={year.error !== undefined || (population.source === 'file' && !population.file)}
          disabledFocusable={loading}
        >
          {t.fetch}
        </Button>{' '}
        {loading && population.source.startsWith('scb') && <Button onClick={population.cancel}>{t.cancelFetch}</Button>}
      </div>
      <div role="status">
        {loading && <Caption1>{t.fetching}</Caption1>}
        {population.cancelled && <Caption1>{t.fetchCancelled}</Caption1>}
        {/* The figures shown are the source cited: a forecast's own (SCB's monthly TAB6471), as its sheet cites it. */}
        {current && <Caption1 block>{sourceText(estimate?.source ?? current.source, t, f)}</Caption1>}
        {current?.membersFromSource && <Caption1 block>{t.membersFromSource(current.members.length)}</Caption1>}
        {population.staleFor !== undefined && (
          <Notice intent="warning" title={t.stale(population.staleFor, year.feeYear)} live={false} />
        )}
      </div>
      {error && (
        <Problem
          what="population"
          message={error.message}
          actions={
            <>
              {population.snapshotHelps && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    population.setSource('snapshot');
                    void population.fetch('snapshot');
                  }}
                >
                  {t.useSnapshot}
                </Button>
              )}
              {error.retry && <Button onClick={() => void population.fetch()}>{t.tryAgain}</Button>}
            </>
          }
        />
      )}
      {estimate?.note && <Caption1 block>{estimate.note[lang]}</Caption1>}
      {rows && <PopulationTable caption={caption} rows={rows} />}
    </Step>
  );
}
