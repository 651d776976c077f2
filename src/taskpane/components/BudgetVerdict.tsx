import { Button } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useFormats } from '../format';
import { BudgetResult } from '../hooks/useBudgetCheck';
import { useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

/**
 * The verdict in words: whether it balances, which fee year and which fees (decided, prognos or a
 * scenario) the fee revenue was compared with — or that it was not, with the way to compare it.
 */
export const BudgetVerdict = forwardRef<HTMLDivElement, { result: BudgetResult; onFetchFees: () => void }>(
  function BudgetVerdict({ result, onFetchFees }, ref) {
    const t = useStrings();
    const lang = useLang();
    const f = useFormats();
    const { check, compared } = result;
    const column = check.findings.find((f) => f.code === 'amount-column');
    const title = check.passed
      ? t.verdict.passed
      : check.balanced
        ? t.verdict.balancedWithErrors
        : t.verdict.notBalanced;
    const against = !compared
      ? t.notCompared(result.feeYear)
      : compared.kind === 'decided'
        ? t.comparedWith.decided(compared.feeYear, f.kronor(compared.totalOre))
        : t.comparedWith.forecast(compared.feeYear, f.kronor(compared.totalOre), compared.name?.[lang] ?? '');
    return (
      <Notice
        ref={ref}
        live={false}
        intent={check.passed ? (compared ? 'success' : 'warning') : 'error'}
        title={title}
        {...(!compared ? { actions: <Button onClick={onFetchFees}>{t.fetchFeesAndCheck}</Button> } : {})}
      >
        <span data-testid="budget-compared">{against}</span>{' '}
        {/* The column read when there was a choice, in the check's own words ("Beloppen läses från kolumn D ”Budget 2027”, den valda kolumnen."). */}
        {column && <span data-testid="budget-column">{column.message[lang]} </span>}
        <span>
          {t.revenues} {f.kronor(check.revenuesOre)} · {t.costs} {f.kronor(check.costsOre)} · {t.difference}{' '}
          {f.kronor(check.differenceOre)}
        </span>
      </Notice>
    );
  },
);
