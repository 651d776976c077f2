import { renderPlanToExcel } from '../../src/workbook/excel';
import { generatedMembers, generatedPopulation } from '../support/generated';
import { planFor } from '../workbook/fixtures';
import { createRealExcel } from './realExcel';

it('measures', async () => {
  for (const n of [8, 100, 290]) {
    const members = generatedMembers(n);
    const plan = n === 8 ? planFor() : planFor(2026, undefined, members, generatedPopulation(members, 2008, 2025));
    const real = createRealExcel();
    const t = Date.now();
    const r = await renderPlanToExcel(plan, { excel: real.Excel });
    console.log(n, r.ok ? 'ok' : r.error.message.en.slice(0, 200), JSON.stringify(real.model.requests.map((q) => [q.bytes, q.actions, q.kind, q.error])), real.model.traffic().bytes, Date.now() - t, 'ms');
  }
});
