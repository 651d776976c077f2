import { useState } from 'react';
import type { ApprovalOutcome } from '../../jobs/approve';
import { Services } from '../services';
import { Task, useTask } from '../task';

export interface ApproveState {
  readonly reference: string;
  readonly setReference: (reference: string) => void;
  readonly name: string;
  readonly setName: (name: string) => void;
  /** Fastställ was asked for without a name: the name field says so. */
  readonly nameMissing: boolean;
  readonly task: Task<ApprovalOutcome>;
  /** Verifies, protects the fee year's sheets and logs Fastställt; nothing without a name. */
  readonly approve: () => Promise<void>;
  readonly goTo: (sheet: string, cell: string) => void;
}

/**
 * "Fastställ ÅR" after the committee's decision: decision reference and name, then one approval at a time.
 *
 * @example const a = useApprove(services, 2026); a.setName('Eva Ek'); await a.approve(); valueOf(a.task)?.approved // true
 */
export function useApprove(services: Pick<Services, 'approve' | 'selectCell'>, feeYear: number): ApproveState {
  const [reference, setReference] = useState('');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const handle = useTask<ApprovalOutcome>();
  return {
    reference,
    setReference,
    name,
    setName,
    nameMissing: tried && name.trim() === '',
    task: handle.task,
    approve: async () => {
      setTried(true);
      if (name.trim() === '') return;
      await handle.run(() =>
        services.approve({ feeYear, by: name.trim(), ...(reference.trim() ? { reference: reference.trim() } : {}) }),
      );
    },
    goTo: (sheet, cell) => void services.selectCell(sheet, cell),
  };
}
