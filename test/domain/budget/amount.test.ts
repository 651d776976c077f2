import fc from 'fast-check';
import { parseAmount } from '../../../src/domain';

const amount = (ore: number) => ({ kind: 'amount', ore });

describe('parseAmount reads amounts the way officers write them', () => {
  it.each([
    [2_102_500, 2_102_500_00],
    [52_500.5, 52_500_50],
    [0.1 + 0.2, 30],
    [-1_400_000, -1_400_000_00],
    ['2 102 500 kr', 2_102_500_00],
    ['1 400 000', 1_400_000_00],
    ['52\u00a0500 kr', 52_500_00],
    ['100\u202f000\u00a0kr', 100_000_00],
    ['1.400.000', 1_400_000_00],
    ['1 400 000:-', 1_400_000_00],
    ['1 400 000,-', 1_400_000_00],
    ['435 379,50 kr', 435_379_50],
    ['4,5', 4_50],
    ['\u221250 000', -50_000_00],
    ['– 50 000 kr', -50_000_00],
    ['(50 000)', -50_000_00],
    ['1 400 tkr', 1_400_000_00],
    ['2,1 mkr', 2_100_000_00],
    ['-', 0],
    ['1400000 SEK', 1_400_000_00],
  ])('%p → %d öre', (input, ore) => {
    expect(parseAmount(input)).toEqual(amount(ore));
  });

  it.each(['', '   ', null, undefined])('%p is empty', (input) => {
    expect(parseAmount(input)).toEqual({ kind: 'empty' });
  });

  it.each(['500 00', '1 40 000', '1234 567', '1,234', '1.400', '12,345 kr', '4,5,0'])(
    '%p is suspicious, never a number',
    (input) => {
      expect(parseAmount(input).kind).toBe('suspicious');
    },
  );

  it.each([
    'hundra',
    'kr',
    'ca 500',
    '12 %',
    true,
    '2026-03-15',
    '1e6',
    'NaN',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0.123,
  ])('%p is not read as an amount', (input) => {
    expect(parseAmount(input).kind).not.toBe('amount');
  });

  it.each(['(\u221250 000)', '(-50 000)', '1 400.000', '1.400 000'])(
    '%p mixes signs or separators: suspicious, never guessed',
    (input) => {
      expect(parseAmount(input).kind).toBe('suspicious');
    },
  );

  it('a formula without a computed value, or an Excel error, says what to do', () => {
    const formula = parseAmount('=Avgift!E12');
    expect(formula.kind === 'unreadable' && formula.reason.sv).toBe(
      'Cellen innehåller formeln ”=Avgift!E12” utan beräknat värde. Öppna filen i Excel, låt den räkna om och spara den.',
    );
    const error = parseAmount('#REF!');
    expect(error.kind === 'unreadable' && error.reason.sv).toBe(
      'Cellen visar Excels felvärde #REF!. Rätta formeln i cellen.',
    );
  });

  it.each([
    [2_102.5, 'tkr', 2_102_500_00],
    ['1 400', 'tkr', 1_400_000_00],
    ['2 102,5', 'tkr', 2_102_500_00],
    ['52 500 kr', 'tkr', 52_500_00],
    [2.1025, 'mkr', 2_102_500_00],
    ['0,5 tkr', 'mkr', 500_00],
  ] as const)('%p in a column kept in %s → %d öre (a unit in the cell wins)', (input, unit, ore) => {
    expect(parseAmount(input, unit)).toEqual(amount(ore));
  });

  it('says why in Swedish', () => {
    const r = parseAmount('500 00');
    expect(r.kind === 'suspicious' && r.reason.sv).toContain('”500 00” ser ut som ett felskrivet belopp');
  });
});

describe('parseAmount under fuzzing', () => {
  it('never throws on anything', () => {
    expect(parseAmount({ toString: false }).kind).toBe('unreadable');
    fc.assert(fc.property(fc.anything(), (x) => void parseAmount(x) === undefined));
    fc.assert(fc.property(fc.string(), (s) => void parseAmount(s) === undefined));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[-−(]?[0-9 \u00a0.,]{0,14}( ?(kr|tkr|:-))?\)?$/),
        (s) => void parseAmount(s) === undefined,
      ),
    );
  });

  /** Writes a whole-krona amount the ways Swedish budgets do. */
  const spellings = (kronor: number, ore: number): string[] => {
    const digits = String(kronor);
    const grouped = (sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const cents = ore ? `,${String(ore).padStart(2, '0')}` : '';
    return [
      `${grouped(' ')}${cents}`,
      `${grouped('\u00a0')}${cents}\u00a0kr`,
      `${grouped('\u202f')}${cents} kr`,
      `${digits}${cents}`,
      // "1.400" alone is ambiguous (flagged); with two dots or öre it is not.
      ...(kronor >= 1_000_000 || (kronor >= 1_000 && ore > 0) ? [`${grouped('.')}${cents}`] : []),
      `${grouped(' ')}${cents}:-`,
      ...(ore ? [] : [`${grouped(' ')},-`]),
    ];
  };

  it('reads back every amount written in any of those ways, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (kronor, ore, negative) => {
          const expected = (kronor * 100 + ore) * (negative ? -1 : 1);
          return spellings(kronor, ore).every((text) => {
            const r = parseAmount(negative ? `\u2212${text}` : text);
            return r.kind === 'amount' && r.ore === (expected === 0 ? 0 : expected);
          });
        },
      ),
    );
  });

  it('a mangled digit group is never silently read as a number', () => {
    // Take a correctly grouped amount and move one space: "500 000" → "500 00" + "0" elsewhere.
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999_999 }), fc.integer({ min: 1, max: 2 }), (kronor, cut) => {
        const groups = String(kronor)
          .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
          .split(' ');
        const last = groups.pop()!;
        const mangled = [...groups, last.slice(0, 3 - cut)].join(' ') + (cut === 2 ? ' ' + last.slice(1) : '');
        const r = parseAmount(mangled);
        return (
          r.kind !== 'amount' ||
          (r.ore === Number(mangled.replace(/ /g, '')) * 100 && /^\d{1,3}( \d{3})*$/.test(mangled))
        );
      }),
    );
  });

  it('whatever it reads as an amount, it reads as the digits written', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9][0-9 ]{0,12}$/), (s) => {
        const r = parseAmount(s);
        return r.kind !== 'amount' || r.ore === Number(s.replace(/ /g, '')) * 100;
      }),
    );
  });

  it('on any jumble of digits, separators, signs and parentheses, an amount read is the digits written, with the sign written', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '5',
      '9',
      '00',
      '000',
      '500',
      ' ',
      '\u00a0',
      '\u202f',
      '.',
      ',',
      '-',
      '\u2212',
      '(',
      ')',
      '+',
      ' kr',
      ':-',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (s) => {
          const r = parseAmount(s);
          if (r.kind !== 'amount') return true;
          const digits = s.replace(/\D/g, '');
          const magnitude = BigInt(Math.abs(r.ore));
          // The öre are the digits written, with zero, one or two of them after the decimal separator.
          const sameDigits =
            digits === '' ? magnitude === 0n : [100n, 10n, 1n].some((scale) => BigInt(digits) * scale === magnitude);
          const minuses = (s.replace(/[:,]-/g, '').match(/[-\u2212]/g) ?? []).length + (s.includes('(') ? 1 : 0);
          return sameDigits && (r.ore === 0 || r.ore < 0 === (minuses % 2 === 1));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('a number in a tkr or mkr column is read back to the öre', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => {
        const tkr = parseAmount(ore / 100_000, 'tkr');
        const mkr = parseAmount(ore / 100_000_000, 'mkr');
        const want = ore === 0 ? 0 : ore;
        return tkr.kind === 'amount' && tkr.ore === want && mkr.kind === 'amount' && mkr.ore === want;
      }),
    );
  });
});
