// The learning-rate lab (#lab=descent): too large a rate diverges, too small crawls, a good
// one converges — each verdict the engine's — and three copies of one network race at
// three rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, textNumber, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const BOWL = '#lab=descent&surface=bowl&elongation=5&optimizer=sgd&x=-4&y=3';
/** The bowl ½(x² + e·y²), written out here so the test does not trust the page. */
const bowl = (x, y, e) => 0.5 * (x * x + e * y * y);

const open = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'status');
const status = (page) => byId(page, 'status').getAttribute('data-status');
const iteration = (page) => textNumber(page, 'iteration');
const loss = (page) => textNumber(page, 'loss');

/** Sets n, presses run, and waits until the steps have played (or the run finished). */
async function run(page, n) {
  await setInputValue(page, 'steps', n);
  const before = await iteration(page);
  await byId(page, 'run').click();
  await until(async () => (await status(page)) !== 'running' && (await iteration(page)) > before, {
    timeout: 10_000,
    what: `${n} steps played`,
  });
}

test('on the bowl a too-large rate (2.5, SGD) diverges, in words', async () => {
  const page = await open(`${BOWL}&learningRate=2.5&steps=50`);
  try {
    assert.equal(await status(page), 'ready');
    assert.equal(await iteration(page), 0);
    assert.equal(await loss(page), bowl(-4, 3, 5));
    await run(page, 50);
    assert.equal(await status(page), 'diverged');
    assert.ok((await iteration(page)) < 50, 'stopped when the engine declared it');
    assert.match(await byId(page, 'status').textContent(), /^Diverged at step \d+: .*smaller learning rate/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the learning rate spans 1e-5 … 100; on the parabola rate 1 lands on the minimum', async () => {
  const page = await open(`${BOWL}&learningRate=0.05&steps=10`);
  try {
    await setInputValue(page, 'learning-rate', 100);
    await until(async () => /learningRate=100(&|$)/.test(page.url()), { what: 'rate 100' });
    assert.equal(await byId(page, 'learning-rate').inputValue(), '100');
    await run(page, 10);
    assert.equal(await status(page), 'diverged');
    await setInputValue(page, 'learning-rate', 0.00001);
    await until(async () => (await iteration(page)) === 0, { what: 'rate 1e-5' });
    assert.equal(await byId(page, 'learning-rate').inputValue(), '0.00001');
    await run(page, 10);
    assert.equal(await status(page), 'ready');
    // L = ½x², so SGD is x ← (1 − rate)·x: rate 1 reaches 0 in one step, and the engine
    // confirms convergence once the next step is short.
    await setInputValue(page, 'surface', 'parabola');
    await until(async () => (await byId(page, 'start-y').count()) === 0, { what: 'one parameter' });
    await setInputValue(page, 'learning-rate', 1);
    await setInputValue(page, 'start-x', 2.5);
    await until(async () => (await loss(page)) === 0.5 * 2.5 * 2.5, { what: 'the start loss' });
    await run(page, 5);
    assert.equal(await status(page), 'converged');
    assert.equal(await byId(page, 'status').textContent(), 'Converged to the minimum in 2 steps.');
    assert.equal(await loss(page), 0);
  } finally {
    await page.context().close();
  }
});

test('a tiny rate (1e-4) is still far from the minimum after 50 steps; a good one converges', async () => {
  const page = await open(`${BOWL}&learningRate=0.0001&steps=50`);
  try {
    const start = bowl(-4, 3, 5);
    await run(page, 50);
    assert.equal(await iteration(page), 50);
    const after = await loss(page);
    assert.ok(after < start, `it moved: ${after} < ${start}`);
    assert.ok(after > 0.9 * start, `but crawled: ${after} > 0.9 · ${start}`);
    assert.notEqual(await status(page), 'converged');
    assert.equal(await status(page), 'ready', 'paused, ready for more steps');
    // A good rate: below 2/e = 0.4 for e = 5.
    await setInputValue(page, 'learning-rate', 0.3);
    await until(async () => (await iteration(page)) === 0, { what: 'a new run' });
    await run(page, 200);
    assert.equal(await status(page), 'converged');
    assert.ok((await loss(page)) <= 1e-6);
    assert.match(await byId(page, 'status').textContent(), /^Converged to the minimum in \d+ steps\.$/);
  } finally {
    await page.context().close();
  }
});

test('changing the rate, the start or the optimizer starts a new run at iteration 0', async () => {
  const page = await open(`${BOWL}&learningRate=0.05&steps=20`);
  try {
    await byId(page, 'step').click();
    await until(async () => (await iteration(page)) === 1, { what: 'one step' });
    await run(page, 20);
    assert.equal(await iteration(page), 21);
    for (const [id, value] of [['learning-rate', 0.02], ['start-x', 2], ['optimizer', 'momentum']]) {
      await run(page, 5);
      assert.ok((await iteration(page)) > 0);
      await setInputValue(page, id, value);
      await until(async () => (await iteration(page)) === 0, { what: `${id} resets` });
      assert.equal(await status(page), 'ready');
    }
    assert.equal(await loss(page), bowl(2, 3, 5));
    // Clicking the plot sets the start too: the window's centre is (0, 0) here.
    await byId(page, 'surface-plot').click({ position: await centre(page) });
    await until(async () => Math.abs(Number(await byId(page, 'start-x').inputValue())) < 0.2, { what: 'the click sets x' });
    assert.ok(Math.abs(Number(await byId(page, 'start-y').inputValue())) < 0.2);
    assert.equal(await iteration(page), 0);
  } finally {
    await page.context().close();
  }
});

async function centre(page) {
  const box = await byId(page, 'surface-plot').boundingBox();
  return { x: box.width / 2, y: box.height / 2 };
}

test('Adam and momentum runs complete; compare draws all three from one start', async () => {
  const page = await open(`${BOWL}&learningRate=0.1&steps=300&optimizer=adam`);
  try {
    for (const optimizer of ['adam', 'momentum']) {
      await setInputValue(page, 'optimizer', optimizer);
      await until(async () => (await iteration(page)) === 0, { what: optimizer });
      await run(page, 300);
      const s = await status(page);
      assert.ok(['converged', 'ready'].includes(s), `${optimizer}: ${s}`);
      assert.ok((await loss(page)) < 1e-3 * bowl(-4, 3, 5), `${optimizer} got near the minimum`);
    }
    await byId(page, 'compare').check();
    await run(page, 100);
    for (const kind of ['sgd', 'momentum', 'adam']) {
      const points = Number(await byId(page, `path-run-${kind}`).getAttribute('data-points'));
      assert.ok(points > 1, `${kind} drew a path`);
      assert.match(await byId(page, `legend-${kind}`).textContent(), /Loss/);
    }
    assert.equal(await page.locator('[data-testid=loss-chart-curve]').count(), 3);
  } finally {
    await page.context().close();
  }
});

test('1000 steps play visibly (running meanwhile) and finish within a few seconds', async () => {
  const page = await open(`${BOWL}&learningRate=0.00001&steps=1000`);
  try {
    const t0 = Date.now();
    await byId(page, 'run').click();
    await until(async () => (await status(page)) === 'running', { interval: 20, what: 'running' });
    await until(async () => (await iteration(page)) === 1000, { timeout: 10_000, what: '1000 steps' });
    const ms = Date.now() - t0;
    console.log(`1000 steps played in ${ms} ms`);
    assert.ok(ms < 5000, `${ms} ms`);
    await until(async () => (await status(page)) === 'ready', { what: 'paused' });
    assert.equal(await byId(page, 'loss-chart').getAttribute('data-log'), 'false', 'a crawl spans no decades');
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same settings', async () => {
  const page = await open('#lab=descent');
  let page2;
  try {
    await setInputValue(page, 'surface', 'rosenbrock');
    await setInputValue(page, 'learning-rate', 0.001);
    await setInputValue(page, 'optimizer', 'momentum');
    await setInputValue(page, 'start-x', -1.5);
    await setInputValue(page, 'start-y', 2);
    await setInputValue(page, 'steps', 300);
    await until(async () => /steps=300/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    page2 = await open(new URL(link).hash);
    assert.equal(await byId(page2, 'surface').inputValue(), 'rosenbrock');
    assert.equal(await byId(page2, 'learning-rate').inputValue(), '0.001');
    assert.equal(await byId(page2, 'optimizer').inputValue(), 'momentum');
    assert.equal(await byId(page2, 'start-x').inputValue(), '-1.5');
    assert.equal(await byId(page2, 'start-y').inputValue(), '2');
    assert.equal(await byId(page2, 'steps').inputValue(), '300');
    // Rosenbrock at (−1.5, 2): (1 − x)² + 100(y − x²)².
    assert.equal(await loss(page2), 2.5 ** 2 + 100 * (2 - 2.25) ** 2);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

test('three learning rates, one network: three curves, the large one diverges', async () => {
  const page = await open('#lab=descent');
  try {
    await byId(page, 'race-train').click();
    await until(async () => (await byId(page, 'race-train').getAttribute('data-status')) === 'done', {
      timeout: 20_000,
      what: 'the race to finish',
    });
    const curves = page.locator('[data-testid=race-chart-curve]');
    assert.equal(await curves.count(), 3);
    for (let i = 0; i < 3; i++) {
      assert.match(await curves.nth(i).getAttribute('d'), /^M[\d.]+,[\d.]+ L/);
    }
    const points = await curves.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-points'))));
    assert.deepEqual(points.slice(0, 2), [201, 201]);
    assert.ok(points[2] < 201, 'the too-large rate stopped early');
    assert.match(await byId(page, 'race-chart-stop').textContent(), /diverged in epoch \d+/);
    const ms = await byId(page, 'race-train').getAttribute('data-train-ms');
    const frames = await byId(page, 'race-train').getAttribute('data-frames');
    console.log(`race: ${ms} ms of training over ${frames} frames`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('screenshots: the descent lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + `${BOWL}&learningRate=0.05&steps=60`, 'lab-descent', 'status', async (page) => {
    await byId(page, 'compare').check();
    await run(page, 60);
    await byId(page, 'race-train').click();
    await until(async () => (await byId(page, 'race-train').getAttribute('data-status')) === 'done', { what: 'race' });
  });
});
