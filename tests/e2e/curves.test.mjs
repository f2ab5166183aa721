// The loss chart on the teaching example for overfitting: a 1-8-8-1 network trained long on
// the 60-point noisy sine. The best-validation and overfitting markers appear (overfitting
// after the best epoch), hovering reads out an epoch's values, and redraws never add points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, SINE_LINK, withPage, byId, screenshot, setInputValue, until, textNumber, settledEpoch,
} from './harness.mjs';

const env = useBrowser();

/** Vertices of a curve over `n` epochs thinned as the chart does: every `⌈n/400⌉`-th, and the last. */
function thinned(n) {
  const stride = Math.max(1, Math.ceil(n / 400));
  return Math.ceil(n / stride) + ((n - 1) % stride === 0 ? 0 : 1);
}

const vertexCounts = (page) =>
  page.locator('.chart-svg polyline').evaluateAll((ls) => ls.map((l) => l.points.numberOfItems));

test('sine with a big network: markers, hover read-out, log scale, stable redraws', async () => {
  await withPage(env, env.url + SINE_LINK, async (page) => {
    await setInputValue(page, 'speed', 1000);
    await byId(page, 'play').click();
    await until(async () => (await textNumber(page, 'epoch')) >= 1500, { timeout: 60_000, what: 'epoch 1500' });
    await byId(page, 'play').click();
    const epochs = await settledEpoch(page);

    const best = byId(page, 'marker-best');
    const overfit = byId(page, 'marker-overfit');
    await best.waitFor();
    await overfit.waitFor();
    const bestEpoch = Number(await best.getAttribute('data-epoch'));
    const overfitEpoch = Number(await overfit.getAttribute('data-epoch'));
    assert.ok(bestEpoch >= 1 && bestEpoch <= epochs, `best at ${bestEpoch}`);
    assert.ok(overfitEpoch > bestEpoch, `overfitting (${overfitEpoch}) after the best (${bestEpoch})`);
    assert.equal(
      await page.locator('.chart-help').textContent(),
      'Best validation: the epoch with the lowest validation loss. Overfitting begins: the first ' +
        'later epoch where validation loss is 5 % above that best while training loss is still ' +
        'lower than at the best epoch.',
    );

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
    // The read-out's epoch is the one under the pointer: its line sits where the pointer is
    // (within half an epoch's width and a pixel), at a quarter and at three quarters across.
    for (const at of [0.3, 0.8]) {
      const x = box.x + box.width * at;
      await page.mouse.move(x, box.y + box.height * 0.5);
      await until(async () => {
        const line = await page.locator('.chart-svg .hover-line').boundingBox();
        return line && Math.abs(line.x + line.width / 2 - x) <= box.width / (2 * epochs) + 1;
      }, { what: `the hover line under the pointer at ${at} of the chart's width` });
    }

    // Redraws (log scale on and off, accuracy hidden for regression) never add vertices:
    // the three loss curves (training, validation, test) hold exactly the thinned epochs.
    const counts = await vertexCounts(page);
    assert.deepEqual(counts, [thinned(epochs), thinned(epochs), thinned(epochs)]);
    const logBox = page.getByRole('checkbox', { name: 'Log scale' });
    await logBox.check();
    await logBox.uncheck();
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === epochs + 1, { what: 'one step' });
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === epochs + 2, { what: 'two steps' });
    const n = thinned(epochs + 2);
    await until(async () => (await vertexCounts(page)).every((c) => c === n), {
      what: `${n} vertices per curve after two steps`,
    });
    await screenshot(page, 'curves-sine-overfit');
    assert.deepEqual(page.errors, []);
  });
});
