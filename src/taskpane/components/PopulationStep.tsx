import { Button, Caption1, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { formatInteger, Message, PopulationSeries } from '../../domain';
import { formatChange, populationDateText, sourceText } from '../format';
import { useStrings } from '../i18n';
import { PopulationRow } from '../model';
import { DataTable } from './DataTable';
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
  readonly loading: boolean;
  readonly error?: Message;
  readonly series?: PopulationSeries;
  readonly rows?: readonly PopulationRow[];
  readonly membersNote?: string;
}

export function PopulationStep(props: PopulationStepProps) {
  const t = useStrings();
  const { feeYear } = props;
  const date = populationDateText(feeYear - 1);
  return (
    <Step title={t.populationStep}>
      <Field label={t.feeYear} hint={t.populationDate(date)} {...(props.yearError ? { validationMessage: props.yearError, validationState: 'error' as const } : {})}>
        <Input type="number" min={2010} max={2100} value={props.yearText} onChange={(_, data) => props.onYearText(data.value)} />
      </Field>
      <Field label={t.source}>
        <RadioGroup value={props.source} onChange={(_, data) => props.onSource(data.value as SourceKind)}>
          <Radio value="snapshot" label={t.sourceSnapshot} />
          <Radio value="scb" label={t.sourceScb} />
          {props.inExcel && <Radio value="selection" label={t.sourceSelection} />}
          <Radio value="file" label={t.sourceFile} />
        </RadioGroup>
      </Field>
      {props.source === 'file' && (
        <Field label={t.chooseFile} hint={props.fileName ?? t.noFile}>
          <input
            type="file"
            accept=".json,.csv,.txt"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onFile(file);
            }}
          />
        </Field>
      )}
      <div>
        <Button appearance="primary" onClick={props.onFetch} disabled={props.loading || (props.source === 'file' && !props.fileName)}>
          {t.fetch}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {props.loading && <Caption1>{t.fetching}</Caption1>}
        {!props.loading && props.series && <Caption1>{sourceText(props.series.source, t)}</Caption1>}
        {!props.loading && props.membersNote && <Caption1 block>{props.membersNote}</Caption1>}
      </div>
      {props.error && <Problem message={props.error} />}
      {props.rows && (
        <DataTable
          caption={t.populationDate(date)}
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
