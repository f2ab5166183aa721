#!/usr/bin/env node
// Where a playing playground's time goes (not a test: it prints, it asserts nothing).
//
//   node bench/profile.mjs [--hash '<share-link fragment>'] [--seconds 4] [--top 30]
//
// Expects a release build in dist/. Opens the playground at the fragment, presses play,
// records Chrome's sampling CPU profile for `--seconds` and prints the functions with the
// most self time (wasm functions by their name-section names when the build keeps them),
// grouped totals (engine wasm, other wasm, JS glue, browser work such as style/layout/paint
// and GC), and the frame intervals over 50 ms with their position, which shows whether slow
// frames are periodic.
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';
import { frameStamps } from './lib/frames.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const hash = arg('hash', '');
const seconds = Number(arg('seconds', '4'));
const top = Number(arg('top', '30'));
const server = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  const page = await context.newPage();
  await page.goto(server.url + (hash ? `#${hash}` : ''));
  await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
  await page.getByTestId('play').click();
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const stamps = await frameStamps(page, seconds * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]);
  const group = (k) =>
    k.startsWith('(idle)') ? 'idle'
      : k.startsWith('(program)') ? 'browser (style, layout, paint, …)'
      : k.startsWith('(garbage collector)') ? 'GC'
      : k.includes('.wasm') || k.startsWith('$') || /wasm-function/.test(k) ? 'wasm'
      : 'JS';
  const groups = new Map();
  for (const [k, v] of rows) groups.set(group(k), (groups.get(group(k)) ?? 0) + v);
  console.log(`profile: ${total.toFixed(0)} ms sampled`);
  for (const [g, v] of [...groups.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${g}: ${v.toFixed(0)} ms (${((100 * v) / total).toFixed(1)} %)`);
  }
  console.log(`top ${top} by self time:`);
  for (const [k, v] of rows.slice(0, top)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  const dts = stamps.slice(1).map((t, i) => t - stamps[i]);
  const slow = dts.map((d, i) => [i, d]).filter(([, d]) => d > 50);
  console.log(`${dts.length} frames; over 50 ms at: ${slow.map(([i, d]) => `#${i} ${d.toFixed(0)}`).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
