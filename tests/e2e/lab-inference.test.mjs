// Training versus inference inside the labs (学習 と 推論): the `inference` toggle locks the
// weights (training pauses, settings disabled) and a typed or clicked point is asked of the
// model in both of the engine's modes. Batch norm on a single point: training mode sees a
// batch of one (x̂ = 0, so its answer is the same for every point), inference the running
// statistics (so the answers differ from it and from point to point); without batch norm or
// dropout both modes give the same bits. Dropout in the overfitting lab: the modes differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, screenshot, until } from './harness.mjs';

const env = useBrowser();
const PHONE = { width: 390, height: 844 };

const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));
const normEpoch = async (page) => Number((await byId(page, 'norm-epoch').textContent()).match(/\d+/)[0]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Clicks `first`, then — in the page, on the animation frame where `watch`'s text first
 * changes (training has moved) — clicks `then`: training is caught mid-run. */
async function clickThenCatch(page, first, watch, then) {
  await page.evaluate(([first, watch, then]) => new Promise((done) => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const before = q(watch).textContent;
    q(first).click();
    const poll = () => {
      if (q(watch).textContent !== before) {
        q(then).click();
        done();
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }), [first, watch, then]);
}

async function answers(page) {
  const out = {};
  for (const k of ['none', 'batch', 'layer']) {
    out[k] = [await value(page, `query-infer-${k}`), await value(page, `query-train-${k}`)];
  }
  return out;
}

async function ask(page, x1, x2) {
  await setInputValue(page, 'query-x1', String(x1));
  await setInputValue(page, 'query-x2', String(x2));
  await until(async () => (await byId(page, 'query-x2').inputValue()) === String(x2), { what: 'typed' });
  await sleep(100);
  return answers(page);
}

test('normalization lab: inference pauses training, batch norm answers differently in the two modes', async () => {
  const page = await openPage(env.browser, env.url + '#lab=normalize&normInputs=standardized', undefined, 'norm-run');
  try {
    // Start training and turn inference on in the same task: the networks do not move.
    await page.evaluate(() => {
      document.querySelector('[data-testid="norm-run"]').click();
      document.querySelector('[data-testid="inference"]').click();
    });
    await byId(page, 'query-infer-batch').waitFor();
    await sleep(500);
    assert.equal(await normEpoch(page), 0, 'locked: no epoch trained');
    assert.ok(await byId(page, 'norm-run').isDisabled());
    assert.ok(await byId(page, 'scale').isDisabled(), 'settings locked');
    // By hand, untrained (γ = 1, β = 0, TensorFlow Playground's biases 0.1): in training mode
    // a point is its own batch, x̂ = 0, so both hidden layers output tanh(β) = 0 and the
    // output is tanh(W·0 + 0.1) = tanh(0.1) for every point.
    const a0 = await ask(page, 1, 1);
    const b0 = await ask(page, -3, 2);
    assert.ok(Math.abs(a0.batch[1] - Math.tanh(0.1)) < 1e-6, `training mode ${a0.batch[1]} = tanh(0.1)`);
    assert.equal(a0.batch[1], b0.batch[1], 'training mode: the same answer for every point (x̂ = 0)');
    assert.notEqual(a0.batch[0], a0.batch[1], 'inference: the running statistics, not the point itself');
    // Off: training resumes; on again mid-run: it stops where it is.
    await clickThenCatch(page, 'inference', 'norm-epoch', 'inference');
    assert.ok(await byId(page, 'inference').isChecked());
    await sleep(100);
    const stopped = await normEpoch(page);
    assert.ok(stopped > 0 && stopped < 100, `caught mid-run at epoch ${stopped}`);
    await sleep(600);
    assert.equal(await normEpoch(page), stopped, 'inference keeps the weights');
    const a = await ask(page, 1, 1);
    const b = await ask(page, -3, 2);
    console.log(`epoch ${stopped}: at (1, 1) ${JSON.stringify(a)}; at (−3, 2) ${JSON.stringify(b)}`);
    assert.ok(Math.abs(a.batch[0] - a.batch[1]) > 1e-3, `batch norm: inference ${a.batch[0]} vs training ${a.batch[1]}`);
    assert.equal(a.batch[1], b.batch[1], 'training mode: f(β) whatever the point');
    assert.notEqual(a.batch[0], b.batch[0], 'inference tells the points apart');
    for (const k of ['none', 'layer']) {
      assert.equal(a[k][0], a[k][1], `${k}: the same bits in both modes`);
      assert.equal(b[k][0], b[k][1], `${k}: the same bits in both modes`);
    }
    await screenshot(page, 'lab-normalize-inference-en');
    await byId(page, 'inference').uncheck();
    await until(async () => (await normEpoch(page)) > stopped, { timeout: 30_000, what: 'resumed again' });
    assert.equal(await byId(page, 'query-infer-batch').count(), 0, 'the answers go with inference');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('overfitting lab: with dropout the modes differ; a click on the picture asks that x', async () => {
  const page = await openPage(env.browser, env.url + '#lab=overfit&dropout=0.3&epochs=400', undefined, 'scrubber');
  try {
    await clickThenCatch(page, 'play', 'epoch', 'inference');
    await sleep(100);
    const epoch = await byId(page, 'epoch').textContent();
    assert.ok(Number(epoch) > 0 && Number(epoch) < 400, `caught mid-run at epoch ${epoch}`);
    await sleep(600);
    assert.equal(await byId(page, 'epoch').textContent(), epoch, 'training paused');
    assert.ok(await byId(page, 'play').isDisabled());
    assert.equal(await byId(page, 'play').getAttribute('data-status'), 'paused', 'the button says the run is held');
    assert.ok(await byId(page, 'dropout').isDisabled(), 'settings locked');
    // Click the picture three quarters of the way across: x ≈ −6 + 0.75·12 = 3 (within the padding).
    const box = await byId(page, 'model-curve').boundingBox();
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await until(async () => Math.abs(Number(await byId(page, 'query-x1').inputValue()) - 3) < 0.6, { what: 'clicked x' });
    const inf = await value(page, 'query-infer-output');
    const train = await value(page, 'query-train-output');
    console.log(`dropout 0.3, epoch ${epoch}, x = ${await byId(page, 'query-x1').inputValue()}: inference ${inf}, training ${train}`);
    assert.ok(Number.isFinite(inf) && Number.isFinite(train));
    assert.notEqual(inf, train, 'dropout thins the training-mode network');
    await setInputValue(page, 'query-x1', '-2');
    await until(async () => (await value(page, 'query-infer-output')) !== inf, { what: 'typed x asked' });
    await screenshot(page, 'lab-overfit-inference-en');
    await byId(page, 'inference').uncheck();
    await until(async () => (await byId(page, 'epoch').textContent()) !== epoch, { what: 'resumed' });
    assert.match(await byId(page, 'play').getAttribute('data-status'), /^(running|done)$/, 'running again');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
  const plain = await openPage(env.browser, env.url + '#lab=overfit&dropout=0', undefined, 'scrubber');
  try {
    await byId(plain, 'inference').check();
    await byId(plain, 'query-infer-output').waitFor();
    assert.equal(await value(plain, 'query-infer-output'), await value(plain, 'query-train-output'),
      'no dropout: the same bits');
  } finally {
    await plain.context().close();
  }
});

test('inference in the labs: Japanese and phone screenshots', async () => {
  for (const [hash, ready, name] of [['#lab=normalize', 'norm-run', 'lab-normalize-inference'],
    ['#lab=overfit&dropout=0.3', 'scrubber', 'lab-overfit-inference']]) {
    for (const [lang, viewport, suffix] of [['ja', undefined, 'ja'], ['ja', PHONE, 'phone-ja'], ['en', PHONE, 'phone-en']]) {
      const page = await openPage(env.browser, env.url + hash, viewport, ready);
      try {
        await page.evaluate((l) => localStorage.setItem('neurite.lang', l), lang);
        await page.reload();
        await byId(page, 'inference').check();
        await byId(page, 'query-panel').scrollIntoViewIfNeeded();
        await screenshot(page, `${name}-${suffix}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.context().close();
      }
    }
  }
});
