// The convolution lab (#lab=conv): the window's written-out Σ equals the feature map's value
// from the engine; the output size follows ⌊(H − k + 2p)/s⌋ + 1; a vertical-edge filter on a
// vertical bar is strongest along the bar's edges; max pooling keeps each window's maximum
// and routes the gradient to it alone; a shift changes the pooled summary less; the digits
// load on first use (with a retry when they cannot), drawing works, links reopen the state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'map-value');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));
const link = (page) => byId(page, 'lab-share-link').inputValue();

/** Sets a field and waits until the lab's link carries `key=value`. */
async function set(page, id, v, key = id) {
  await setInputValue(page, id, v);
  await until(async () => (await link(page)).includes(`&${key}=${v}`), { what: `${key} = ${v}` });
}

/** Moves the window to (row, col). */
async function moveTo(page, row, col) {
  await set(page, 'pos-row', row, 'row');
  await set(page, 'pos-col', col, 'col');
}

test('the window Σ equals the map value at several positions, for several (k, s, p)', async () => {
  const page = await openLab('#lab=conv&image=cross');
  try {
    for (const [size, stride, pad] of [[3, 1, 0], [5, 2, 2], [3, 3, 1]]) {
      await set(page, 'kernel-size', size, 'size');
      await set(page, 'stride', stride);
      await set(page, 'padding', pad, 'pad');
      const side = Math.floor((16 - size + 2 * pad) / stride) + 1;
      assert.equal(Number(await byId(page, 'out-height').textContent()), side, `k${size} s${stride} p${pad}`);
      assert.equal(Number(await byId(page, 'out-width').textContent()), side);
      for (const [r, c] of [[0, 0], [Math.floor(side / 2), 1], [side - 1, side - 1]]) {
        await moveTo(page, r, c);
        const sum = await value(page, 'window-sum');
        const map = await value(page, 'map-value');
        assert.ok(Math.abs(sum - map) < 1e-4, `(${r}, ${c}): Σ ${sum} vs map ${map}`);
      }
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a vertical-edge filter on a vertical bar is largest along its edges and 0 elsewhere', async () => {
  const page = await openLab('#lab=conv&image=bar&filters=1&k0=edge-vertical');
  try {
    // The bar covers image columns 6…9; the 3×3 map column c sees image columns c…c+2.
    const row = [];
    for (let c = 0; c < 14; c++) {
      await moveTo(page, 7, c);
      row.push(await value(page, 'map-value'));
    }
    const peak = Math.max(...row.map(Math.abs));
    const edges = [4, 5, 8, 9];
    assert.ok(peak > 0);
    for (let c = 0; c < 14; c++) {
      if (edges.includes(c)) assert.equal(Math.abs(row[c]), peak, `column ${c} is on an edge: ${row}`);
      else assert.equal(row[c], 0, `column ${c} is flat: ${row}`);
    }
    assert.ok(row[4] < 0 && row[9] > 0, 'dark-to-bright and bright-to-dark have opposite signs');
  } finally {
    await page.context().close();
  }
});

test('max pooling keeps the window maximum and routes the gradient to it alone; average splits it', async () => {
  const page = await openLab('#lab=conv&image=cross&filters=1&k0=blur');
  try {
    await moveTo(page, 6, 6);
    const windowValues = async () => (await byId(page, 'pool-window').locator('span').allTextContents()).map(Number);
    const routed = async () => (await byId(page, 'routed').locator('span').allTextContents()).map(Number);
    for (const size of [2, 3]) {
      await set(page, 'pool-size', size, 'pool_size');
      const values = await windowValues();
      assert.equal(values.length, size * size);
      assert.ok(Math.abs(await value(page, 'pooled-value') - Math.max(...values)) < 1e-3);
      const grads = await routed();
      assert.equal(grads.filter((g) => g === 1).length, 1, `one winner: ${grads}`);
      assert.equal(grads.filter((g) => g === 0).length, size * size - 1);
    }
    await set(page, 'pool-kind', 'avg', 'pool');
    const values = await windowValues();
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    assert.ok(Math.abs(await value(page, 'pooled-value') - mean) < 1e-3);
    for (const g of await routed()) assert.ok(Math.abs(g - 1 / 9) < 1e-6, `an even share: ${g}`);
  } finally {
    await page.context().close();
  }
});

test('moving a digit by a pixel changes the max-pooled summary less than the feature map', async () => {
  const page = await openLab('#lab=conv&filters=1&k0=edge-vertical&relu=true');
  try {
    assert.match(await byId(page, 'data-source').textContent(), /CC BY 4\.0/);
    for (const digit of [0, 1, 2]) {
      await set(page, 'digit-index', digit, 'digit');
      const map = await value(page, 'map-change');
      const pooled = await value(page, 'pooled-change');
      assert.ok(pooled < map, `digit ${digit}: pooled ${pooled} vs map ${map}`);
      assert.ok(Number(await byId(page, 'pooled-changed').textContent()) <= 9);
    }
    await set(page, 'shift', 0);
    assert.equal(await value(page, 'map-change'), 0);
    assert.equal(Number(await byId(page, 'pooled-changed').textContent()), 0);
  } finally {
    await page.context().close();
  }
});

test('an edited kernel and a drawing travel in the link and reopen with the same numbers', async () => {
  const page = await openLab('#lab=conv&image=drawn');
  try {
    assert.equal(await byId(page, 'blank-drawing').count(), 1);
    const pad = await byId(page, 'draw-pad').boundingBox();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
    await page.mouse.down();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.85, { steps: 8 });
    await page.mouse.up();
    await until(async () => (await link(page)).includes('&drawn='), { what: 'the drawing in the link' });
    await setInputValue(page, 'kernel-1-1', 3);
    await until(async () => (await link(page)).includes('&k0=1,0,-1,2,3,-2,1,0,-1&'), { what: 'the edited kernel' });
    await until(async () => (await byId(page, 'kernel-preset').inputValue()) === 'custom', { what: 'a custom kernel' });
    await moveTo(page, 7, 6);
    const before = await value(page, 'map-value');
    assert.notEqual(before, 0);
    const url = await link(page);
    const again = await openLab(url.slice(url.indexOf('#')));
    try {
      assert.equal(await value(again, 'map-value'), before);
      assert.equal(await link(again), url);
    } finally {
      await again.context().close();
    }
    await byId(page, 'clear-drawing').click();
    await until(async () => !(await link(page)).includes('&drawn='), { what: 'the drawing cleared' });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a broken link says which key, and digits that fail to load offer a retry', async () => {
  const broken = await openPage(env.browser, `${env.url}#lab=conv&image=bar&stride=9`, undefined, 'error-message');
  try {
    assert.match(await byId(broken, 'error-message').textContent(), /stride/);
    assert.equal(await byId(broken, 'stride').inputValue(), '1', 'the defaults instead');
  } finally {
    await broken.context().close();
  }
  const page = await openLab('#lab=conv&image=bar');
  try {
    await page.context().route('**/data/**', (route) => route.abort('internetdisconnected'));
    await set(page, 'image', 'digit');
    await byId(page, 'data-error').waitFor();
    await page.context().unroute('**/data/**');
    await byId(page, 'data-retry').click();
    await byId(page, 'data-source').waitFor();
    assert.ok(Number.isFinite(await value(page, 'map-value')));
  } finally {
    await page.context().close();
  }
});

test('screenshots: English, Japanese and a phone', async () => {
  await labScreenshots(env, `${env.url}#lab=conv`, 'lab-conv', 'map-value');
  await labScreenshots(env, `${env.url}#lab=conv&image=bar&size=5&filters=3&pad=2&relu=true`, 'lab-conv-bar', 'map-value');
});
