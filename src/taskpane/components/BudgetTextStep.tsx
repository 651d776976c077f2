import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatKronor, formatKronorEn } from '../../domain';
import type { BudgetTextState } from '../hooks/useBudgetText';
import { useLang, useStrings } from '../i18n';
import { errorOf } from '../task';
import { DataTable } from './DataTable';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { Step } from './Step';
import { useFocusWhen } from './useFocusWhen';

const useStyles = makeStyles({
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * "Budgettext": the section Budget of the verksamhetsplan with the year's figures, copied as a table
 * for Word and Outlook (and as plain text), with a preview of what is copied.
 *
 * @example <BudgetTextStep n={4} budgetText={useBudgetText(services, 2026, fees, result)} />
 */
export function BudgetTextStep({ n, budgetText }: { n: number; budgetText: BudgetTextState }) {
  const t = useStrings().budgetText;
  const lang = useLang();
  const s = useStyles();
  const { text, copyTask } = budgetText;
  const copied = useFocusWhen<HTMLDivElement>(copyTask.state === 'done' ? copyTask.value : undefined);
  const error = errorOf(copyTask);
  const kr = lang === 'sv' ? formatKronor : formatKronorEn;
  return (
    <Step n={n} title={t.title}>
      {!text && <Caption1>{t.fetchFirst}</Caption1>}
      {text && !text.ok && <Problem what="budgetText" message={text.error.message} />}
      {text?.ok && (
        <>
          <Caption1 block>{budgetText.fromBudget ? t.fromBudget : t.fromTemplate}</Caption1>
          <div>
            <Button onClick={() => void budgetText.copy(lang)} disabledFocusable={copyTask.state === 'running'}>
              {t.copy}
            </Button>
          </div>
          <div role="status">
            {copyTask.state === 'done' && <Notice ref={copied} live={false} intent="success" title={t.copied} />}
          </div>
          {error && <Problem what="copy" message={error.message} />}
          <details>
            <summary>{t.preview}</summary>
            <div className={s.preview} data-testid="budget-text-preview">
              <strong>{text.value.heading[lang]}</strong>
              <span>{text.value.paragraph[lang]}</span>
              {text.value.parts.map((p) => (
                <DataTable
                  key={p.title.sv}
                  caption={p.title[lang]}
                  columns={[p.title[lang], t.amount]}
                  rows={p.lines.map((l) => [l.label, kr(l.amountOre)])}
                  total={[t.total, kr(p.sumOre)]}
                />
              ))}
              {text.value.notes.map((note) => (
                <Caption1 block key={note}>
                  {note}
                </Caption1>
              ))}
              <Caption1 block>{text.value.source[lang]}</Caption1>
            </div>
          </details>
        </>
      )}
    </Step>
  );
}
