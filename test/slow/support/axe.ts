import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's own build, evaluated in the page through the browser's devtools protocol (the pane's CSP allows no inline script). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core (Deque's engine) finds against WCAG 2.0, 2.1 and 2.2 A and AA in the page as it is
 * now: one line per violation and element, "color-contrast: .fui-Caption1 …". Empty is the goal.
 *
 * @example expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
