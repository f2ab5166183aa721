// The normalization lab (#lab=normalize): on the circle with x₂ × 100, raw inputs train far
// worse than standardized ones in the same epochs; batch norm keeps a hidden layer's values at
// mean 0, sd 1 (exactly before training, nearly after); the link round-trips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const open = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'norm-run');
const status = (page) => byId(page, 'normalize').getAttribute('data-status');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));
const stats = async (page, id) => {
  const el = byId(page, id);
  return { mean: Number(await el.getAttribute('data-mean')), sd: Number(await el.getAttribute('data-sd')) };
};

/** Presses the button and waits until all five networks are trained. */
async function train(page) {
  const t0 = Date.now();
  await byId(page, 'norm-run').click();
  await until(async () => (await status(page)) === 'done', { timeout: 30_000, what: 'training done' });
  const root = byId(page, 'normalize');
  console.log(`trained in ${Date.now() - t0} ms wall, ${await root.getAttribute('data-train-ms')} ms of work over ${await root.getAttribute('data-frames')} frames`);
}

test('without standardization the 100×-scaled data trains far worse in the same epochs', async () => {
  const page = await open('#lab=normalize');
  try {
    assert.equal(await status(page), 'ready');
    assert.match(await byId(page, 'std-stats').textContent(), /x₂ has μ = .*σ = \d\d/);
    await train(page);
    const raw = await value(page, 'std-raw-loss');
    const scaled = await value(page, 'std-scaled-loss');
    console.log(`final training loss: raw ${raw}, standardized ${scaled}`);
    assert.ok(raw > 10 * scaled, `raw ${raw} vs standardized ${scaled}`);
    assert.equal(await byId(page, 'std-chart-curve').count(), 2);
    assert.equal(await byId(page, 'std-chart-curve').first().getAttribute('data-points'), '101');
    assert.equal(await byId(page, 'norm-chart-curve').count(), 3);
    for (const id of ['norm-loss-none', 'norm-loss-batch', 'norm-loss-layer']) {
      assert.ok(Number.isFinite(await value(page, id)), id);
    }
    assert.ok((await value(page, 'norm-loss-batch')) < (await value(page, 'norm-loss-none')), 'batch norm helps on raw inputs');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('batch norm: a hidden layer’s values have mean ≈ 0 and sd ≈ 1 in training mode', async () => {
  const page = await open('#lab=normalize');
  try {
    // Untrained (γ = 1, β = 0): exactly standardized.
    for (const layer of [1, 2]) {
      for (const kind of ['batch', 'layer']) {
        const s = await stats(page, `norm-hist-${layer}-${kind}`);
        assert.ok(Math.abs(s.mean) < 0.01 && Math.abs(s.sd - 1) < 0.01, `${layer} ${kind}: ${JSON.stringify(s)}`);
      }
    }
    const none = await stats(page, 'norm-hist-1-none');
    assert.ok(none.sd > 20, `raw inputs spread the first layer's z: ${none.sd}`);
    await train(page);
    for (const layer of [1, 2]) {
      const s = await stats(page, `norm-hist-${layer}-batch`);
      assert.ok(Math.abs(s.mean) < 0.5 && Math.abs(s.sd - 1) < 0.3, `trained, layer ${layer}: ${JSON.stringify(s)}`);
    }
    // The histogram shows bars.
    assert.ok((await byId(page, 'norm-hist-1-batch').locator('rect').count()) > 3);
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same settings and the menu links the lab', async () => {
  const page = await open('#lab=normalize');
  let page2;
  try {
    await setInputValue(page, 'scale', 10);
    await setInputValue(page, 'norm-inputs', 'standardized');
    await until(async () => /normInputs=standardized/.test(page.url()) && /scale=10&/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    page2 = await open(new URL(link).hash);
    assert.equal(await byId(page2, 'scale').inputValue(), '10');
    assert.equal(await byId(page2, 'norm-inputs').inputValue(), 'standardized');
    assert.equal(await byId(page2, 'lab-link-normalize').getAttribute('href'), '#lab=normalize');
    assert.equal(await byId(page2, 'open-overfit-lab').getAttribute('href'), '#lab=overfit');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

test('screenshots: the normalization lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=normalize', 'lab-normalize', 'norm-run', train);
});
