import { Button, Caption1 } from '@fluentui/react-components';
import { useLang } from '../i18n';
import type { Services } from '../services';
import type { Verification } from '../../workbook/verify';
import { Differences } from './Differences';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';
import { useTask } from './useTask';

const TEXT = {
  sv: {
    title: 'Kontrollera arbetsboken',
    explain: 'Räknar om avgifterna ur arbetsbokens egna folkmängdstal och regel och jämför med avgiftscellerna och loggens kontrollsumma.',
    run: 'Kontrollera arbetsboken',
    running: 'Kontrollerar …',
    consistent: (sheet: string) => `${sheet} stämmer`,
    consistentBody: (sum: string, logged: string) => `Avgifterna följer arbetsbokens folkmängd och regel. Kontrollsumma ${sum}${logged}.`,
    logged: (action: string, time: string) => `, samma som raden ${action} ${time} i Logg`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'skillnad' : 'skillnader'}`,
    outside: 'Kontrollen läser den öppna arbetsboken; öppna tillägget i Excel.',
  },
  en: {
    title: 'Check the workbook',
    explain: 'Recomputes the fees from the workbook’s own population figures and rule and compares them with the fee cells and the logged checksum.',
    run: 'Check the workbook',
    running: 'Checking …',
    consistent: (sheet: string) => `${sheet} is consistent`,
    consistentBody: (sum: string, logged: string) => `The fees follow the workbook’s population and rule. Checksum ${sum}${logged}.`,
    logged: (action: string, time: string) => `, the same as the Logg row ${action} ${time}`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'difference' : 'differences'}`,
    outside: 'The check reads the open workbook; open the add-in in Excel.',
  },
};

/** "Kontrollera arbetsboken": the same check as `avgift verify`, on the open workbook. Self-contained. */
export function VerifyStep({ services, feeYear }: { services: Pick<Services, 'inExcel' | 'verifyWorkbook' | 'selectCell'>; feeYear?: number }) {
  const lang = useLang();
  const t = TEXT[lang];
  const [task, run] = useTask<Verification>();
  return (
    <Step title={t.title}>
      <Caption1>{services.inExcel ? t.explain : t.outside}</Caption1>
      <Button appearance="secondary" disabled={!services.inExcel || task.state === 'running'} onClick={() => void run(() => services.verifyWorkbook(feeYear === undefined ? {} : { feeYear }))}>
        {task.state === 'running' ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem message={task.error} />}
      {task.state === 'done' && task.value.differences.length === 0 && (
        <Notice intent="success" title={t.consistent(task.value.sheet)}>
          {t.consistentBody(task.value.checksum.slice(0, 12) + '…', task.value.logged ? t.logged(task.value.logged.action, task.value.logged.time) : '')}
        </Notice>
      )}
      {task.state === 'done' && task.value.differences.length > 0 && (
        <>
          <Notice intent="error" title={t.differs(task.value.differences.length, task.value.sheet)} />
          <Differences differences={task.value.differences} onGo={(sheet, cell) => void services.selectCell(sheet, cell)} />
        </>
      )}
    </Step>
  );
}
