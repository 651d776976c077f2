/** A message for people: Swedish for the user, English for logs and the English UI. */
export interface Message {
  readonly sv: string;
  readonly en: string;
}

/** A failure as a value: what went wrong, in words a finance officer can act on. */
export interface AvgiftError {
  readonly code: string;
  readonly message: Message;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AvgiftError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: string, sv: string, en: string): Result<T> => ({
  ok: false,
  error: { code, message: { sv, en } },
});
