import { useState } from 'react';
import { AvgiftError, defaultFeeYear, needsForecast } from '../../domain';
import { readFeeYear } from '../feeYear';

export interface FeeYearStep {
  /** The year as typed. */
  readonly text: string;
  readonly setText: (text: string) => void;
  /** The last valid year typed (the calendar's year until then). */
  readonly feeYear: number;
  /** What is wrong with the text, when it is not a fee year. */
  readonly error?: AvgiftError;
  /** SCB has not published the year-end the fees need: they can only be a forecast (prognos). */
  readonly forecast: boolean;
  /** Budgetår (planning ahead) or faktureringsår (invoicing now), by the calendar. */
  readonly kind: 'budgetår' | 'faktureringsår';
  /** The year a task page is for, taken unless the officer has typed a year of their own. */
  readonly suggest: (year: number) => void;
}

/**
 * The fee year: by the calendar until the officer types another (the current year January–June,
 * the next from July), validated in one place (`readFeeYear`). A task page may suggest its year
 * (`suggest`); a year the officer typed stays.
 *
 * @example const year = useFeeYear(() => new Date(2026, 2, 2)); year.suggest(2027); year.feeYear // 2027
 */
export function useFeeYear(now: () => Date): FeeYearStep {
  const [text, setTextState] = useState(() => String(defaultFeeYear(now()).feeYear));
  const [feeYear, setFeeYear] = useState(() => defaultFeeYear(now()).feeYear);
  const [typed, setTyped] = useState(false);
  const read = readFeeYear(text);
  const setText = (next: string) => {
    setTyped(true);
    setTextState(next);
    const year = readFeeYear(next);
    if (year.ok) setFeeYear(year.value);
  };
  const today = now();
  return {
    text,
    setText,
    feeYear,
    ...(read.ok ? {} : { error: read.error }),
    forecast: needsForecast(feeYear, today),
    kind: feeYear > today.getFullYear() ? 'budgetår' : 'faktureringsår',
    suggest: (year) => {
      if (typed) return;
      setTextState(String(year));
      setFeeYear(year);
    },
  };
}
