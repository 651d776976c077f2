import { BudgetStep } from '../components/BudgetStep';
import { BudgetTextStep } from '../components/BudgetTextStep';
import { FeesPreview } from '../components/FeesPreview';
import { PopulationStep } from '../components/PopulationStep';
import { WriteStep } from '../components/WriteStep';
import type { PaneState } from '../hooks/usePane';
import { useStrings } from '../i18n';
import { Services } from '../services';
import { errorOf, valueOf } from '../task';
import { writeProps } from './writeProps';

/** The boxes of the budget page: the fee sheet, its population and history, and the Budgetmall. */
const BUDGET_BOXES = ['budget', 'allocation', 'population', 'history'] as const;

/**
 * "Budget för nästa år": the population (a forecast until SCB publishes the year-end), the
 * Budgetmall with the decided or forecast fees, and the budget checked against them.
 *
 * @example <BudgetPage pane={usePane(services)} services={services} />
 */
export function BudgetPage({ pane, services }: { pane: PaneState; services: Services }) {
  const t = useStrings();
  const { year, population, budgetWrite, budget } = pane;
  const fees = budgetWrite.fees;
  const result = valueOf(budget.task);
  const error = errorOf(budget.task) ?? errorOf(budget.sheetTask);
  const sheetWritten = valueOf(budget.sheetTask);
  return (
    <>
      <PopulationStep n={1} year={year} population={population} inExcel={services.inExcel} />
      <WriteStep
        n={2}
        title={t.budgetTemplateStep}
        offered={BUDGET_BOXES}
        inExcel={services.inExcel}
        ready={fees !== undefined}
        invoices={false}
        {...writeProps(budgetWrite)}
      >
        {fees && <FeesPreview fees={fees} />}
      </WriteStep>
      <BudgetStep
        n={3}
        inExcel={services.inExcel}
        target={budget.target}
        onTarget={budget.setTarget}
        choices={budget.choices}
        {...(budget.file ? { fileName: budget.file.name } : {})}
        {...(budget.file && budget.fileError ? { fileError: t.notXlsx(budget.file.name) } : {})}
        onFile={budget.chooseFile}
        onCheck={() => void budget.check()}
        busy={budget.task.state === 'running'}
        {...(result ? { result, stale: budget.stale } : {})}
        onFetchFees={budget.fetchFeesAndCheck}
        {...(error ? { error: error.message } : {})}
        onGoTo={budget.goTo}
        onWriteSheet={() => void budget.writeSheet()}
        writingSheet={budget.sheetTask.state === 'running'}
        {...(sheetWritten ? { sheetWritten } : {})}
        {...(budget.question.asking ? { asking: budget.question.asking } : {})}
        onAnswer={budget.question.answer}
      />
      <BudgetTextStep n={4} budgetText={pane.budgetText} />
    </>
  );
}
