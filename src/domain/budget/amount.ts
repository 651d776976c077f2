import { formatKronor, NBSP } from '../format';
import { Ore } from '../money';
import { Message } from '../result';

/** The unit a column of amounts is kept in: kronor, or thousands ("tkr") or millions ("mkr") of kronor. */
export type AmountUnit = 'kr' | 'tkr' | 'mkr';
const UNIT_SCALE: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mkr: 1_000_000 };

/** The unit a column heading or a note names: "Belopp (tkr)", "Budget 2026, tusental kronor", "Mkr". */
export function amountUnitIn(text: string): AmountUnit | undefined {
  if (/(^|[^a-zåäö])(tkr|tsek)([^a-zåäö]|$)|tusen(tal)?s?\s+kronor/i.test(text)) return 'tkr';
  if (/(^|[^a-zåäö])(mkr|msek|mnkr)([^a-zåäö]|$)|miljone?r?\s+kronor/i.test(text)) return 'mkr';
  return undefined;
}

/** What a budget cell says as an amount. */
export type AmountReading =
  | { readonly kind: 'amount'; readonly ore: Ore }
  | { readonly kind: 'empty' }
  /** Not an amount at all (a word, a date, TRUE). */
  | { readonly kind: 'unreadable'; readonly reason: Message }
  /** Looks like an amount but is written so it could mean two things, e.g. "500 00": never guessed. */
  | { readonly kind: 'suspicious'; readonly reason: Message };

const UNIT = /\s*(kronor|kr\.?|sek|:-|,-|tkr|mnkr|mkr|tsek|msek)\s*$/i;

/**
 * The project's one amount parser: numbers as Excel gives them, and text the way officers write
 * amounts: "2 102 500 kr", "1 400 000", "52 500 kr" with ordinary, no-break or narrow spaces,
 * "1.400.000", "1 400 000:-", "435 379,50 kr", "−50 000" (Unicode minus), "(50 000)" for a negative
 * in accounting style, "1 400 tkr" (thousands) and "2,1 mkr" (millions), "-" for nothing.
 * A digit group that is not three long ("500 00") or three decimals ("1,234") is suspicious: it is
 * reported, never read as some number. Never throws. `unit` is the unit of the cell's column
 * (a heading "Belopp, tkr"); a unit written in the cell wins.
 */
export function parseAmount(input: unknown, unit: AmountUnit = 'kr'): AmountReading {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'number') return fromNumber(input, UNIT_SCALE[unit]);
  if (typeof input !== 'string') return unreadable(describe(input));
  let text = input.trim();
  if (text === '') return { kind: 'empty' };
  if (/^[-–—−]$/.test(text)) return { kind: 'amount', ore: 0 };
  if (text.startsWith('=')) {
    return unreadableBecause(
      `Cellen innehåller formeln ”${text}” utan beräknat värde. Öppna filen i Excel, låt den räkna om och spara den.`,
      `The cell holds the formula "${text}" without a computed value. Open the file in Excel, let it recalculate and save it.`,
    );
  }
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/i.test(text)) {
    return unreadableBecause(
      `Cellen visar Excels felvärde ${text}. Rätta formeln i cellen.`,
      `The cell shows Excel's error ${text}. Fix the formula in the cell.`,
    );
  }

  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting) {
    negative = true;
    text = accounting[1]!.trim();
  }
  // A unit in the cell wins over the unit of its column ("Belopp, tkr").
  let multiplier = BigInt(UNIT_SCALE[unit]);
  const written = UNIT.exec(text);
  if (written) {
    const u = written[1]!.toLowerCase();
    multiplier = u === 'tkr' || u === 'tsek' ? 1_000n : u === 'mkr' || u === 'mnkr' || u === 'msek' ? 1_000_000n : 1n;
    text = text.slice(0, written.index).trim();
  }
  const sign = /^([-–−+])\s*/.exec(text);
  if (sign) {
    // "(−50 000)": a minus inside accounting parentheses could mean either sign; never guessed.
    if (accounting && sign[1] !== '+')
      return suspicious(input, 'både minustecken och parentes', 'both a minus sign and parentheses');
    if (sign[1] !== '+') negative = !negative;
    text = text.slice(sign[0].length);
  }
  if (!/^\d/.test(text) || !/^[\d\s\u00a0\u202f\u2009\u2007.,]+$/.test(text)) return unreadable(input);

  // Integer part and decimals: the decimal separator is the last comma, or a last dot followed by
  // one or two digits when dots are not used as digit-group separators.
  let integer = text;
  let decimals = '';
  const comma = text.lastIndexOf(',');
  if (comma >= 0) {
    integer = text.slice(0, comma);
    decimals = text.slice(comma + 1);
    if (integer.includes(',')) return suspicious(input, 'flera decimalkomman', 'several decimal commas');
  } else {
    const dot = /^(.*)\.(\d{1,2})$/.exec(text);
    if (dot && !/\.\d{3}(\.|$)/.test(dot[1]!)) {
      integer = dot[1]!;
      decimals = dot[2]!;
    }
  }
  if (decimals !== '' && !/^\d{1,2}$/.test(decimals)) {
    return /^\d{3}$/.test(decimals) && /^\d{1,3}$/.test(integer.trim())
      ? ambiguous(input, integer.trim(), decimals, 'tre siffror efter kommat', 'three digits after the comma')
      : /^\d{3}$/.test(decimals)
        ? suspicious(
            input,
            'tre siffror efter kommat – tusental eller decimaler?',
            'three digits after the comma – thousands or decimals?',
          )
        : unreadable(input);
  }
  if (/^\d{1,3}\.\d{3}$/.test(integer) && decimals === '' && comma < 0) {
    const [head, tail] = integer.split('.') as [string, string];
    return ambiguous(input, head, tail, 'en punkt följd av tre siffror', 'a dot followed by three digits');
  }
  // "1 400.000": two kinds of digit-group separator in one amount is a typing slip, never guessed.
  if (/[\s\u00a0\u202f\u2009\u2007]/.test(integer.trim()) && integer.includes('.')) {
    return suspicious(
      input,
      'både mellanslag och punkt mellan siffergrupperna',
      'both spaces and dots between the digit groups',
    );
  }
  const groups = integer.split(/[\s\u00a0\u202f\u2009\u2007.]+/).filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) return unreadable(input);
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) {
    return suspicious(input, 'siffergrupperna är inte tre siffror långa', 'the digit groups are not three digits long');
  }
  const whole = BigInt(groups.join('') || '0');
  const cents = BigInt((decimals + '00').slice(0, 2));
  const ore = (whole * 100n + cents) * multiplier;
  if (ore > BigInt(Number.MAX_SAFE_INTEGER)) return unreadable(input);
  const value = Number(ore);
  return { kind: 'amount', ore: negative ? -value : value };
}

function fromNumber(n: number, scale: number): AmountReading {
  if (!Number.isFinite(n)) return unreadable(String(n));
  const ore = n * 100 * scale;
  const rounded = Math.round(ore);
  // Floats from formulas (0.1 + 0.2) are accepted within a millionth of an öre.
  if (Math.abs(ore - rounded) > 1e-6 * Math.max(1, Math.abs(ore))) {
    return suspicious(String(n).replace('.', ','), 'fler än två decimaler', 'more than two decimals');
  }
  if (!Number.isSafeInteger(rounded)) return unreadable(String(n));
  return { kind: 'amount', ore: rounded === 0 ? 0 : rounded };
}

/** Text for a message about any value, even one whose toString is broken. */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/**
 * "860.000" or "1,234": thousands or decimals? Both readings are shown, neither is taken.
 * ambiguous('860.000', '860', '000', …).reason.sv
 * // → '”860.000” ser ut som ett felskrivet belopp: det kan läsas som 860 000 kr eller som 860 kr (en punkt följd av tre siffror) och används inte. …'
 */
function ambiguous(input: unknown, head: string, tail: string, sv: string, en: string): AmountReading {
  const thousands = formatKronor(Number(head + tail) * 100);
  const decimal = `${Number(head)}${/^0+$/.test(tail) ? '' : ',' + tail.replace(/0+$/, '')}`;
  const decimalSv = `${decimal}${NBSP}kr`;
  return {
    kind: 'suspicious',
    reason: {
      sv: `”${describe(input)}” ser ut som ett felskrivet belopp: det kan läsas som ${thousands} eller som ${decimalSv} (${sv}) och används inte. Skriv ${thousands.replace(/\u00a0kr$/, '')} för tusental eller använd decimalkomma.`,
      en: `"${describe(input)}" looks like a mistyped amount: it can be read as ${thousands} or as ${decimalSv} (${en}) and is not used. Write ${thousands.replace(/\u00a0kr$/, '')} for thousands or use a decimal comma.`,
    },
  };
}

const unreadableBecause = (sv: string, en: string): AmountReading => ({ kind: 'unreadable', reason: { sv, en } });

const unreadable = (text: string): AmountReading => ({
  kind: 'unreadable',
  reason: { sv: `”${text}” kan inte läsas som ett belopp.`, en: `"${text}" cannot be read as an amount.` },
});

const suspicious = (text: unknown, sv: string, en: string): AmountReading => ({
  kind: 'suspicious',
  reason: {
    sv: `”${describe(text)}” ser ut som ett felskrivet belopp (${sv}) och räknas inte med. Skriv beloppet med siffergrupper om tre, till exempel 50 000 eller 500 000.`,
    en: `"${describe(text)}" looks like a mistyped amount (${en}) and is not counted. Write it in groups of three digits, e.g. 50 000 or 500 000.`,
  },
});
