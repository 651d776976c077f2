import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useLang } from '../i18n';
import type { Services } from '../services';
import type { ApprovalOutcome } from '../../workbook/approve';
import { Differences } from './Differences';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';
import { useTask } from './useTask';

const TEXT = {
  sv: {
    title: (year: number) => `Fastställ ${year}`,
    explain: 'Efter kommitténs beslut: bladen för året skyddas (utan lösenord, mot misstag) och en rad Fastställt med beslutet och kontrollsumman läggs i Logg. Arbetsboken kontrolleras först.',
    reference: 'Beslut (referens)',
    referenceHint: 'Till exempel Samarbetskommittén 2026-01-22 § 5',
    name: 'Namn',
    nameMissing: 'Ange vem som fastställer.',
    run: 'Fastställ',
    running: 'Fastställer …',
    approved: (year: number) => `${year} är fastställt`,
    approvedBody: (sheets: string, sum: string) => `Skyddade blad: ${sheets}. Kontrollsumma ${sum}. Raden finns i Logg.`,
    refused: (n: number) => `Fastställs inte: ${n} ${n === 1 ? 'skillnad' : 'skillnader'} mot arbetsbokens egna tal. Inget har skyddats eller loggats.`,
    outside: 'Fastställ gäller den öppna arbetsboken; öppna tillägget i Excel.',
  },
  en: {
    title: (year: number) => `Approve ${year}`,
    explain: 'After the committee’s decision: the year’s sheets are protected (no password, against slips) and a Fastställt row with the decision and the checksum is added to Logg. The workbook is checked first.',
    reference: 'Decision (reference)',
    referenceHint: 'For example Samarbetskommittén 2026-01-22 § 5',
    name: 'Name',
    nameMissing: 'Say who approves.',
    run: 'Approve',
    running: 'Approving …',
    approved: (year: number) => `${year} is approved`,
    approvedBody: (sheets: string, sum: string) => `Protected sheets: ${sheets}. Checksum ${sum}. The row is in Logg.`,
    refused: (n: number) => `Not approved: ${n} ${n === 1 ? 'difference' : 'differences'} from the workbook’s own figures. Nothing was protected or logged.`,
    outside: 'Approval applies to the open workbook; open the add-in in Excel.',
  },
};

/** Fastställ after writing: decision reference and name, then protect and log. Self-contained. */
export function ApproveStep({ services, feeYear }: { services: Pick<Services, 'inExcel' | 'approve' | 'selectCell'>; feeYear: number }) {
  const lang = useLang();
  const t = TEXT[lang];
  const [reference, setReference] = useState('');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [task, run] = useTask<ApprovalOutcome>();
  const nameMissing = tried && name.trim() === '';
  const approve = () => {
    setTried(true);
    if (name.trim() === '') return;
    void run(() => services.approve({ feeYear, by: name.trim(), ...(reference.trim() ? { reference: reference.trim() } : {}) }));
  };
  return (
    <Step title={t.title(feeYear)}>
      <Caption1>{services.inExcel ? t.explain : t.outside}</Caption1>
      <Field label={t.reference} hint={t.referenceHint}>
        <Input value={reference} onChange={(_, d) => setReference(d.value)} disabled={!services.inExcel} />
      </Field>
      <Field label={t.name} required validationState={nameMissing ? 'error' : 'none'} {...(nameMissing ? { validationMessage: t.nameMissing } : {})}>
        <Input value={name} onChange={(_, d) => setName(d.value)} disabled={!services.inExcel} />
      </Field>
      <Button appearance="primary" disabled={!services.inExcel || task.state === 'running'} onClick={approve}>
        {task.state === 'running' ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem message={task.error} />}
      {task.state === 'done' && task.value.approved && (
        <Notice intent="success" title={t.approved(feeYear)}>
          {t.approvedBody(task.value.protectedSheets.join(', '), task.value.entry.checksum.slice(0, 12) + '…')}
        </Notice>
      )}
      {task.state === 'done' && !task.value.approved && (
        <>
          <Notice intent="error" title={t.refused(task.value.faults.length)} />
          <Differences differences={task.value.faults} onGo={(sheet, cell) => void services.selectCell(sheet, cell)} />
        </>
      )}
    </Step>
  );
}
