// Frame-time measurement of the built app while it trains, shared by bench/frames.mjs (one
// setup) and bench/frame-sizes.mjs (the table over network sizes). See bench/frames.mjs for
// what is measured.
import { launchBrowser, serveDist } from '../../tests/e2e/harness.mjs';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Starts the server and the browser once for several measurements. */
export async function openBench() {
  return { server: await serveDist(), browser: await launchBrowser() };
}

export async function closeBench({ server, browser }) {
  await browser.close();
  await server.close();
}

/** The timestamps of the page's animation frames over the next `ms` milliseconds. */
export function frameStamps(page, ms) {
  return page.evaluate(
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
    ms,
  );
}

/**
 * Measures `seconds` of animation frames of the playground opened at `hash` (a share-link
 * fragment), after pressing play (unless `idle`), with the speed slider at `speed` or
 * "as fast as possible" (`speed: 'max'`). `prepare(page)`, if given, runs after the page opened
 * (e.g. importing a CSV).
 */
export async function measureFrames({ server, browser }, { hash = '', seconds = 10, viewport = [1400, 950], speed = null, idle = false, prepare = null }) {
  const [vw, vh] = viewport;
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
  if (prepare) await prepare(page);
  if (speed === 'max') {
    await page.getByTestId('max-speed').check();
  } else if (speed !== null) {
    await page.getByTestId('speed').evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, Number(speed));
  }
  if (!idle) await page.getByTestId('play').click();
  await page.waitForTimeout(1000);
  const epoch = async () => Number((await page.getByTestId('epoch').textContent()).trim());
  const e0 = await epoch();
  const t0 = Date.now();
  const stamps = await frameStamps(page, seconds * 1000);
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
  await context.close();
  return result;
}
