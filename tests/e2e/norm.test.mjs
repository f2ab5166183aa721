// Normalization in the playground: the per-layer select puts batch norm on a hidden layer,
// training runs, the share link carries it (norm=… and, with weights, γ/β and the running
// statistics), and reopening the link restores the same losses, heatmap and select.
// Screenshots (target/screenshots/norm-*.png) in English and Japanese, desktop and phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, withPage, byId, screenshot, until, textNumber, canvasPixels, LOSS_TEXT,
} from './harness.mjs';

const env = useBrowser();
const PHONE = { width: 390, height: 844 };

async function shoot(page, name) {
  for (const [vp, size] of [['desktop', { width: 1400, height: 950 }], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    for (const lang of ['en', 'ja']) {
      const now = await page.evaluate(() => document.documentElement.lang);
      if (now !== lang) await byId(page, 'lang').click();
      await until(async () => (await page.evaluate(() => document.documentElement.lang)) === lang);
      await screenshot(page, `norm-${name}-${vp}-${lang}`);
    }
  }
  await page.setViewportSize({ width: 1400, height: 950 });
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await byId(page, 'lang').click();
}

test('batch norm on a layer trains, travels in the link and reopens with the same losses', async () => {
  const saved = await withPage(env, env.url, async (page) => {
    const select = byId(page, 'layer-norm-1');
    assert.equal(await select.inputValue(), 'none');
    assert.deepEqual(await select.locator('option').allTextContents(), ['no norm', 'batch norm', 'layer norm']);
    await select.selectOption('batch');
    await until(async () => (await byId(page, 'layer-norm-1').inputValue()) === 'batch', { what: 'batch norm selected' });
    assert.equal(await byId(page, 'layer-norm-2').inputValue(), 'none');
    for (let e = 1; e <= 3; e++) {
      await byId(page, 'step').click();
      await until(async () => (await textNumber(page, 'epoch')) === e, { what: `epoch ${e}` });
    }
    await byId(page, 'share-weights').check();
    await byId(page, 'share').click();
    const link = await byId(page, 'share-link').inputValue();
    assert.match(link, /[#&]norm=batch,none(&|$)/, link);
    assert.match(link, /&w=[A-Za-z0-9_-]+$/, 'weights, γ/β and running statistics travel in w=');
    await shoot(page, 'trained');
    await byId(page, 'lang').click();
    await until(async () => (await page.evaluate(() => document.documentElement.lang)) === 'ja');
    const ja = await byId(page, 'layer-norm-1').locator('option').allTextContents();
    assert.deepEqual(ja, ['正規化なし', 'バッチ正規化', 'レイヤー正規化']);
    await byId(page, 'lang').click();
    assert.deepEqual(page.errors, []);
    return {
      link,
      train: (await byId(page, 'loss-train').textContent()).trim(),
      test: (await byId(page, 'loss-test').textContent()).trim(),
      pixels: await canvasPixels(page),
    };
  });
  assert.match(saved.train, LOSS_TEXT);
  await withPage(env, saved.link, async (page) => {
    assert.equal(await textNumber(page, 'epoch'), 3);
    assert.equal(await byId(page, 'layer-norm-1').inputValue(), 'batch');
    assert.equal((await byId(page, 'loss-train').textContent()).trim(), saved.train);
    assert.equal((await byId(page, 'loss-test').textContent()).trim(), saved.test);
    assert.deepEqual(await canvasPixels(page), saved.pixels, 'the same heatmap');
    assert.equal(await byId(page, 'error-message').count(), 0);
    // Layer norm on the second layer, then more training: still finite losses.
    await byId(page, 'layer-norm-2').selectOption('layer');
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1 after the rebuild' });
    assert.match((await byId(page, 'loss-train').textContent()).trim(), LOSS_TEXT);
    assert.deepEqual(page.errors, []);
  });
});
