// End-to-end tests of the core playground flows in headless Chromium against dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, withPage, byId, textNumber, canvasPixels, setInputValue,
  screenshot, until, settledEpoch, LOSS_TEXT,
} from './harness.mjs';

const env = useBrowser();

/** The default playground: TFP's 2 inputs, hidden layers of 4 and 2, one output. */
const DEFAULT_NEURONS = [
  'neuron-0-0', 'neuron-0-1',
  'neuron-1-0', 'neuron-1-1', 'neuron-1-2', 'neuron-1-3',
  'neuron-2-0', 'neuron-2-1',
  'neuron-3-0',
];

const neuronIds = (page) =>
  page.locator('[data-testid^="neuron-"]').evaluateAll((els) => els.map((e) => e.dataset.testid));

/** The broken-link banner around the engine's reason. */
const brokenLink = (why) =>
  `This link could not be opened (${why}). The default playground is shown instead.`;

async function play(page, minEpochs) {
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= minEpochs, {
    timeout: 60_000,
    what: `epoch ≥ ${minEpochs}`,
  });
  await byId(page, 'play').click();
  await settledEpoch(page);
}

test('loads without console errors and shows the default playground', async () => {
  await withPage(env, env.url, async (page) => {
    assert.equal(await textNumber(page, 'epoch'), 0);
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    await byId(page, 'output-heatmap').waitFor();
    assert.deepEqual(await neuronIds(page), DEFAULT_NEURONS);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await byId(page, 'error-message').count(), 0);
    await screenshot(page, '01-default');
    assert.deepEqual(page.errors, []);
  });
});

test('play advances epochs and the training loss falls', async () => {
  await withPage(env, env.url, async (page) => {
    const before = await textNumber(page, 'loss-train');
    await play(page, 30);
    const epoch = await textNumber(page, 'epoch');
    const afterLoss = await textNumber(page, 'loss-train');
    assert.ok(epoch >= 30, `epoch ${epoch}`);
    assert.ok(afterLoss < before, `train loss ${before} → ${afterLoss}`);
    await screenshot(page, '02-trained');
    assert.deepEqual(page.errors, []);
  });
});

test('step advances exactly one epoch; reset returns to the same start', async () => {
  await withPage(env, env.url, async (page) => {
    const start = await textNumber(page, 'loss-train');
    const startPixels = await canvasPixels(page);
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    await byId(page, 'reset').click();
    await until(async () => (await textNumber(page, 'epoch')) === 0, { what: 'epoch 0' });
    assert.equal(await textNumber(page, 'loss-train'), start);
    assert.deepEqual(await canvasPixels(page), startPixels);
  });
});

test('dragging a weight slider repaints the output heatmap', async () => {
  await withPage(env, env.url, async (page) => {
    const before = await canvasPixels(page);
    const link = byId(page, 'link-1-0-0');
    await link.click({ force: true });
    const slider = byId(page, 'weight-slider');
    await slider.waitFor();
    const min = Number(await slider.getAttribute('min'));
    const step = Number(await slider.getAttribute('step'));
    await setInputValue(page, 'weight-slider', min);
    await until(async () => (await canvasPixels(page)).hash !== before.hash, {
      what: 'output heatmap to change',
    });
    assert.equal(Number(await link.getAttribute('data-weight')), min, 'the weight is the slider');
    await screenshot(page, '03-weight-slider');
    // The keyboard moves the slider too: 20 steps right of the minimum.
    const mid = await canvasPixels(page);
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await until(async () => (await canvasPixels(page)).hash !== mid.hash, {
      what: 'keyboard slider to repaint',
    });
    const moved = Number((min + 20 * step).toFixed(6));
    assert.equal(Number(await slider.inputValue()), moved);
    await until(async () => Number(await link.getAttribute('data-weight')) === moved, {
      what: `weight ${moved}`,
    });
    assert.deepEqual(page.errors, []);
  });
});

test('removing a link changes the output', async () => {
  await withPage(env, env.url, async (page) => {
    const before = await canvasPixels(page);
    const link = byId(page, 'link-1-0-0');
    assert.equal(await link.getAttribute('data-enabled'), 'true');
    await link.click({ force: true });
    await byId(page, 'remove-link').click();
    await until(async () => (await canvasPixels(page)).hash !== before.hash, {
      what: 'output heatmap to change after removing a link',
    });
    assert.equal(await link.getAttribute('data-enabled'), 'false');
    assert.equal(await link.getAttribute('data-weight'), '0');
    await screenshot(page, '04-link-removed');
  });
});

test('a copied link with weights restores the same losses and pixels', async () => {
  const saved = await withPage(env, env.url, async (page) => {
    await play(page, 20);
    // Nudge a weight and cut a link so the state is not reproducible from settings alone.
    await byId(page, 'link-1-1-0').click({ force: true });
    await setInputValue(page, 'weight-slider', 1.2345);
    await byId(page, 'link-1-0-1').click({ force: true });
    await byId(page, 'remove-link').click();
    await byId(page, 'share-weights').check();
    await byId(page, 'share').click();
    const link = await byId(page, 'share-link').inputValue();
    assert.ok(link.startsWith(`${env.url}#`), `a link to this page: ${link}`);
    assert.match(link, /&w=[A-Za-z0-9_-]+$/, 'the weights travel in w=');
    return {
      link,
      epoch: await textNumber(page, 'epoch'),
      train: await textNumber(page, 'loss-train'),
      test: await textNumber(page, 'loss-test'),
      pixels: await canvasPixels(page),
      weight: await byId(page, 'link-1-1-0').getAttribute('data-weight'),
    };
  });
  await withPage(env, saved.link, async (page) => {
    assert.equal(await textNumber(page, 'epoch'), saved.epoch);
    assert.equal(await textNumber(page, 'loss-train'), saved.train);
    assert.equal(await textNumber(page, 'loss-test'), saved.test);
    assert.deepEqual(await canvasPixels(page), saved.pixels);
    assert.equal(await byId(page, 'link-1-1-0').getAttribute('data-weight'), saved.weight);
    assert.equal(await byId(page, 'link-1-0-1').getAttribute('data-enabled'), 'false');
    assert.equal(await byId(page, 'share-weights').isChecked(), true, 'a weights link re-shares weights');
    assert.equal(await byId(page, 'error-message').count(), 0);
    await screenshot(page, '05-restored-from-link');
    assert.deepEqual(page.errors, []);
  });
});

test('a TensorFlow Playground link opens with its settings', async () => {
  const tfp =
    '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.1' +
    '&regularizationRate=0&noise=0&networkShape=3&seed=0.12345&showTestData=false' +
    '&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false' +
    '&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false' +
    '&problem=classification&initZero=false&hideText=false';
  await withPage(env, env.url + tfp, async (page) => {
    assert.equal(Number(await byId(page, 'learning-rate').inputValue()), 0.1);
    // x1 and x2 as inputs, exactly three hidden neurons, one output.
    await byId(page, 'neuron-2-0').waitFor();
    assert.deepEqual(await neuronIds(page), [
      'neuron-0-0', 'neuron-0-1', 'neuron-1-0', 'neuron-1-1', 'neuron-1-2', 'neuron-2-0',
    ]);
    assert.equal(await byId(page, 'error-message').count(), 0);
    await screenshot(page, '06-tfp-link');
    assert.deepEqual(page.errors, []);
  });
});

test('a broken link names its defect and shows the default playground', async () => {
  // A hidden layer far over the width limit: the message names the layer, the limit and
  // the value.
  await withPage(env, env.url + '#networkShape=99999', async (page) => {
    const message = byId(page, 'error-message');
    await message.waitFor();
    assert.equal(
      await message.textContent(),
      brokenLink('link settings are invalid: hidden layer 1 width must be 1..=32, got 99999'),
    );
    assert.deepEqual(await neuronIds(page), DEFAULT_NEURONS);
    assert.equal(await textNumber(page, 'epoch'), 0);
    await screenshot(page, '07-broken-link-width');
  });
  // A w= blob that is not base64url: the message names the weights blob and why.
  await withPage(env, env.url + '#w=%%%not-base64', async (page) => {
    const message = byId(page, 'error-message');
    await message.waitFor();
    assert.equal(
      await message.textContent(),
      brokenLink('w (weights/points blob): not valid base64url'),
    );
    assert.deepEqual(await neuronIds(page), DEFAULT_NEURONS);
    assert.equal(await textNumber(page, 'epoch'), 0);
    await screenshot(page, '07-garbage-link');
  });
});

test('a huge learning rate pauses training with a divergence message', async () => {
  const link =
    '#problem=regression&regDataset=reg-plane&activation=linear&networkShape=4,4&learningRate=0.01';
  await withPage(env, env.url + link, async (page) => {
    await setInputValue(page, 'learning-rate', 1000);
    await byId(page, 'play').click();
    const message = byId(page, 'error-message');
    await message.waitFor({ timeout: 30_000 });
    // The first epoch diverges; the weights from its start are kept, so the counter reads 0.
    assert.match(
      await message.textContent(),
      /^Training diverged at epoch 1: .+ became (NaN|inf|-inf), so training was paused and the weights from the start of that epoch were kept\. The learning rate \(1000\) is probably too high — lower it and press Reset\.$/,
    );
    assert.equal(await byId(page, 'status').textContent(), 'Training diverged');
    assert.equal(await textNumber(page, 'epoch'), 0);
    await new Promise((ok) => setTimeout(ok, 600));
    assert.equal(await textNumber(page, 'epoch'), 0, 'training paused');
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT, 'weights restored to finite');
    await screenshot(page, '08-diverged');
  });
});
