// End-to-end tests of the core playground flows in headless Chromium against dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openPage, byId, textNumber, canvasPixels, setInputValue,
  screenshot, until,
} from './harness.mjs';

const env = useBrowser();

async function play(page, minEpochs) {
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= minEpochs, {
    timeout: 60_000,
    what: `epoch ≥ ${minEpochs}`,
  });
  await byId(page, 'play').click();
  // Let the pause settle, then read a stable epoch.
  let last = -1;
  await until(async () => {
    const now = await textNumber(page, 'epoch');
    const stable = now === last;
    last = now;
    return stable;
  }, { interval: 300, what: 'training to pause' });
}

test('loads without console errors and shows the default playground', async () => {
  const page = await openPage(env.browser, env.url);
  assert.equal(await textNumber(page, 'epoch'), 0);
  assert.ok(Number.isFinite(await textNumber(page, 'loss-train')), 'train loss is a number');
  await byId(page, 'neuron-1-0').waitFor();
  await byId(page, 'output-heatmap').waitFor();
  await screenshot(page, '01-default');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('play advances epochs and the training loss falls', async () => {
  const page = await openPage(env.browser, env.url);
  const before = await textNumber(page, 'loss-train');
  await play(page, 30);
  const epoch = await textNumber(page, 'epoch');
  const afterLoss = await textNumber(page, 'loss-train');
  assert.ok(epoch >= 30, `epoch ${epoch}`);
  assert.ok(afterLoss < before, `train loss ${before} → ${afterLoss}`);
  await screenshot(page, '02-trained');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('step advances exactly one epoch; reset returns to the same start', async () => {
  const page = await openPage(env.browser, env.url);
  const start = await textNumber(page, 'loss-train');
  const startPixels = await canvasPixels(page);
  await byId(page, 'step').click();
  await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
  await byId(page, 'reset').click();
  await until(async () => (await textNumber(page, 'epoch')) === 0, { what: 'epoch 0' });
  assert.equal(await textNumber(page, 'loss-train'), start);
  assert.deepEqual(await canvasPixels(page), startPixels);
  await page.context().close();
});

test('dragging a weight slider repaints the output heatmap', async () => {
  const page = await openPage(env.browser, env.url);
  const before = await canvasPixels(page);
  await byId(page, 'link-1-0-0').click({ force: true });
  const slider = byId(page, 'weight-slider');
  await slider.waitFor();
  const min = Number(await slider.getAttribute('min'));
  await setInputValue(page, 'weight-slider', min);
  await until(async () => (await canvasPixels(page)).hash !== before.hash, {
    what: 'output heatmap to change',
  });
  await screenshot(page, '03-weight-slider');
  // The keyboard moves the slider too.
  const mid = await canvasPixels(page);
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await until(async () => (await canvasPixels(page)).hash !== mid.hash, {
    what: 'keyboard slider to repaint',
  });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('removing a link changes the output', async () => {
  const page = await openPage(env.browser, env.url);
  const before = await canvasPixels(page);
  await byId(page, 'link-1-0-0').click({ force: true });
  await byId(page, 'remove-link').click();
  await until(async () => (await canvasPixels(page)).hash !== before.hash, {
    what: 'output heatmap to change after removing a link',
  });
  await screenshot(page, '04-link-removed');
  await page.context().close();
});

test('a copied link with weights restores the same losses and pixels', async () => {
  const page = await openPage(env.browser, env.url);
  await play(page, 20);
  // Nudge a weight and cut a link so the state is not reproducible from settings alone.
  await byId(page, 'link-1-1-0').click({ force: true });
  await setInputValue(page, 'weight-slider', 1.2345);
  await byId(page, 'link-1-0-1').click({ force: true });
  await byId(page, 'remove-link').click();
  await byId(page, 'share-weights').check();
  await byId(page, 'share').click();
  const link = await byId(page, 'share-link').inputValue();
  assert.match(link, /#/);
  const losses = {
    epoch: await textNumber(page, 'epoch'),
    train: await textNumber(page, 'loss-train'),
    test: await textNumber(page, 'loss-test'),
  };
  const pixels = await canvasPixels(page);
  const page2 = await openPage(env.browser, link);
  assert.equal(await textNumber(page2, 'epoch'), losses.epoch);
  assert.equal(await textNumber(page2, 'loss-train'), losses.train);
  assert.equal(await textNumber(page2, 'loss-test'), losses.test);
  assert.deepEqual(await canvasPixels(page2), pixels);
  assert.ok(await byId(page2, 'share-weights').isChecked(), 'a weights link re-shares weights');
  await screenshot(page2, '05-restored-from-link');
  assert.deepEqual(page2.errors, []);
  await page.context().close();
  await page2.context().close();
});

test('a TensorFlow Playground link opens with its settings', async () => {
  const tfp =
    '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.1' +
    '&regularizationRate=0&noise=0&networkShape=3&seed=0.12345&showTestData=false' +
    '&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false' +
    '&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false' +
    '&problem=classification&initZero=false&hideText=false';
  const page = await openPage(env.browser, env.url + tfp);
  assert.equal(Number(await byId(page, 'learning-rate').inputValue()), 0.1);
  for (let i = 0; i < 3; i++) await byId(page, `neuron-1-${i}`).waitFor();
  assert.equal(await byId(page, 'neuron-1-3').count(), 0, 'exactly three hidden neurons');
  assert.equal(await byId(page, 'neuron-0-2').count(), 0, 'only x1 and x2 as inputs');
  assert.equal(await byId(page, 'error-message').count(), 0);
  await screenshot(page, '06-tfp-link');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a garbage link shows a specific error and the default playground', async () => {
  const page = await openPage(env.browser, env.url + '#w=%%%not-base64&networkShape=9999999');
  const message = byId(page, 'error-message');
  await message.waitFor();
  assert.ok((await message.textContent()).trim().length > 10, 'the error says something');
  await byId(page, 'neuron-1-0').waitFor();
  assert.equal(await textNumber(page, 'epoch'), 0);
  await screenshot(page, '07-garbage-link');
  await page.context().close();
});

test('a huge learning rate pauses training with a divergence message', async () => {
  const page = await openPage(
    env.browser,
    env.url + '#problem=regression&regDataset=reg-plane&activation=linear&networkShape=4,4&learningRate=0.01',
  );
  await setInputValue(page, 'learning-rate', 1000);
  await byId(page, 'play').click();
  const message = byId(page, 'error-message');
  await message.waitFor({ timeout: 30_000 });
  const text = (await message.textContent()).toLowerCase();
  assert.match(text, /learning rate|学習率/);
  const epoch = await textNumber(page, 'epoch');
  await new Promise((ok) => setTimeout(ok, 600));
  assert.equal(await textNumber(page, 'epoch'), epoch, 'training paused');
  assert.ok(Number.isFinite(await textNumber(page, 'loss-train')), 'weights restored to finite');
  await screenshot(page, '08-diverged');
  await page.context().close();
});
