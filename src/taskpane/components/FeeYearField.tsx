import { Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { populationDate, yearEndFor } from '../../domain';
import { useFormats } from '../format';
import { FeeYearStep } from '../hooks/useFeeYear';
import { useLang, useStrings } from '../i18n';

const useStyles = makeStyles({
  kind: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The fee year, and what kind of year it is by the calendar: "Budgetår 2027 (prognos)" in the
 * autumn, "Faktureringsår 2026" in the spring, with why.
 */
export function FeeYearField({ year, now }: { year: FeeYearStep; now: Date }) {
  const t = useStrings();
  const lang = useLang();
  const f = useFormats();
  const s = useStyles();
  // Not told while typing "2", "20", "202" (an alert per key): once four characters are there, or on leaving the field.
  const [left, setLeft] = useState(false);
  const showError = year.error !== undefined && (left || year.text.trim().length >= 4);
  const { feeYear, forecast } = year;
  const kind = year.kind === 'budgetår' ? t.feeYearKind.budget(feeYear, forecast) : t.feeYearKind.invoicing(feeYear);
  const why = forecast
    ? t.feeYearWhy.forecast(feeYear, f.date(populationDate(yearEndFor(feeYear, { forecastAt: now }))))
    : year.kind === 'budgetår'
      ? t.feeYearWhy.budget(feeYear)
      : t.feeYearWhy.invoicing(feeYear);
  return (
    <>
      <Field
        label={t.feeYear}
        hint={t.populationDate(yearEndFor(feeYear))}
        {...(showError ? { validationMessage: year.error!.message[lang], validationState: 'error' as const } : {})}
      >
        {/* Text, not type=number: a mouse wheel over a number field changes the year unnoticed. */}
        <Input
          inputMode="numeric"
          autoComplete="off"
          value={year.text}
          onChange={(_, data) => {
            setLeft(false);
            year.setText(data.value);
          }}
          onBlur={() => setLeft(true)}
        />
      </Field>
      <div>
        <Caption1 block className={s.kind} data-testid="fee-year-kind">
          {kind}
        </Caption1>
        <Caption1 block>{why}</Caption1>
      </div>
    </>
  );
}
