// axe-core (pinned in package.json) on the real page, for the accessibility checks.
//
// The page's Content-Security-Policy refuses inline scripts, so axe's source is not added as a
// <script>: it is evaluated through the DevTools protocol (`page.evaluate` of the text), which
// the policy does not govern.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's WCAG 2.1 A/AA violations on the page as it is, one line each (rule, impact, where, why). */
export async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate((tags) =>
    window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations), WCAG21_AA);
  return found.flatMap((v) => v.nodes.map((n) =>
    `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`));
}
