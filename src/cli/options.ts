import { parseArgs, ParseArgsConfig } from 'node:util';
import { Ore, parseAmount } from '../domain';
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
      throw new CliError(
        `Okänt val ${shown(unknown[1]!)}. Se avgift --help.`,
        `Unknown option ${shown(unknown[1]!)}. See avgift --help.`,
      );
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
      throw new CliError(
        `Oväntat argument ”${shown(positional[1]!)}”. Se avgift --help.`,
        `Unexpected argument "${shown(positional[1]!)}". See avgift --help.`,
      );
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
    throw new CliError(
      `${option} ska vara ett årtal med fyra siffror, inte ”${shown(text)}”.`,
      `${option} must be a four-digit year, not "${shown(text)}".`,
    );
  }
  return Number(text.trim());
}

/**
 * An amount or rate given on the command line, read by the domain's one amount parser
 * (`parseAmount`): "4", "4,50", "4.5", "860 000", "860 000 kr" → öre. An ambiguous "860.000" is
 * refused with both readings; never taken as 860.
 *
 * @example
 * parseAmountOption('4,50', '--rate') // → 450
 * parseAmountOption('860.000', '--amount') // throws: --amount: ”860.000” ser ut som ett felskrivet belopp: det kan läsas som 860 000 kr eller som 860 kr …
 */
export function parseAmountOption(text: string, option: string, allowNegative = false): Ore {
  const reading = parseAmount(text);
  switch (reading.kind) {
    case 'amount':
      if (reading.ore < 0 && !allowNegative) {
        throw new CliError(
          `${option} får inte vara negativt: ”${shown(text)}”.`,
          `${option} must not be negative: "${shown(text)}".`,
        );
      }
      return reading.ore;
    case 'empty':
      throw new CliError(
        `${option} behöver ett belopp, till exempel 4 eller 4,50.`,
        `${option} needs an amount, e.g. 4 or 4.50.`,
      );
    case 'unreadable':
    case 'suspicious':
      throw new CliError(`${option}: ${reading.reason.sv}`, `${option}: ${reading.reason.en}`);
  }
}

export function parseLang(text: string | undefined): Lang {
  if (text === undefined || text === 'sv') return 'sv';
  if (text === 'en') return 'en';
  throw new CliError(
    `--lang ska vara sv eller en, inte ”${shown(text)}”.`,
    `--lang must be sv or en, not "${shown(text)}".`,
  );
}
