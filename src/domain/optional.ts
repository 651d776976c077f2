/**
 * The one helper for an object's optional fields: those whose value is not undefined, so that with
 * `exactOptionalPropertyTypes` no field is ever set to undefined. Instead of `...(x ? { x } : {})`.
 *
 * @example
 * ({ feeYear: 2026, ...optional({ estimate: undefined, name: 'Eva Ek' }) }) // → { feeYear: 2026, name: 'Eva Ek' }
 */
export function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const present: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) present[key] = value;
  return present as { [K in keyof T]?: Exclude<T[K], undefined> };
}
