// The overfitting lab (#lab=overfit): validation loss turns up after its best epoch while
// training loss keeps falling; the epoch scrubber recomputes a past epoch's loss from its
// saved weights (equal to the recorded one); Early Stopping restores the best weights;
// k-fold cross-validation gives k scores whose shown mean and sd are theirs; L2 shrinks the
// weights; the link reopens the same run. Also: how long the page's frames get while k = 10
// folds train (reported, not asserted), and screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, screenshot, until, textNumber } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const open = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'play');
const status = (page, id) => byId(page, id).getAttribute('data-status');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));
/** A score's `data-value` read back as the f32 it was written from. */
const f32 = async (page, id) => Math.fround(await value(page, id));

/** Presses play and waits until the run has spent its budget (or stopped early). */
async function trainToEnd(page, timeout = 30_000) {
  await byId(page, 'play').click();
  await until(async () => (await status(page, 'play')) === 'done', { timeout, what: 'the run to finish' });
}

/**
 * Pauses training from inside the page at the first frame whose epoch read-out reaches `n`
 * (a click from outside can land hundreds of epochs later, or after the run has ended).
 */
async function pauseAt(page, n) {
  await page.evaluate((n) => new Promise((done) => {
    const check = () => {
      if (Number(document.querySelector('[data-testid=epoch]').textContent) >= n) {
        document.querySelector('[data-testid=play]').click();
        done();
      } else requestAnimationFrame(check);
    };
    check();
  }), n);
}

/** Moves the scrubber to position `index` and waits for its read-out. */
async function scrubTo(page, index) {
  await setInputValue(page, 'scrubber', index);
  await until(async () => (await byId(page, 'scrubber').inputValue()) === String(index), { what: `scrubber at ${index}` });
  return textNumber(page, 'scrub-epoch');
}

/** Most snapshots the lab keeps at its stride (neurite_labs::overfit::MAX_SNAPSHOTS). */
const MAX_SNAPSHOTS = 128;

/** The scrubber index of `epoch` (kept epochs are multiples of the stride). */
async function indexOf(page, epoch) {
  const thinned = byId(page, 'scrub-thinned');
  const stride = (await thinned.count()) ? Number(await thinned.getAttribute('data-stride')) : 1;
  return Math.round(epoch / stride);
}

test('validation loss rises after its best epoch while training loss keeps falling', async () => {
  const page = await open('#lab=overfit');
  try {
    assert.equal(await status(page, 'play'), 'ready');
    await trainToEnd(page);
    assert.equal(await textNumber(page, 'epoch'), 800);
    const best = Number(await byId(page, 'marker-best').getAttribute('data-epoch'));
    const overfit = Number(await byId(page, 'marker-overfit').getAttribute('data-epoch'));
    assert.ok(overfit > best, `overfitting (${overfit}) after the best epoch (${best})`);
    assert.ok(best < 400, `the best validation epoch comes early: ${best}`);
    // The model near the best epoch against the final one, both recomputed from weights.
    const at = await scrubTo(page, await indexOf(page, best));
    assert.ok(Math.abs(at - best) <= 8, `scrubbed to ${at}, near ${best}`);
    const [trainThen, valThen] = [await value(page, 'scrub-loss-train'), await value(page, 'scrub-loss-val')];
    const last = Number(await byId(page, 'scrubber').getAttribute('max'));
    assert.equal(await scrubTo(page, last), 800);
    const [trainEnd, valEnd] = [await value(page, 'scrub-loss-train'), await value(page, 'scrub-loss-val')];
    assert.ok(trainEnd < trainThen, `training loss kept falling: ${trainThen} → ${trainEnd}`);
    assert.ok(valEnd > 1.3 * valThen, `validation loss rose: ${valThen} → ${valEnd}`);
    assert.equal(trainEnd, await value(page, 'loss-train'), 'the last position is the model now');
    assert.equal(valEnd, await value(page, 'loss-val'));
    assert.match(await byId(page, 'scrub-thinned').textContent(), /at most 128 snapshots/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the scrubber recomputes the loss of an epoch from its saved weights', async () => {
  const page = await open('#lab=overfit&epochs=3000');
  try {
    await byId(page, 'play').click();
    await pauseAt(page, 150);
    await until(async () => (await status(page, 'play')) === 'paused', { what: 'paused' });
    const epoch = await textNumber(page, 'epoch');
    assert.ok(epoch < 3000, `paused before the end: ${epoch}`);
    const live = await value(page, 'loss-train');
    const last = Number(await byId(page, 'scrubber').getAttribute('max'));
    assert.equal(await textNumber(page, 'scrub-epoch'), epoch, 'the scrubber follows the latest epoch');
    // The right end is the epoch training paused at: its recomputed loss is the live one.
    assert.equal(await scrubTo(page, last), epoch);
    assert.equal(await value(page, 'scrub-loss-train'), live, `epoch ${epoch}`);
    // Earlier epochs: recomputed from their snapshot, equal to the recorded history.
    for (const index of [1, 17, Math.floor(last / 2), last - 1]) {
      const e = await scrubTo(page, index);
      const recomputed = await value(page, 'scrub-loss-train');
      assert.ok(Number.isFinite(recomputed) && recomputed > 0, `${recomputed}`);
      assert.equal(recomputed, await value(page, 'scrub-loss-recorded'), `epoch ${e}`);
      assert.equal(Number(await byId(page, 'marker-scrub').getAttribute('data-epoch')), e, 'marked on the curves');
    }
    // A pinned epoch stays shown while training goes on, even once the stride doubles
    // and thins its neighbours away: pin an epoch that is not a multiple of twice the
    // stride, and train until the stride has doubled.
    const strideNow = async () => {
      const thinned = byId(page, 'scrub-thinned');
      return (await thinned.count()) ? Number(await thinned.getAttribute('data-stride')) : 1;
    };
    const before = await strideNow();
    let pinned = await scrubTo(page, last - 1);
    if (pinned % (2 * before) === 0) pinned = await scrubTo(page, last - 2);
    assert.notEqual(pinned % (2 * before), 0, `epoch ${pinned} goes when the stride doubles`);
    await byId(page, 'play').click();
    await pauseAt(page, 2 * (MAX_SNAPSHOTS + 1) * before);
    await until(async () => (await status(page, 'play')) === 'paused', { what: 'paused again' });
    assert.ok((await strideNow()) > before, 'the stride doubled');
    // Still the pinned epoch, with its own weights: the run holds it through the thinning.
    assert.equal(await textNumber(page, 'scrub-epoch'), pinned);
    assert.equal(await value(page, 'scrub-loss-train'), await value(page, 'scrub-loss-recorded'), `epoch ${pinned}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('k = 5: five fold scores, their mean and sd shown, the hold-out score and its spread', async () => {
  const page = await open('#lab=overfit&epochs=300');
  try {
    await setInputValue(page, 'kfold-k', 3);
    await until(async () => /k=3/.test(page.url()), { what: 'k in the address bar' });
    await setInputValue(page, 'kfold-k', 5);
    assert.equal(await status(page, 'kfold'), 'ready');
    assert.equal(await page.locator('[data-testid=folds-picture] circle[data-fold]').count(), 30, 'the pool in folds');
    await byId(page, 'kfold-run').click();
    await until(async () => (await status(page, 'kfold')) === 'done', { timeout: 30_000, what: 'k-fold done' });
    const scores = [];
    for (let i = 1; i <= 5; i++) scores.push(await f32(page, `fold-score-${i}`));
    assert.equal(await byId(page, 'fold-score-6').count(), 0);
    assert.ok(scores.every((s) => Number.isFinite(s) && s > 0), `${scores}`);
    const mean = scores.reduce((a, b) => a + b, 0) / 5;
    const sd = Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / 5);
    // The page sums the same f32 scores in f64 in the same order: the same mean, exactly.
    assert.equal(await value(page, 'kfold-mean'), mean);
    assert.ok(Math.abs((await value(page, 'kfold-sd')) - sd) <= 1e-9 * Math.max(sd, 1e-9), `sd ${sd}`);
    assert.equal((await byId(page, 'kfold-mean').textContent()).trim(), mean.toFixed(4));
    assert.equal((await byId(page, 'kfold-sd').textContent()).trim(), sd.toFixed(4));
    // The first hold-out score is the main run's validation loss at the end of its budget.
    const holdout = await f32(page, 'holdout-score');
    await trainToEnd(page);
    assert.equal(holdout, await f32(page, 'loss-val'));
    // Other partitions, other hold-out scores.
    await byId(page, 'holdout-rerun').click();
    await until(async () => (await status(page, 'kfold')) === 'done' && (await byId(page, 'holdout-score-5').count()) === 1,
      { timeout: 30_000, what: 'four more hold-outs' });
    const spread = [];
    for (let j = 1; j <= 5; j++) spread.push(await f32(page, `holdout-score-${j}`));
    assert.equal(spread[0], holdout);
    assert.ok(new Set(spread).size > 1, `${spread}`);
    assert.match(await byId(page, 'holdout-spread').textContent(), /^5 hold-out scores range from/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('L2 shrinks the weights and narrows the train–validation gap', async () => {
  const page = await open('#lab=overfit');
  try {
    await trainToEnd(page);
    const [w0, gap0] = [await value(page, 'mean-abs-w'), await value(page, 'gap')];
    const layer0 = Number(await byId(page, 'weight-hist-2').getAttribute('data-mean-abs'));
    await setInputValue(page, 'regularization', 'l2');
    await until(async () => (await status(page, 'play')) === 'ready', { what: 'a new run' });
    await trainToEnd(page);
    const [w1, gap1] = [await value(page, 'mean-abs-w'), await value(page, 'gap')];
    const layer1 = Number(await byId(page, 'weight-hist-2').getAttribute('data-mean-abs'));
    assert.ok(w1 < 0.8 * w0, `mean |w| ${w0} → ${w1}`);
    assert.ok(layer1 < layer0, `the middle layer's mean |w| ${layer0} → ${layer1}`);
    assert.ok(gap1 < gap0 / 2, `gap ${gap0} → ${gap1}`);
    await until(async () => /regularization=l2/.test(page.url()), { what: 'the address bar follows' });
    await screenshot(page, 'lab-overfit-l2');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same state and the same run; Early Stopping restores the best', async () => {
  const page = await open('#lab=overfit');
  let page2;
  try {
    await setInputValue(page, 'dataset', 'circle');
    await setInputValue(page, 'patience', 30);
    await setInputValue(page, 'dropout', 0.1);
    await setInputValue(page, 'kfold-k', 4);
    await until(async () => /patience=30/.test(page.url()) && /k=4/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    assert.match(link, /dataset=circle&points=60&noise=50/);
    page2 = await open(new URL(link).hash);
    for (const id of ['dataset', 'points', 'noise', 'patience', 'dropout', 'kfold-k', 'regularization']) {
      assert.equal(await byId(page2, id).inputValue(), await byId(page, id).inputValue(), id);
    }
    await trainToEnd(page);
    await trainToEnd(page2);
    for (const id of ['loss-train', 'loss-val', 'loss-test']) {
      assert.equal(await value(page2, id), await value(page, id), `${id}: the same run, bit for bit`);
    }
    const stop = byId(page, 'early-stop');
    const best = Number(await stop.getAttribute('data-best'));
    assert.equal(Number(await stop.getAttribute('data-epoch')), best + 30);
    assert.equal(await textNumber(page, 'epoch'), best + 30);
    await byId(page, 'marker-stop').waitFor();
    // The scrubber's last position is the restored model: epoch `best`'s recorded loss.
    assert.equal(await textNumber(page, 'scrub-epoch'), best);
    assert.equal(await value(page, 'scrub-loss-train'), await value(page, 'scrub-loss-recorded'));
    await byId(page, 'model-map').waitFor();
    await screenshot(page, 'lab-overfit-circle');
    assert.deepEqual([...page.errors, ...page2.errors], []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

test('k = 10 trains in well under 20 s and the page keeps drawing frames', async () => {
  const page = await open('#lab=overfit');
  try {
    await setInputValue(page, 'kfold-k', 10);
    await until(async () => /k=10/.test(page.url()), { what: 'k = 10' });
    await page.evaluate(() => {
      window.__stamps = [];
      const frame = (t) => { window.__stamps.push(t); window.__raf = requestAnimationFrame(frame); };
      window.__raf = requestAnimationFrame(frame);
    });
    const t0 = Date.now();
    await byId(page, 'kfold-run').click();
    // The page answers while the folds train: a scrubber move is applied at once.
    await until(async () => (await status(page, 'kfold')) === 'running', { what: 'running' });
    await setInputValue(page, 'scrubber', 0);
    assert.equal(await textNumber(page, 'scrub-epoch'), 0);
    await until(async () => (await status(page, 'kfold')) === 'done', { timeout: 20_000, what: 'k = 10 done within 20 s' });
    const wall = Date.now() - t0;
    const stamps = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__stamps; });
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
    const longest = gaps[gaps.length - 1];
    const over50 = gaps.filter((g) => g > 50).length;
    const work = await byId(page, 'kfold').getAttribute('data-longest-ms');
    const frames = await byId(page, 'kfold').getAttribute('data-frames');
    console.log(`k = 10: ${wall} ms wall, ${frames} frames; longest rAF gap ${longest.toFixed(1)} ms, ` +
      `median ${gaps[Math.floor(gaps.length / 2)].toFixed(1)} ms, ${over50} gaps over 50 ms; ` +
      `longest frame of training work ${work} ms`);
    for (let i = 1; i <= 10; i++) assert.ok(Number.isFinite(await value(page, `fold-score-${i}`)), `fold ${i}`);
    assert.ok(wall < 20_000);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('screenshots: the overfitting lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=overfit', 'lab-overfit', 'play', async (page) => {
    await trainToEnd(page);
    await byId(page, 'kfold-run').click();
    await until(async () => (await status(page, 'kfold')) === 'done', { timeout: 30_000, what: 'k-fold done' });
    await scrubTo(page, 30);
  });
});

test('the scrubber position is part of the link: reloading shows the same epoch and loss', async () => {
  const page = await open('#lab=overfit&epochs=300');
  let page2;
  try {
    await trainToEnd(page);
    const last = Number(await byId(page, 'scrubber').getAttribute('max'));
    const epoch = await scrubTo(page, Math.floor(last / 3));
    const loss = await value(page, 'scrub-loss-train');
    assert.ok(epoch > 0 && epoch < 300, `scrubbed to ${epoch}`);
    await until(async () => page.url().endsWith(`&scrub=${epoch}`), { what: 'the address bar follows the scrubber' });
    // Reload from the link: the run trains again (deterministic) and the scrubber holds the epoch.
    await page.reload();
    await byId(page, 'play').waitFor();
    await until(async () => (await status(page, 'play')) === 'done', { timeout: 30_000, what: 'retrained' });
    assert.equal(await textNumber(page, 'scrub-epoch'), epoch);
    assert.equal(await value(page, 'scrub-loss-train'), loss, 'the same model, bit for bit');
    assert.equal(Number(await byId(page, 'scrubber').inputValue()), Math.floor(last / 3));
    await screenshot(page, 'lab-overfit-scrub-link-en');
    // Back to the latest epoch: the key leaves the link.
    await scrubTo(page, last);
    await until(async () => !page.url().includes('scrub='), { what: 'scrub dropped' });
    // A garbage or too-large position opens the lab anyway (ignored / clamped to the budget).
    page2 = await open('#lab=overfit&epochs=300&scrub=banana');
    assert.equal(await byId(page2, 'error-message').count(), 0);
    assert.equal(await status(page2, 'play'), 'ready', 'nothing pinned: nothing trains by itself');
    await page2.context().close();
    page2 = await open('#lab=overfit&epochs=300&scrub=99999');
    await until(async () => (await status(page2, 'play')) === 'done', { timeout: 30_000, what: 'trained' });
    assert.equal(await textNumber(page2, 'scrub-epoch'), 300, 'clamped to the last epoch');
    assert.deepEqual([...page.errors, ...page2.errors], []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});
