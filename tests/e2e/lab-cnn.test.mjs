// The CNN lab (#lab=cnn): the CNN trains live on the 8×8 digits to ≥ 0.95 validation
// accuracy within 20 s, beside a dense network; the confusion counts add up to the
// validation size and a cell lists its images; a drawn vertical stroke reads as 1; the link
// reopens the same trained numbers (by training the same seed again); the page keeps
// drawing frames while it trains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'train');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));

/** Presses Train and waits for the budget to be trained; returns the seconds it took. */
async function train(page) {
  await until(async () => (await byId(page, 'train').getAttribute('data-status')) !== null, { what: 'the session' });
  const t0 = Date.now();
  await byId(page, 'train').click();
  await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
  return (Date.now() - t0) / 1000;
}

test('the CNN learns the 8×8 digits within 20 s, beside a dense network, and keeps drawing', async () => {
  const page = await openLab('#lab=cnn');
  try {
    // Count animation frames while it trains: the page must keep drawing.
    await page.evaluate(() => {
      window.__frames = 0;
      const tick = () => { window.__frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const seconds = await train(page);
    const frames = await page.evaluate(() => window.__frames);
    const acc = await value(page, 'val-accuracy');
    const dense = await value(page, 'dense-val-accuracy');
    assert.ok(acc >= 0.95, `CNN validation accuracy ${acc}`);
    assert.ok(dense > 0.5 && dense <= 1, `dense ${dense}`);
    assert.ok(frames >= seconds * 20, `${frames} frames in ${seconds.toFixed(1)} s of training`);
    for (const id of ['shifted-accuracy', 'dense-shifted-accuracy']) {
      const v = await value(page, id);
      assert.ok(v >= 0 && v <= 1, `${id} ${v}`);
    }
    let total = 0;
    let right = 0;
    for (let t = 0; t < 10; t++) {
      for (let p = 0; p < 10; p++) {
        const n = Number(await byId(page, `confusion-${t}-${p}`).textContent());
        total += n;
        if (t === p) right += n;
      }
    }
    const validation = Number(await byId(page, 'split').getAttribute('data-validation'));
    assert.equal(validation, 359, '20% of the 1,797 digits, rounded');
    assert.equal(total, validation, 'the confusion counts add up to the validation digits');
    assert.ok(Math.abs(right / total - acc) < 1e-9, 'its diagonal is the accuracy');
    // A mistake's cell lists exactly its images.
    for (let t = 0; t < 10; t++) {
      for (let p = 0; p < 10; p++) {
        const n = Number(await byId(page, `confusion-${t}-${p}`).textContent());
        if (t !== p && n > 0) {
          await byId(page, `confusion-${t}-${p}`).click();
          await until(async () => (await byId(page, 'confusion-images').locator('canvas').count()) === n, { what: 'the images' });
          t = p = 10;
        }
      }
    }
    let probs = 0;
    for (let k = 0; k < 10; k++) probs += Number(await byId(page, `prob-${k}`).textContent());
    assert.ok(Math.abs(probs - 1) < 0.01, `probabilities add to 1 (${probs})`);
    assert.match(await byId(page, 'lab-share-link').inputValue(), /&trained=15$/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a drawn vertical stroke is read as 1, and clear empties the pad', async () => {
  const page = await openLab('#lab=cnn');
  try {
    await train(page);
    await byId(page, 'draw').click();
    const pad = await byId(page, 'pad').boundingBox();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
    await page.mouse.down();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.85, { steps: 12 });
    await page.mouse.up();
    assert.ok(await byId(page, 'pad').locator('canvas').count() === 1);
    await until(async () => (await byId(page, 'prediction').textContent()) === '1', { what: 'the prediction 1' });
    assert.ok(Number(await byId(page, 'prob-1').textContent()) > 0.5);
    await byId(page, 'clear').click();
    const inked = () => byId(page, 'pad').locator('canvas').evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 250) dark++;
      return dark;
    });
    await until(async () => (await inked()) === 0, { what: 'a blank pad' });
  } finally {
    await page.context().close();
  }
});

test('a trained link reopens the same network: the same accuracy and probabilities', async () => {
  const page = await openLab('#lab=cnn&epochs=4&seed=7');
  try {
    await train(page);
    const url = await byId(page, 'lab-share-link').inputValue();
    assert.match(url, /&seed=7&trained=4$/);
    const acc = await value(page, 'val-accuracy');
    const probs = await byId(page, 'prob-3').textContent();
    const again = await openLab(url.slice(url.indexOf('#')));
    try {
      await again.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
      assert.equal(await value(again, 'val-accuracy'), acc);
      assert.equal(await byId(again, 'prob-3').textContent(), probs);
    } finally {
      await again.context().close();
    }
    // A bad link names its key and opens the defaults.
    const bad = await openPage(env.browser, `${env.url}#lab=cnn&kernel=4`, undefined, 'error-message');
    try {
      assert.match(await byId(bad, 'error-message').textContent(), /kernel/);
    } finally {
      await bad.context().close();
    }
  } finally {
    await page.context().close();
  }
});

test('screenshots: English, Japanese and a phone, trained', async () => {
  await labScreenshots(env, `${env.url}#lab=cnn&epochs=3`, 'lab-cnn', 'train', async (page) => {
    await page.locator('[data-testid="train"][data-status]').waitFor();
    await byId(page, 'train').click();
    await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
  });
});
