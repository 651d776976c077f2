/** The longest argument or value echoed back in a message. */
export const ECHO_MAX = 60;

/**
 * A value the user typed, for a message: exactly as typed ("80.055" stays "80.055"), control
 * characters shown as spaces, cut to 60 characters with "…" so a pasted 100 000-character argument
 * never floods the terminal.
 *
 * @example shown('80.055') // → '80.055'
 * @example shown('x'.repeat(100)) // → 'xxxx…' (60 characters)
 */
export function shown(value: string, max = ECHO_MAX): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The names of the fee rules the command line knows. */
export const RULE_NAMES = ['per-capita', 'indexed', 'indexed-chained', 'split'] as const;

/**
 * The real fault first: an unknown --rule is "okänd regel", whatever other options came with it
 * (never "--amount gäller bara --rule split" for a misspelt "splt"). Returns undefined for a known rule.
 *
 * @example unknownRule('splt') // → { sv: 'Okänd regel ”splt”. Välj per-capita, indexed, indexed-chained eller split.', en: … }
 */
export function unknownRule(rule: string | undefined): { sv: string; en: string } | undefined {
  if (rule === undefined || (RULE_NAMES as readonly string[]).includes(rule)) return undefined;
  return {
    sv: `Okänd regel ”${shown(rule)}”. Välj per-capita, indexed, indexed-chained eller split.`,
    en: `Unknown rule "${shown(rule)}". Choose per-capita, indexed, indexed-chained or split.`,
  };
}
