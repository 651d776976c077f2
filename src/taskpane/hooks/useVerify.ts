import type { Verification } from '../../workbook/verify/verify';
import { Services } from '../services';
import { Task, useTask } from '../task';

export interface VerifyState {
  readonly task: Task<Verification>;
  /** Recomputes the open workbook's fees from its own figures (as `avgift verify`); the checker loads now. */
  readonly verify: () => Promise<void>;
  readonly goTo: (sheet: string, cell: string) => void;
}

/**
 * "Kontrollera arbetsboken": one check at a time, for the fee year chosen.
 *
 * @example const check = useVerify(services, 2026); await check.verify(); valueOf(check.task)?.differences // []
 */
export function useVerify(
  services: Pick<Services, 'verifyWorkbook' | 'selectCell'>,
  feeYear: number | undefined,
): VerifyState {
  const handle = useTask<Verification>();
  return {
    task: handle.task,
    verify: () => handle.run(() => services.verifyWorkbook(feeYear === undefined ? {} : { feeYear })),
    goTo: (sheet, cell) => void services.selectCell(sheet, cell),
  };
}
