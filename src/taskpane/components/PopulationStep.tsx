import { Button, Caption1, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { formatInteger, Message, PopulationSeries } from '../../domain';
import { formatChange, sourceText } from '../format';
import { useStrings } from '../i18n';
import { PopulationRow } from '../model';
import { DataTable } from './DataTable';
import { FilePicker } from './FilePicker';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';

export type SourceKind = 'snapshot' | 'scb' | 'selection' | 'file';

export interface PopulationStepProps {
  readonly feeYear: number;
  /** The year as typed; the fee year changes when it is a valid year. */
  readonly yearText: string;
  readonly onYearText: (text: string) => void;
  readonly yearError?: string;
  readonly source: SourceKind;
  readonly onSource: (source: SourceKind) => void;
  readonly inExcel: boolean;
  readonly fileName?: string;
  readonly onFile: (file: File) => void;
  readonly onFetch: () => void;
  /** Cancels a fetch from SCB under way. */
  readonly onCancel: () => void;
  readonly loading: boolean;
  readonly error?: Message;
  /** One click to the bundled snapshot, offered when SCB cannot be reached. */
  readonly onUseSnapshot?: () => void;
  readonly series?: PopulationSeries;
  readonly rows?: readonly PopulationRow[];
  readonly membersNote?: string;
  /** The population shown was fetched for another fee year. */
  readonly staleNote?: string;
}

export function PopulationStep(props: PopulationStepProps) {
  const t = useStrings();
  const { feeYear } = props;
  const caption = t.populationDate(feeYear - 1);
  // Not told while typing "2", "20", "202" (an alert per key): once four characters are there, or on leaving the field.
  const [left, setLeft] = useState(false);
  const showYearError = props.yearError !== undefined && (left || props.yearText.trim().length >= 4);
  return (
    <Step title={t.populationStep}>
      <Field label={t.feeYear} hint={caption} {...(showYearError ? { validationMessage: props.yearError, validationState: 'error' as const } : {})}>
        {/* Text, not type=number: a mouse wheel over a number field changes the year unnoticed. */}
        <Input
          inputMode="numeric"
          autoComplete="off"
          value={props.yearText}
          onChange={(_, data) => {
            setLeft(false);
            props.onYearText(data.value);
          }}
          onBlur={() => setLeft(true)}
        />
      </Field>
      <Field label={t.source}>
        <RadioGroup value={props.source} onChange={(_, data) => props.onSource(data.value as SourceKind)}>
          <Radio value="snapshot" label={t.sourceSnapshot} />
          <Radio value="scb" label={t.sourceScb} />
          {props.inExcel && <Radio value="selection" label={t.sourceSelection} />}
          <Radio value="file" label={t.sourceFile} />
        </RadioGroup>
      </Field>
      {props.source === 'file' && <FilePicker label={t.choosePopulationFile} accept=".json,.csv,.txt" {...(props.fileName ? { fileName: props.fileName } : {})} onFile={props.onFile} />}
      <div>
        {/* Focusable while busy, so the keyboard focus stays here instead of falling to the page. */}
        <Button appearance="primary" onClick={props.onFetch} disabled={props.yearError !== undefined || (props.source === 'file' && !props.fileName)} disabledFocusable={props.loading}>
          {t.fetch}
        </Button>{' '}
        {props.loading && props.source === 'scb' && <Button onClick={props.onCancel}>{t.cancelFetch}</Button>}
      </div>
      <div role="status">
        {props.loading && <Caption1>{t.fetching}</Caption1>}
        {!props.loading && props.series && <Caption1>{sourceText(props.series.source, t)}</Caption1>}
        {!props.loading && props.membersNote && <Caption1 block>{props.membersNote}</Caption1>}
        {!props.loading && props.staleNote && <Notice intent="warning" title={props.staleNote} live={false} />}
      </div>
      {props.error && (
        <Problem
          message={props.error}
          {...(props.onUseSnapshot
            ? {
                actions: (
                  <Button appearance="primary" onClick={props.onUseSnapshot}>
                    {t.useSnapshot}
                  </Button>
                ),
              }
            : {})}
        />
      )}
      {props.rows && (
        <DataTable
          caption={caption}
          columns={[t.municipality, t.population, t.change]}
          rows={props.rows.map((row) => [
            <>
              {row.member.name} <Caption1>{row.member.code}</Caption1>
            </>,
            row.population !== undefined ? formatInteger(row.population) : t.noChange,
            row.change !== undefined ? formatChange(row.change) : t.noChange,
          ])}
        />
      )}
    </Step>
  );
}
