import fc from 'fast-check';
import { parseAmountOption } from '../../src/cli/options';
import { CliError } from '../../src/cli/io';
import { formatKronor } from '../../src/domain';

/* Every amount and rate the CLI reads goes through the domain's parseAmount. */
describe('parseAmountOption', () => {
  it('reads any amount written the Swedish way back exactly (formatKronor round trip)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (ore) => {
        expect(parseAmountOption(formatKronor(ore), '--amount')).toBe(ore);
        expect(parseAmountOption(formatKronor(ore, ''), '--amount')).toBe(ore);
      }),
    );
  });

  it('never takes "a.bbb" or "a,bbb" as a number: refused with both readings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        (head, tail, sep) => {
          const tailText = String(tail).padStart(3, '0');
          const text = `${head}${sep}${tailText}`;
          let error: unknown;
          try {
            parseAmountOption(text, '--amount');
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(CliError);
          const sv = (error as CliError).sv;
          expect(sv).toContain(formatKronor((head * 1000 + tail) * 100));
          expect(sv).toMatch(new RegExp(`eller som ${head}(,\\d+)?\\u00a0kr`));
        },
      ),
    );
  });

  it('refuses a negative rate, accepts a negative amount where allowed', () => {
    expect(() => parseAmountOption('-4', '--rate')).toThrow(CliError);
    expect(parseAmountOption('−50 000', '--amount', true)).toBe(-5_000_000);
    expect(parseAmountOption('4,50', '--rate')).toBe(450);
    expect(parseAmountOption('4.5', '--rate')).toBe(450);
  });
});
