/**
 * @jest-environment jsdom
 */
import { act, renderHook } from '@testing-library/react';
import { fail, ok } from '../../../src/domain';
import { useFeeYear } from '../../../src/taskpane/hooks/useFeeYear';
import { useSheetQuestion } from '../../../src/taskpane/hooks/useSheetQuestion';
import { useTask, valueOf } from '../../../src/taskpane/task';

/* The small hooks each step is made of, alone. */

describe('useFeeYear', () => {
  it('follows the committee’s year, keeps the last valid year typed, and says what is wrong with the rest', () => {
    const november = renderHook(() => useFeeYear(() => new Date(2026, 10, 23)));
    expect(november.result.current).toMatchObject({ feeYear: 2027, kind: 'budgetår', forecast: true });
    const march = renderHook(() => useFeeYear(() => new Date(2026, 2, 2)));
    expect(march.result.current).toMatchObject({
      text: '2026',
      feeYear: 2026,
      kind: 'faktureringsår',
      forecast: false,
    });
    act(() => march.result.current.setText('26'));
    expect(march.result.current).toMatchObject({
      text: '26',
      feeYear: 2026,
      error: { code: 'input-fee-year', field: 'feeYear' },
    });
    act(() => march.result.current.setText('2012'));
    expect(march.result.current.feeYear).toBe(2012);
    expect(march.result.current.error).toBeUndefined();
  });
});

describe('useSheetQuestion', () => {
  it('asks only when something is in the way, runs what comes before asking only then, and ends with the answer', async () => {
    const { result } = renderHook(() => useSheetQuestion());
    let before = 0;
    await act(async () => expect(await result.current.replaceOrVersion([], async () => void before++)).toBe('version'));
    expect(before).toBe(0);
    let answered!: Promise<string>;
    act(() => {
      answered = result.current.replaceOrVersion(['Avgift 2026'], async () => void before++, {
        sv: 'Fastställt',
        en: 'Approved',
      });
    });
    await act(async () => undefined);
    expect(result.current).toMatchObject({ asking: ['Avgift 2026'], locked: { sv: 'Fastställt' } });
    expect(before).toBe(1);
    await act(async () => {
      result.current.answer('revision');
      expect(await answered).toBe('revision');
    });
    expect(result.current.asking).toBeUndefined();
  });
});

describe('useTask', () => {
  it('runs once at a time, keeps a result or an error (never both), and keeps the earlier one when given up', async () => {
    const { result } = renderHook(() => useTask<number>());
    let runs = 0;
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    let first!: Promise<void>;
    act(() => {
      first = result.current.run(async () => (runs++, await slow, ok(42)));
    });
    await act(async () => result.current.run(async () => (runs++, ok(7)))); // a double click
    release();
    await act(async () => first);
    expect(runs).toBe(1);
    expect(valueOf(result.current.task)).toBe(42);
    await act(async () => result.current.run(async () => fail('x', 'Det gick inte.', 'It failed.')));
    expect(result.current.task).toMatchObject({ state: 'failed', error: { code: 'x' } });
    // Given up (Avbryt): the earlier outcome stays, it is not replaced by nothing.
    await act(async () => result.current.run(async () => undefined));
    expect(result.current.task).toMatchObject({ state: 'failed', error: { code: 'x' } });
    await act(async () => result.current.run(async () => ok(7)));
    await act(async () => result.current.run(async () => undefined));
    expect(valueOf(result.current.task)).toBe(7);
    await act(async () => result.current.reset());
    expect(result.current.task.state).toBe('idle');
  });
});
