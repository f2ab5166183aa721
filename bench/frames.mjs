#!/usr/bin/env node
// Frame-time benchmark of the built app (not a test: it prints figures, it asserts nothing).
//
//   node bench/frames.mjs [--seconds 10] [--hash '<share-link fragment>'] [--viewport 1400x950]
//                         [--idle]   (do not press play: the machine's own frame baseline)
//                         [--speed N] (set the speed slider to N epochs/s before playing)
//
// Expects a release build in dist/ (`trunk build --release`); builds nothing itself. Serves
// dist/ on loopback, opens the playground in headless Debian Chromium, presses play, waits a
// second of warm-up, then records every requestAnimationFrame timestamp for the sampling
// window while training runs with every heatmap live. Prints the median and 95th-percentile
// frame interval, the share of frames over 20 ms (a missed 60 Hz vsync), epochs trained per second, and the page's
// own main-thread work per frame ("busy": rAF callback start → the next task, so training,
// snapshots and Yew's render, not the browser's paint).
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const seconds = Number(arg('seconds', '10'));
const hash = arg('hash', '');
const [vw, vh] = arg('viewport', '1400x950').split('x').map(Number);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const server = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: vw, height: vh } });
  // Time the page's own work per frame: from the start of each requestAnimationFrame
  // callback to the next task (training, snapshots and Yew's render, which runs in
  // microtasks after the callback).
  await context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const chan = new MessageChannel();
    let start = null;
    window.__busy = [];
    chan.port1.onmessage = () => {
      if (start !== null) window.__busy.push(performance.now() - start);
      start = null;
    };
    window.requestAnimationFrame = (cb) =>
      raf((t) => {
        if (start === null) {
          start = performance.now();
          chan.port2.postMessage(0);
        }
        cb(t);
      });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + (hash ? `#${hash}` : ''));
  await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
  const speed = arg('speed', null);
  if (speed !== null) {
    await page.getByTestId('speed').evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, Number(speed));
  }
  if (!process.argv.includes('--idle')) await page.getByTestId('play').click();
  await page.waitForTimeout(1000);
  const epoch = async () => Number((await page.getByTestId('epoch').textContent()).trim());
  const e0 = await epoch();
  const t0 = Date.now();
  const stamps = await page.evaluate(
    (ms) =>
      new Promise((done) => {
        const out = [];
        const start = performance.now();
        const frame = (t) => {
          out.push(t);
          if (t - start < ms) requestAnimationFrame(frame);
          else done(out);
        };
        requestAnimationFrame(frame);
      }),
    seconds * 1000,
  );
  const e1 = await epoch();
  // The output map's grid side while playing (the pacer coarsens it when painting is slow).
  const outputRes = await page.evaluate(
    () => document.querySelector('[data-testid="output-heatmap"]')?.width ?? null,
  );
  const busy = (await page.evaluate(() => window.__busy.splice(0))).sort((a, b) => a - b);
  const wall = (Date.now() - t0) / 1000;
  const dts = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  // A frame counts as dropped when it took clearly longer than one 60 Hz vsync.
  const over = dts.filter((d) => d > 20).length;
  const result = {
    frames: dts.length,
    median_ms: Number(quantile(dts, 0.5).toFixed(2)),
    p95_ms: Number(quantile(dts, 0.95).toFixed(2)),
    max_ms: Number(dts[dts.length - 1].toFixed(2)),
    dropped_over_20ms: `${((100 * over) / dts.length).toFixed(1)} %`,
    busy_median_ms: Number(quantile(busy, 0.5).toFixed(2)),
    busy_p95_ms: Number(quantile(busy, 0.95).toFixed(2)),
    epochs_per_s: Number(((e1 - e0) / wall).toFixed(1)),
    epochs: e1,
    output_res: outputRes,
    errors: errors.length,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
