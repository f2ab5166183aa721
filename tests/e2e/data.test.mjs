// End-to-end tests of data editing, language, autosave and keyboard shortcuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, withPage, byId, textNumber, screenshot, until, settledEpoch, LOSS_TEXT,
} from './harness.mjs';

const env = useBrowser();

const visiblePoints = (page) => page.locator('section.output svg.points circle').count();

/** The default circle: 500 points, 50 % of them training points (shown without toggles). */
const DEFAULT_POINTS = 500;
const DEFAULT_TRAINING_POINTS = 250;

async function showAllSplits(page) {
  const boxes = page.locator('section.output .toggles input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
}

test('a malformed CSV shows the line and the reason and keeps the data', async () => {
  await withPage(env, env.url, async (page) => {
    assert.equal(await visiblePoints(page), DEFAULT_TRAINING_POINTS);
    await showAllSplits(page);
    assert.equal(await visiblePoints(page), DEFAULT_POINTS);
    await byId(page, 'csv-text').fill('x1,x2,label\n1,2,a\n3,oops,b\n4,5,a\n');
    await byId(page, 'csv-apply').click();
    const error = page.locator('.csv-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'Line 3: column "x2": "oops" is not a number');
    assert.equal(await visiblePoints(page), DEFAULT_POINTS, 'the current data is kept');
    await screenshot(page, '10-csv-error');
  });
});

test('a pasted CSV with string labels becomes the dataset and trains', async () => {
  await withPage(env, env.url, async (page) => {
    const rows = ['a,b,kind'];
    for (let i = 0; i < 40; i++) {
      const x = (i % 8) - 4;
      const y = Math.floor(i / 8) - 2;
      rows.push(`${x},${y},${x * y > 0 ? 'cat' : 'dog'}`);
    }
    await byId(page, 'csv-text').fill(rows.join('\n'));
    await byId(page, 'csv-apply').click();
    const ok = page.locator('.csv-ok');
    await ok.waitFor();
    assert.equal(await ok.textContent(), 'Loaded 40 points.');
    await showAllSplits(page);
    assert.equal(await visiblePoints(page), 40, 'the CSV replaced the 500 circle points');
    await byId(page, 'play').click();
    await until(async () => (await textNumber(page, 'epoch')) >= 5, { what: 'training on CSV data' });
    await byId(page, 'play').click();
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    await screenshot(page, '11-csv-loaded');
    assert.deepEqual(page.errors, []);
  });
});

test('drawing a point adds exactly one point', async () => {
  await withPage(env, env.url, async (page) => {
    await showAllSplits(page);
    assert.equal(await visiblePoints(page), DEFAULT_POINTS);
    await page.locator('.data-editor .tools button', { hasText: '1' }).first().click();
    const plane = page.locator('section.output .plane');
    const box = await plane.boundingBox();
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.2);
    await until(async () => (await visiblePoints(page)) === DEFAULT_POINTS + 1, {
      what: `${DEFAULT_POINTS + 1} points after drawing`,
    });
    await screenshot(page, '12-drawn-point');
    assert.deepEqual(page.errors, []);
  });
});

test('the language switch shows Japanese and is remembered', async () => {
  await withPage(env, env.url, async (page) => {
    const lang = () => page.evaluate(() => document.documentElement.lang);
    assert.equal(await lang(), 'en');
    const english = await page.locator('body').innerText();
    await byId(page, 'lang').click();
    await until(async () => (await lang()) === 'ja', { what: 'lang="ja"' });
    assert.match(await page.locator('body').innerText(), /学習率/);
    assert.notEqual(await page.locator('body').innerText(), english);
    await screenshot(page, '13-japanese');
    await page.reload();
    await byId(page, 'epoch').waitFor();
    assert.equal(await lang(), 'ja');
    assert.match(await page.locator('body').innerText(), /学習率/);
  });
});

test('the last state is autosaved and restored when no link is given', async () => {
  await withPage(env, env.url, async (page) => {
    for (let i = 1; i <= 3; i++) {
      await byId(page, 'step').click();
      await until(async () => (await textNumber(page, 'epoch')) === i, { what: `epoch ${i}` });
    }
    const loss = await textNumber(page, 'loss-train');
    await new Promise((ok) => setTimeout(ok, 1500)); // the autosave is debounced
    await page.goto(env.url + '#');
    await page.goto(env.url);
    await byId(page, 'epoch').waitFor();
    await until(async () => (await textNumber(page, 'epoch')) === 3, { what: 'restored epoch 3' });
    assert.equal(await textNumber(page, 'loss-train'), loss);
  });
});

test('keyboard shortcuts: s steps, r resets, space plays and pauses', async () => {
  await withPage(env, env.url, async (page) => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1 after s' });
    await page.keyboard.press('r');
    await until(async () => (await textNumber(page, 'epoch')) === 0, { what: 'epoch 0 after r' });
    await page.keyboard.press(' ');
    await until(async () => (await textNumber(page, 'epoch')) >= 3, { what: 'playing after space' });
    await page.keyboard.press(' ');
    const paused = await settledEpoch(page);
    await new Promise((ok) => setTimeout(ok, 500));
    assert.equal(await textNumber(page, 'epoch'), paused, 'space paused');
  });
});
