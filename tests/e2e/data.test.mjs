// End-to-end tests of data editing, language, autosave and keyboard shortcuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openPage, byId, textNumber, screenshot, until,
} from './harness.mjs';

const env = useBrowser();

const visiblePoints = (page) => page.locator('section.output svg.points circle').count();

async function showAllSplits(page) {
  const boxes = page.locator('section.output .toggles input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
}

test('a malformed CSV shows the line and the reason and keeps the data', async () => {
  const page = await openPage(env.browser, env.url);
  await showAllSplits(page);
  const before = await visiblePoints(page);
  await byId(page, 'csv-text').fill('x1,x2,label\n1,2,a\n3,oops,b\n4,5,a\n');
  await byId(page, 'csv-apply').click();
  const error = page.locator('.csv-error');
  await error.waitFor();
  const text = await error.textContent();
  assert.match(text, /3/, `names line 3: ${text}`);
  assert.match(text, /oops/, `quotes the bad value: ${text}`);
  assert.equal(await visiblePoints(page), before, 'the current data is kept');
  await screenshot(page, '10-csv-error');
  await page.context().close();
});

test('a pasted CSV with string labels becomes the dataset and trains', async () => {
  const page = await openPage(env.browser, env.url);
  const rows = ['a,b,kind'];
  for (let i = 0; i < 40; i++) {
    const x = (i % 8) - 4;
    const y = Math.floor(i / 8) - 2;
    rows.push(`${x},${y},${x * y > 0 ? 'cat' : 'dog'}`);
  }
  await byId(page, 'csv-text').fill(rows.join('\n'));
  await byId(page, 'csv-apply').click();
  await page.locator('.csv-ok').waitFor();
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= 5, { what: 'training on CSV data' });
  await byId(page, 'play').click();
  assert.ok(Number.isFinite(await textNumber(page, 'loss-train')));
  await screenshot(page, '11-csv-loaded');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('drawing a point adds exactly one point', async () => {
  const page = await openPage(env.browser, env.url);
  await showAllSplits(page);
  const before = await visiblePoints(page);
  await page.locator('.data-editor .tools button', { hasText: '1' }).first().click();
  const plane = page.locator('section.output .plane');
  const box = await plane.boundingBox();
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.2);
  await until(async () => (await visiblePoints(page)) === before + 1, {
    what: `${before + 1} points after drawing`,
  });
  await screenshot(page, '12-drawn-point');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language switch shows Japanese and is remembered', async () => {
  const page = await openPage(env.browser, env.url);
  const english = await page.locator('body').innerText();
  await byId(page, 'lang').click();
  await until(async () => /[\u3040-\u30ff]/.test(await page.locator('body').innerText()), {
    what: 'Japanese text',
  });
  assert.notEqual(await page.locator('body').innerText(), english);
  await screenshot(page, '13-japanese');
  await page.reload();
  await byId(page, 'epoch').waitFor();
  assert.match(await page.locator('body').innerText(), /学習率/);
  await page.context().close();
});

test('the last state is autosaved and restored when no link is given', async () => {
  const page = await openPage(env.browser, env.url);
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
  await page.context().close();
});

test('keyboard shortcuts: s steps, r resets, space plays and pauses', async () => {
  const page = await openPage(env.browser, env.url);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('s');
  await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1 after s' });
  await page.keyboard.press('r');
  await until(async () => (await textNumber(page, 'epoch')) === 0, { what: 'epoch 0 after r' });
  await page.keyboard.press(' ');
  await until(async () => (await textNumber(page, 'epoch')) >= 3, { what: 'playing after space' });
  await page.keyboard.press(' ');
  const paused = await textNumber(page, 'epoch');
  await new Promise((ok) => setTimeout(ok, 500));
  assert.ok((await textNumber(page, 'epoch')) - paused <= 1, 'space paused');
  await page.context().close();
});
