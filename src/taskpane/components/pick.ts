/**
 * The props of `from` named in `keys` that are defined (strict optional props take no undefined).
 *
 * @example
 * pick({ a: 1, b: undefined }, 'a', 'b') // → { a: 1 }
 */
export function pick<T extends object, K extends keyof T>(
  from: T,
  ...keys: K[]
): { [P in K]?: Exclude<T[P], undefined> } {
  const out: Partial<T> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out as { [P in K]?: Exclude<T[P], undefined> };
}
