// The non-linearity lab (#lab=nonlinear): a deep linear network is one matrix (checked here
// by multiplying the shown factors), it cannot learn XOR, and ReLU can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, textNumber, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const open = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'train');
const trainStatus = (page) => byId(page, 'train').getAttribute('data-status');

/** Presses train and waits for the fixed budget to finish. */
async function train(page) {
  const t0 = Date.now();
  await byId(page, 'train').click();
  await until(async () => (await trainStatus(page)) === 'done', { timeout: 15_000, what: 'training done' });
  const wall = Date.now() - t0;
  const ms = await byId(page, 'train').getAttribute('data-train-ms');
  const frames = await byId(page, 'train').getAttribute('data-frames');
  console.log(`trained in ${wall} ms wall, ${ms} ms of training work over ${frames} frames`);
  assert.ok(wall < 5000, `within a few seconds: ${wall} ms`);
}

/** A shown matrix as numbers, row by row. */
async function matrix(page, id) {
  return byId(page, id).evaluate((t) =>
    [...t.rows].map((r) => [...r.cells].map((c) => Number(c.textContent))));
}

const multiply = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));

test('a deep linear network is one matrix: W = W_L ⋯ W₁, and XOR stays unsolved', async () => {
  const page = await open('#lab=nonlinear');
  try {
    assert.equal(await byId(page, 'activation').inputValue(), 'linear');
    assert.equal(await byId(page, 'dataset').inputValue(), 'xor');
    assert.equal(await trainStatus(page), 'ready');
    await train(page);
    const n = Number(await byId(page, 'collapse').getAttribute('data-factors'));
    assert.equal(n, 5, 'four hidden layers and the output layer');
    let product = await matrix(page, 'factor-1');
    for (let k = 2; k <= n; k++) product = multiply(await matrix(page, `factor-${k}`), product);
    const shown = await matrix(page, 'collapsed-weights');
    assert.equal(shown.length, 1);
    assert.equal(shown[0].length, 2);
    for (let j = 0; j < 2; j++) {
      const err = Math.abs(product[0][j] - shown[0][j]);
      assert.ok(err <= 1e-5 * Math.max(1, Math.abs(shown[0][j])), `W[0][${j}]: ${product[0][j]} vs ${shown[0][j]}`);
    }
    await byId(page, 'collapsed-line').waitFor();
    const acc = await textNumber(page, 'test-accuracy');
    assert.ok(acc <= 0.75, `linear test accuracy near chance: ${acc}`);
    // ReLU bends the boundary: the button forgets "done", the collapse disappears.
    await setInputValue(page, 'activation', 'relu');
    await until(async () => (await trainStatus(page)) === 'ready', { what: 'a setting change resets' });
    assert.equal(await byId(page, 'collapse').count(), 0);
    await train(page);
    const relu = await textNumber(page, 'test-accuracy');
    assert.ok(relu > 0.95, `ReLU solves XOR: ${relu}`);
    assert.equal(await byId(page, 'collapsed-line').count(), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the warped grid is drawn from a 2-2-1 network, with its output line', async () => {
  const page = await open('#lab=nonlinear&dataset=circle&activation=tanh&depth=2');
  try {
    await train(page);
    assert.ok((await byId(page, 'warp-hidden').locator('circle').count()) >= 500, 'every data point mapped');
    assert.match(await byId(page, 'warp-accuracy').textContent(), /2-2-1 network/);
    await byId(page, 'warp-line').waitFor();
    assert.ok((await textNumber(page, 'test-accuracy')) > 0.9, 'tanh learns the circle');
    await setInputValue(page, 'width', 2);
    await setInputValue(page, 'depth', 1);
    await until(async () => /its own hidden layer/.test(await byId(page, 'warp-accuracy').textContent()), { what: 'own layer' });
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same settings', async () => {
  const page = await open('#lab=nonlinear');
  let page2;
  try {
    await setInputValue(page, 'dataset', 'circle');
    await setInputValue(page, 'activation', 'tanh');
    await setInputValue(page, 'depth', 3);
    await setInputValue(page, 'width', 5);
    await until(async () => /width=5/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    page2 = await open(new URL(link).hash);
    assert.equal(await byId(page2, 'dataset').inputValue(), 'circle');
    assert.equal(await byId(page2, 'activation').inputValue(), 'tanh');
    assert.equal(await byId(page2, 'depth').inputValue(), '3');
    assert.equal(await byId(page2, 'width').inputValue(), '5');
    assert.equal(await byId(page2, 'test-accuracy').textContent(), await byId(page, 'test-accuracy').textContent());
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

test('screenshots: the non-linearity lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=nonlinear', 'lab-nonlinear', 'train', train);
});
