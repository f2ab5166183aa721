#!/usr/bin/env node
// Frame times of a lab while a learner drags one of its numbers (not a test: it prints
// figures, it asserts nothing).
//
//   node bench/lab-frames.mjs [--hash 'lab=neuron'] [--input x-1] [--from -20] [--to 20]
//                             [--seconds 4] [--viewport 1400x950]
//
// Expects a release build in dist/. Opens the lab, then on every animation frame for the
// sampling window sets the input `--input` (a lab's typed number field) to the next value of
// a sweep from `--from` to `--to` and back — a drag at one value per frame — and records the
// frame timestamps. Prints the median and 95th-percentile frame interval, the share of
// frames over 20 ms and the largest one.
//
// With `--click ID` it presses that button instead (e.g. the CNN lab's `train`) and records
// the frames that follow, sweeping nothing:
//   node bench/lab-frames.mjs --hash 'lab=cnn&epochs=30' --click train --seconds 2
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const hash = arg('hash', 'lab=neuron');
const input = arg('input', 'x-1');
const [from, to] = [Number(arg('from', '-20')), Number(arg('to', '20'))];
const seconds = Number(arg('seconds', '4'));
const click = arg('click', null);
const [vw, vh] = arg('viewport', '1400x950').split('x').map(Number);
/** Presses button `id`, then records animation-frame timestamps for `seconds`. */
async function clickAndWatch(page, id, seconds) {
  await page.evaluate(() => {
    window.__stamps = [];
    const frame = (t) => { window.__stamps.push(t); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  });
  await page.getByTestId(id).click();
  await page.waitForTimeout(seconds * 1000);
  return page.evaluate(() => window.__stamps);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: vw, height: vh } })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}#${hash}`);
  await page.getByTestId(click ?? input).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const stamps = click ? await clickAndWatch(page, click, seconds) : await page.evaluate(
    ({ id, from, to, ms }) =>
      new Promise((done) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        const out = [];
        const start = performance.now();
        let k = 0;
        const frame = (t) => {
          out.push(t);
          // A triangle sweep, one step per frame (a drag over ~1 s each way).
          const phase = (k++ % 120) / 60;
          const v = from + (to - from) * (phase <= 1 ? phase : 2 - phase);
          el.value = String(Math.round(v * 100) / 100);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          if (t - start < ms) requestAnimationFrame(frame);
          else done(out);
        };
        requestAnimationFrame(frame);
      }),
    { id: input, from, to, ms: seconds * 1000 },
  );
  const dts = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  const over = dts.filter((d) => d > 20).length;
  console.log(
    JSON.stringify(
      {
        lab: hash,
        input: click ? `click ${click}` : input,
        frames: dts.length,
        median_ms: Number(quantile(dts, 0.5).toFixed(2)),
        p95_ms: Number(quantile(dts, 0.95).toFixed(2)),
        max_ms: Number(dts[dts.length - 1].toFixed(2)),
        dropped_over_20ms: `${((100 * over) / dts.length).toFixed(1)} %`,
        errors: errors.length,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
