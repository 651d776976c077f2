import { Button, Caption1, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { VerifyState } from '../hooks/useVerify';
import { useLang } from '../i18n';
import { Differences } from './Differences';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';

const TEXT = {
  sv: {
    title: 'Kontrollera arbetsboken',
    explain:
      'Räknar om avgifterna ur arbetsbokens egna folkmängdstal och regel och jämför med avgiftscellerna och loggens kontrollsumma.',
    run: 'Kontrollera arbetsboken',
    running: 'Kontrollerar …',
    consistent: (sheet: string) => `${sheet} stämmer`,
    consistentBody: (sum: string, logged: string) =>
      `Avgifterna följer arbetsbokens folkmängd och regel. Kontrollsumma ${sum}${logged}.`,
    logged: (action: string, time: string) => `, samma som raden ${action} ${time} i Logg`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'skillnad' : 'skillnader'}`,
    outside: 'Kontrollen läser den öppna arbetsboken; öppna tillägget i Excel.',
  },
  en: {
    title: 'Check the workbook',
    explain:
      'Recomputes the fees from the workbook’s own population figures and rule and compares them with the fee cells and the logged checksum.',
    run: 'Check the workbook',
    running: 'Checking …',
    consistent: (sheet: string) => `${sheet} is consistent`,
    consistentBody: (sum: string, logged: string) =>
      `The fees follow the workbook’s population and rule. Checksum ${sum}${logged}.`,
    logged: (action: string, time: string) => `, the same as the Logg row ${action} ${time}`,
    differs: (n: number, sheet: string) => `${sheet}: ${n} ${n === 1 ? 'difference' : 'differences'}`,
    outside: 'The check reads the open workbook; open the add-in in Excel.',
  },
};

const useStyles = makeStyles({
  action: { alignSelf: 'flex-start' },
  running: { cursor: 'progress' },
});

/**
 * "Kontrollera arbetsboken": the same check as `avgift verify`, on the open workbook (state in useVerify).
 *
 * @example <VerifyStep inExcel check={useVerify(services, 2026)} />
 */
export function VerifyStep({ inExcel, check }: { inExcel: boolean; check: VerifyState }) {
  const lang = useLang();
  const t = TEXT[lang];
  const s = useStyles();
  const { task } = check;
  const running = task.state === 'running';
  return (
    <Step title={t.title}>
      <Caption1>{inExcel ? t.explain : t.outside}</Caption1>
      <Button
        appearance="secondary"
        className={mergeClasses(s.action, running && s.running)}
        disabled={!inExcel || running}
        onClick={() => void check.verify()}
      >
        {running ? t.running : t.run}
      </Button>
      {task.state === 'failed' && <Problem message={task.error.message} />}
      {task.state === 'done' && task.value.differences.length === 0 && (
        <Notice intent="success" title={t.consistent(task.value.sheet)}>
          {t.consistentBody(
            task.value.checksum.slice(0, 12) + '…',
            task.value.logged ? t.logged(task.value.logged.action, task.value.logged.time) : '',
          )}
        </Notice>
      )}
      {task.state === 'done' && task.value.differences.length > 0 && (
        <>
          <Notice intent="error" title={t.differs(task.value.differences.length, task.value.sheet)} />
          <Differences differences={task.value.differences} onGo={check.goTo} />
        </>
      )}
    </Step>
  );
}
