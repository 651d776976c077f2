import type { ColumnOption } from './budget/types';

/** A message for people: Swedish for the user, English for logs and the English UI. */
export interface Message {
  readonly sv: string;
  readonly en: string;
}

/** A failure as a value: what went wrong, in words a finance officer can act on. */
export interface AvgiftError {
  readonly code: string;
  readonly message: Message;
  /** The input the message belongs under (a form shows it there), e.g. "rate". */
  readonly field?: string;
  /** Another way to carry on that the message offers, e.g. "snapshot" (the bundled figures). */
  readonly fallback?: 'snapshot';
  /** Trying the same again may work (a network or a busy server). */
  readonly retry?: boolean;
  /** The user cancelled it: not an error to show. */
  readonly cancelled?: boolean;
  /** The budget's amount columns to choose one from (code "column-ambiguous"): the pane offers them. */
  readonly columns?: readonly ColumnOption[];
}

/** What the UI acts on besides the words. */
export type ErrorHints = Pick<AvgiftError, 'field' | 'fallback' | 'retry' | 'cancelled' | 'columns'>;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AvgiftError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** `fail('input-amount', 'Ange beloppet.', 'Enter the amount.', { field: 'rate' })`. */
export const fail = <T = never>(code: string, sv: string, en: string, hints: ErrorHints = {}): Result<T> => ({
  ok: false,
  error: { code, message: { sv, en }, ...hints },
});

/**
 * A refusal that names the file it is about: "p.json: Tabellen kan inte läsas …" (left as it is when it
 * names it already).
 *
 * @example namingFile(fail('population-row', 'Rad 4: …', 'Line 4: …'), 'p.csv') // fail('population-row', 'p.csv: Rad 4: …', 'p.csv: Line 4: …')
 */
export function namingFile<T>(result: Result<T>, fileName: string): Result<T> {
  if (result.ok || result.error.message.sv.includes(fileName)) return result;
  const { message } = result.error;
  return {
    ok: false,
    error: { ...result.error, message: { sv: `${fileName}: ${message.sv}`, en: `${fileName}: ${message.en}` } },
  };
}
