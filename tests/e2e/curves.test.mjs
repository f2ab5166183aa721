// The loss chart on the teaching example for overfitting: a 1-8-8-1 network trained long on
// the 60-point noisy sine. The best-validation and overfitting markers appear (overfitting
// after the best epoch), hovering reads out an epoch's values, and redraws never add points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, SINE_LINK, openPage, byId, screenshot, setInputValue, until, textNumber } from './harness.mjs';


const env = useBrowser();

const vertexCounts = (page) =>
  page.locator('.chart-svg polyline').evaluateAll((ls) => ls.map((l) => l.points.numberOfItems));

test('sine with a big network: markers, hover read-out, log scale, stable redraws', async () => {
  const page = await openPage(env.browser, env.url + SINE_LINK);
  await setInputValue(page, 'speed', 1000);
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= 1500, { timeout: 60_000, what: 'epoch 1500' });
  await byId(page, 'play').click();
  const epochs = await textNumber(page, 'epoch');

  const best = byId(page, 'marker-best');
  const overfit = byId(page, 'marker-overfit');
  await best.waitFor();
  await overfit.waitFor();
  const bestEpoch = Number(await best.getAttribute('data-epoch'));
  const overfitEpoch = Number(await overfit.getAttribute('data-epoch'));
  assert.ok(bestEpoch >= 1 && bestEpoch <= epochs, `best at ${bestEpoch}`);
  assert.ok(overfitEpoch > bestEpoch, `overfitting (${overfitEpoch}) after the best (${bestEpoch})`);
  assert.match(await page.locator('.chart-help').textContent(), /5 %/);

  // Hover the middle of the plot: the read-out names an epoch and the three losses.
  const svg = page.locator('.chart-svg');
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  const readout = byId(page, 'chart-readout');
  await until(async () => (await readout.textContent()).includes('Epoch'), { what: 'hover read-out' });
  const text = await readout.textContent();
  const m = text.match(/^Epoch (\d+) · Training ([\d.]+) · Validation ([\d.]+) · Test ([\d.]+)$/);
  assert.ok(m, `read-out "${text}"`);
  assert.ok(Number(m[1]) > 1 && Number(m[1]) <= epochs);
  await page.locator('.chart-svg .hover-line').waitFor({ state: 'attached' });

  // Redraws (log scale on and off, accuracy hidden for regression) never add vertices.
  const counts = await vertexCounts(page);
  assert.ok(counts.every((c) => c <= 401), `thinned polylines: ${counts}`);
  const logBox = page.getByRole('checkbox', { name: 'Log scale' });
  await logBox.check();
  await logBox.uncheck();
  await byId(page, 'step').click();
  await byId(page, 'step').click();
  const after = await vertexCounts(page);
  for (let i = 0; i < counts.length; i++) assert.ok(after[i] <= counts[i] + 2, `${after} vs ${counts}`);
  await screenshot(page, 'curves-sine-overfit');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
