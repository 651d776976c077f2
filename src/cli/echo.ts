import { echoed, listed, RULE_KINDS } from '../domain';

/**
 * A value the user typed, for a command-line message: as typed, cut to 60 characters with "…"
 * (the domain's one `echoed`).
 *
 * @example shown('80.055') // → '80.055'
 */
export const shown = (value: string, max = 60): string => echoed(value, max);

/** The names of the fee rules the command line knows, from the rules' registry. */
const RULE_NAMES: readonly string[] = RULE_KINDS.flatMap((kind) => kind.cli.names);

/**
 * The real fault first: an unknown --rule is "okänd regel", whatever other options came with it
 * (never "--amount gäller bara --rule split" for a misspelt "splt"). Returns undefined for a known rule.
 *
 * @example unknownRule('splt') // → { sv: 'Okänd regel ”splt”. Välj per-capita, indexed, indexed-chained eller split.', en: … }
 */
export function unknownRule(rule: string | undefined): { sv: string; en: string } | undefined {
  if (rule === undefined || RULE_NAMES.includes(rule)) return undefined;
  return {
    sv: `Okänd regel ”${shown(rule)}”. Välj ${listed(RULE_NAMES, 'eller')}.`,
    en: `Unknown rule "${shown(rule)}". Choose ${listed(RULE_NAMES, 'or')}.`,
  };
}
