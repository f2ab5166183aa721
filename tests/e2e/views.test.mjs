// The pictures other than the 2-D heatmap: 1-D data as (x, y) dots with the prediction as a
// curve, N-D CSV data with an explanation and a fit summary, the regression legend and the
// K-class colours. Each state is screenshotted on desktop and phone, in English and Japanese
// (target/screenshots/views-*.png), for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, SINE_LINK, withPage, byId, screenshot, setInputValue, until, textNumber,
  DESKTOP, LOSS_TEXT,
} from './harness.mjs';

const VIEWPORTS = { desktop: DESKTOP, phone: { width: 390, height: 844 } };

/** Samples of the 1-D prediction curve and of each neuron's curve (`web/src/engine/plots.rs`). */
const LINE_SAMPLES = 96;
const NEURON_LINE_SAMPLES = 32;
/** Bins of each neuron's histogram on N-D data. */
const BINS = 16;

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
  await withPage(env, env.url + SINE_LINK, async (page) => {
    const curve = byId(page, 'output-curve');
    await curve.waitFor();
    assert.equal(await byId(page, 'output-heatmap').count(), 0, 'no heatmap bands on 1-D data');
    const vertices = await curve.locator('polyline').evaluate((p) => p.points.numberOfItems);
    assert.equal(vertices, LINE_SAMPLES);
    const neuronCurve = byId(page, 'neuron-1-0').locator('svg.plot polyline');
    assert.equal(await neuronCurve.count(), 1);
    assert.equal(await neuronCurve.evaluate((p) => p.points.numberOfItems), NEURON_LINE_SAMPLES);
    // 60 points, 50 % training: 30 training dots until the other splits are shown.
    const dots = page.locator('svg.points circle');
    assert.equal(await dots.count(), 30);
    // Dots spread vertically (their y is the target), not on one line.
    const ys = await dots.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
    assert.ok(Math.max(...ys) - Math.min(...ys) > 30, 'dots follow the sine vertically');

    await trainTo(page, 1500);
    const train = await textNumber(page, 'loss-train');
    const val = await textNumber(page, 'loss-val');
    assert.ok(train < val, `a big network fits the training points better (${train} vs ${val})`);
    await shootAll(page, 'sine-trained');

    // Draw a point (x, y) high on the right: with every split shown, exactly one dot more.
    const toggles = page.locator('section.output .toggles input[type=checkbox]');
    await toggles.nth(0).check();
    await toggles.nth(1).check();
    assert.equal(await dots.count(), 60);
    await page.getByRole('button', { name: /^Draw points$/ }).click();
    const box = await page.locator('.plane').boundingBox();
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.1);
    await until(async () => (await dots.count()) === 61, { what: '61 dots after drawing' });
    assert.deepEqual(page.errors, []);
  });
});

test('N-D regression CSV: explanation, predicted-vs-actual, histograms; training works', async () => {
  await withPage(env, env.url, async (page) => {
    await importCsv(page, csv(200, ['a', 'b', 'c', 'd', 'y'], (x) => (x[0] - x[1] * x[2] + 0.5 * x[3]).toFixed(4)));
    const note = byId(page, 'no-plane');
    await note.waitFor();
    assert.match(await note.textContent(), /^This data has 4 input columns, so there is no 2-D plane/);
    await byId(page, 'output-fit').waitFor();
    assert.equal(await byId(page, 'output-heatmap').count(), 0);
    assert.equal(await byId(page, 'neuron-1-0').locator('svg.hist rect').count(), BINS);
    assert.equal(await byId(page, 'output-fit').locator('circle').count(), 200, 'one dot per row');
    await trainTo(page, 100);
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    await shootAll(page, 'nd-regression');
    await byId(page, 'lang').click();
    assert.match(await note.textContent(), /入力列が 4 個/);
    assert.deepEqual(page.errors, []);
  });
});

test('N-D classification CSV: a confusion matrix that improves with training', async () => {
  await withPage(env, env.url, async (page) => {
    await importCsv(page, csv(240, ['a', 'b', 'c', 'label'], (x) => (x[0] + x[1] > 0 ? (x[2] > 0 ? 2 : 1) : 0)));
    await byId(page, 'output-fit').waitFor();
    const summary = page.locator('.output .muted').first();
    const correct = async () => {
      const m = (await summary.textContent()).match(/^(\d+) of 240 points classified correctly$/);
      assert.ok(m, `summary "${await summary.textContent()}"`);
      return Number(m[1]);
    };
    const start = await correct();
    await trainTo(page, 150);
    assert.ok((await correct()) > start, 'more points classified correctly after training');
    await shootAll(page, 'nd-classes');
    assert.deepEqual(page.errors, []);
  });
});

test('regression legend and K-class colours', async () => {
  await withPage(env, env.url + '#regDataset=reg-gauss&problem=regression', async (page) => {
    const legend = byId(page, 'output-legend');
    await legend.waitFor();
    assert.equal(await legend.textContent(), 'Predicted value-1.001.00');
    await shootAll(page, 'regression-legend');
    await byId(page, 'dataset-blobs').click();
    const classes = legend.locator('.legend-class');
    await until(async () => (await classes.count()) === 3, { what: 'three class swatches' });
    assert.deepEqual(await classes.allTextContents(), ['0', '1', '2']);
    await trainTo(page, 30);
    assert.equal(await classes.count(), 3);
    await shootAll(page, 'k-classes');
    assert.deepEqual(page.errors, []);
  });
});
