// The pictures other than the 2-D heatmap: 1-D data as (x, y) dots with the prediction as a
// curve, N-D CSV data with an explanation and a fit summary, the regression legend and the
// K-class colours. Each state is screenshotted on desktop and phone, in English and Japanese
// (target/screenshots/views-*.png), for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, SINE_LINK, openPage, byId, screenshot, setInputValue, until, textNumber,
} from './harness.mjs';


const VIEWPORTS = { desktop: { width: 1400, height: 950 }, phone: { width: 390, height: 844 } };

const env = useBrowser();

/** Trains at full speed until the epoch counter reaches `epochs`, then pauses. */
async function trainTo(page, epochs) {
  await setInputValue(page, 'speed', 1000);
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= epochs, {
    timeout: 60_000, what: `epoch ${epochs}`,
  });
  await byId(page, 'play').click();
}

/** Screenshots the page in both languages on both viewports. */
async function shootAll(page, name) {
  for (const [vp, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    for (const lang of ['en', 'ja']) {
      const now = await page.evaluate(() => document.documentElement.lang);
      if (now !== lang) await byId(page, 'lang').click();
      await until(async () => (await page.evaluate(() => document.documentElement.lang)) === lang);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `views-${name}-${vp}-${lang}`);
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await byId(page, 'lang').click();
}

function csv(rows, columns, f) {
  const lines = [columns.join(',')];
  for (let i = 0; i < rows; i++) {
    const x = columns.slice(0, -1).map((_, j) => Math.sin(i * (j + 1.3) + j) * 2);
    lines.push([...x.map((v) => v.toFixed(3)), f(x)].join(','));
  }
  return lines.join('\n');
}

async function importCsv(page, text) {
  await byId(page, 'csv-text').fill(text);
  await byId(page, 'csv-apply').click();
}

test('1-D data: dots at (x, y), the prediction and the neurons as curves, drawing adds (x, y)', async () => {
  const page = await openPage(env.browser, env.url + SINE_LINK);
  const curve = byId(page, 'output-curve');
  await curve.waitFor();
  assert.equal(await byId(page, 'output-heatmap').count(), 0, 'no heatmap bands on 1-D data');
  const vertices = await curve.locator('polyline').evaluate((p) => p.points.numberOfItems);
  assert.ok(vertices > 50, `curve has ${vertices} vertices`);
  assert.equal(await byId(page, 'neuron-1-0').locator('svg.plot polyline').count(), 1);
  const dots = page.locator('svg.points circle');
  const before = await dots.count();
  assert.ok(before >= 25, `${before} training dots`);
  // Dots spread vertically (their y is the target), not on one line.
  const ys = await dots.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
  assert.ok(Math.max(...ys) - Math.min(...ys) > 30, 'dots follow the sine vertically');

  await trainTo(page, 1500);
  const train = await textNumber(page, 'loss-train');
  const val = await textNumber(page, 'loss-val');
  assert.ok(train < val, `a big network fits the training points better (${train} vs ${val})`);
  await shootAll(page, 'sine-trained');

  // Draw a point (x, y) high on the right: a new dot appears where the pointer was.
  await page.getByRole('button', { name: /^Draw points$/ }).click();
  const box = await page.locator('.plane').boundingBox();
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.1);
  await until(async () => (await dots.count()) > before || (await page.locator('svg.points circle.val, svg.points circle.test').count()) > 0, { what: 'a drawn dot' });
  const all = await page.evaluate(() => document.querySelectorAll('svg.points circle').length);
  assert.ok(all >= before, 'drawing added a point');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('N-D regression CSV: explanation, predicted-vs-actual, histograms; training works', async () => {
  const page = await openPage(env.browser, env.url);
  await importCsv(page, csv(200, ['a', 'b', 'c', 'd', 'y'], (x) => (x[0] - x[1] * x[2] + 0.5 * x[3]).toFixed(4)));
  const note = byId(page, 'no-plane');
  await note.waitFor();
  assert.match(await note.textContent(), /4 input columns/);
  await byId(page, 'output-fit').waitFor();
  assert.equal(await byId(page, 'output-heatmap').count(), 0);
  assert.equal(await byId(page, 'neuron-1-0').locator('svg.hist rect').count() > 0, true);
  assert.ok((await byId(page, 'output-fit').locator('circle').count()) > 100);
  await trainTo(page, 100);
  assert.ok(Number.isFinite(await textNumber(page, 'loss-train')));
  await shootAll(page, 'nd-regression');
  await byId(page, 'lang').click();
  assert.match(await note.textContent(), /入力列が 4 個/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('N-D classification CSV: a confusion matrix that improves with training', async () => {
  const page = await openPage(env.browser, env.url);
  await importCsv(page, csv(240, ['a', 'b', 'c', 'label'], (x) => (x[0] + x[1] > 0 ? (x[2] > 0 ? 2 : 1) : 0)));
  await byId(page, 'output-fit').waitFor();
  const correct = async () => Number((await page.locator('.output .muted').first().textContent()).match(/^(\d+)/)[1]);
  const start = await correct();
  await trainTo(page, 150);
  assert.ok((await correct()) > start, 'more points classified correctly after training');
  await shootAll(page, 'nd-classes');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('regression legend and K-class colours', async () => {
  const page = await openPage(env.browser, env.url + '#regDataset=reg-gauss&problem=regression');
  const legend = byId(page, 'output-legend');
  await legend.waitFor();
  assert.match(await legend.textContent(), /-1\.00.*1\.00/);
  await shootAll(page, 'regression-legend');
  await byId(page, 'dataset-blobs').click();
  await until(async () => (await legend.locator('.legend-class').count()) >= 3, { what: 'class swatches' });
  await trainTo(page, 30);
  await shootAll(page, 'k-classes');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
