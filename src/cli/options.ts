import { parseArgs, ParseArgsConfig } from 'node:util';
import { Ore, parseDecimal, Rational } from '../domain';
import { shown } from './echo';
import { CliError } from './io';

export type Lang = 'sv' | 'en';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; unknown options are a Swedish one-line error. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    const text = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) {
      throw new CliError(`Okänt val ${shown(unknown[1]!)}. Se avgift --help.`, `Unknown option ${shown(unknown[1]!)}. See avgift --help.`);
    }
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(text);
    if (missing) {
      throw new CliError(`Valet ${missing[1]} behöver ett värde.`, `Option ${missing[1]} needs a value.`);
    }
    const dashed = /Option '([^']+?)' argument is ambiguous/.exec(text);
    if (dashed) {
      throw new CliError(
        `Värdet till ${dashed[1]} börjar med minus; skriv ${dashed[1]}=-värde om du menar det.`,
        `The value of ${dashed[1]} starts with a minus; write ${dashed[1]}=-value if you mean it.`,
      );
    }
    const positional = /Unexpected argument '([^']+)'/.exec(text);
    if (positional) {
      throw new CliError(`Oväntat argument ”${shown(positional[1]!)}”. Se avgift --help.`, `Unexpected argument "${shown(positional[1]!)}". See avgift --help.`);
    }
    throw new CliError(`Felaktiga argument: ${shown(text, 200)}`, `Bad arguments: ${shown(text, 200)}`);
  }
}

export function parseYear(text: string | undefined, option: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new CliError(`Ange ${option}.`, `Give ${option}.`);
    return fallback;
  }
  if (!/^\d{4}$/.test(text.trim())) {
    throw new CliError(`${option} ska vara ett årtal med fyra siffror, inte ”${shown(text)}”.`, `${option} must be a four-digit year, not "${shown(text)}".`);
  }
  return Number(text.trim());
}

/** "4", "4.5", "4,50", "860 000" → öre; more than two decimals is an error. */
export function parseKronor(text: string, option: string, allowNegative = false): Ore {
  const value: Rational | undefined = parseDecimal(text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, ''));
  if (!value) {
    throw new CliError(`${option} ska vara ett belopp i kronor, till exempel 4 eller 4,50, inte ”${shown(text)}”.`, `${option} must be an amount in kronor, e.g. 4 or 4.50, not "${shown(text)}".`);
  }
  const ore = (value.num * 100n) / value.den;
  if ((value.num * 100n) % value.den !== 0n) {
    throw new CliError(`${option} får ha högst två decimaler (hela ören): ”${text}”.`, `${option} may have at most two decimals (whole öre): "${text}".`);
  }
  if (ore < 0n && !allowNegative) {
    throw new CliError(`${option} får inte vara negativt: ”${text}”.`, `${option} must not be negative: "${text}".`);
  }
  return Number(ore);
}

export function parseLang(text: string | undefined): Lang {
  if (text === undefined || text === 'sv') return 'sv';
  if (text === 'en') return 'en';
  throw new CliError(`--lang ska vara sv eller en, inte ”${shown(text)}”.`, `--lang must be sv or en, not "${shown(text)}".`);
}
