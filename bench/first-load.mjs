#!/usr/bin/env node
// What a first-time visitor waits for (issue 19): bytes transferred, time until the page
// answers, and time until the first epoch after pressing play — for the playground and for
// a lab opened by its link — under Chromium's network emulation, from a server that sends
// gzip as static hosts do. Not a test: it prints figures and asserts nothing.
//
//   node bench/first-load.mjs [--rounds 3] [--dist DIR] [--pages playground]
//
// Expects a release build in dist/. Each round is a fresh browser context (empty cache) with
// the service worker blocked, so every byte comes from the network. Profiles: "slow"
// 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip; "fast" 9 Mbit/s, 1.5 Mbit/s, 40 ms.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const DIST = resolve(arg('dist', join(resolve(import.meta.dirname, '..'), 'dist')));
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.bin': 'application/octet-stream',
};
const PROFILES = {
  slow: { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) },
  fast: { latency: 40, downloadThroughput: (9e6 / 8), uploadThroughput: (1.5e6 / 8) },
};
const rounds = Number(arg('rounds', '3')) || 3;
const only = arg('pages', null);

/** dist/ over HTTP, gzip-compressed (level 9) like a static host, compressed once per file. */
async function serve() {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = normalize(join(DIST, path === '/' ? 'index.html' : path.slice(1)));
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(file), { level: 9 }));
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
      res.end(cache.get(file));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** One cold visit of `hash`; returns { bytes, files, ready, epoch } (ms from navigation). */
async function visit(browser, url, hash, profile, readyId, play) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
    let bytes = 0;
    let files = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; files += 1; });
    const t0 = Date.now();
    await page.goto(url + hash);
    await page.getByTestId(readyId).waitFor({ timeout: 120_000 });
    const ready = Date.now() - t0;
    let epoch = null;
    if (play) {
      const t1 = Date.now();
      await page.getByTestId('play').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="epoch"]')?.textContent) >= 1, null, { timeout: 60_000 });
      epoch = Date.now() - t1 + ready;
    }
    await page.waitForTimeout(300);
    return { bytes, files, ready, epoch };
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve();
const browser = await launchBrowser();
try {
  for (const [name, hash, readyId, play] of [
    ['playground', '', 'epoch', true],
    ['overfitting lab by its link', '#lab=overfit', 'lab-share', false],
    ['CNN lab by its link', '#lab=cnn', 'train', false],
  ].filter(([name]) => !only || name.startsWith(only))) {
    for (const profile of Object.keys(PROFILES)) {
      const runs = [];
      for (let i = 0; i < rounds; i++) runs.push(await visit(browser, server.url, hash, profile, readyId, play));
      console.log(JSON.stringify({
        page: name, profile, rounds,
        bytes: median(runs.map((r) => r.bytes)), files: median(runs.map((r) => r.files)),
        ready_ms: median(runs.map((r) => r.ready)),
        first_epoch_after_load_ms: play ? median(runs.map((r) => r.epoch)) : undefined,
      }));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
