// Offline: after the first visit the service worker (web/sw.js) has cached this build, and the
// app opens with the network off (Chromium's offline emulation and the server shut down); a
// new build replaces the cached one on the next visit online, so no stale build lives on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser, until } from './harness.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The build id and files sw-manifest wrote into `dir`/sw.js. */
async function manifest(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  return {
    build: sw.match(/^const BUILD = '([0-9a-f]{16})';$/m)?.[1],
    files: JSON.parse(sw.match(/^const FILES = (.*);$/m)[1]),
    parts: JSON.parse(sw.match(/^const PARTS = (.*);$/m)[1]),
  };
}

/** Whether the page shown is the new build's (its marker <meta>). */
const newPage = (page) => page.evaluate(() => document.querySelectorAll('meta[name="neurite-build"]').length);

/** Opens the app and waits until the service worker controls the page. */
async function firstVisit(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

const cached = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
  }
  return out;
});

test('after one visit the app opens, restores and trains with the network off', async () => {
  const dist = join(ROOT, 'dist');
  const { build, files, parts } = await manifest(dist);
  assert.ok(build, 'sw.js carries the build id');
  // The files the worker installs are exactly this build's (hashed names, from dist/ itself)
  // but the lab parts, which it caches when a lab fetches them, and data/ (the digit sets,
  // fetched by a lab on first use: data-offline.test.mjs).
  const all = (await readdir(dist)).filter((f) => f !== 'index.html' && f !== 'sw.js' && f !== 'data').map((f) => `./${f}`).sort();
  const isPart = (f) => /^\.\/(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f);
  assert.deepEqual(files, all.filter((f) => !isPart(f)));
  assert.deepEqual(parts, all.filter(isPart));
  assert.ok(parts.length > 0, 'the labs are wasm parts of their own');
  // (Trunk writes its content hash in hex without leading zeros: up to 16 digits.)
  assert.ok(files.some((f) => /_bg\.wasm$/.test(f)) && files.every((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(f)), files.join());
  const server = await serve(dist);
  const context = await browser.newContext();
  try {
    const page = await firstVisit(context, server.url);
    assert.deepEqual(await cached(page), { [`neurite-${build}`]: ['/', ...files.map((f) => f.slice(1))].sort() });
    await page.getByTestId('step').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="epoch"]').textContent.trim() === '1');
    await context.setOffline(true);
    await server.shut();
    await page.reload();
    await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
    assert.equal((await page.getByTestId('epoch').textContent()).trim(), '1', 'the autosave is restored offline');
    await page.getByTestId('step').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="epoch"]').textContent.trim() === '2');
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await server.shut().catch(() => {});
  }
});

test('a lab opened once opens offline; one never opened says so with a retry, and the playground works', async () => {
  const dist = join(ROOT, 'dist');
  const { build, parts } = await manifest(dist);
  const server = await serve(dist);
  const context = await browser.newContext();
  try {
    const page = await firstVisit(context, server.url);
    await page.evaluate(() => { location.hash = '#lab=overfit'; });
    await page.getByTestId('scrubber').waitFor({ timeout: 30_000 });
    // The worker caches the overfitting lab's part as it is fetched, and no other lab's.
    const cachedParts = async () => ((await cached(page))[`neurite-${build}`] ?? []).filter((f) => parts.includes(`.${f}`));
    await until(async () => (await cachedParts()).some((f) => f.startsWith('/split_lab_overfit-')), { what: "the overfitting lab's part in the cache" });
    assert.ok(!(await cachedParts()).some((f) => f.startsWith('/split_lab_sigma-')), (await cachedParts()).join());
    await context.setOffline(true);
    await server.shut();
    await page.reload();
    await page.getByTestId('scrubber').waitFor({ timeout: 30_000 });
    await page.evaluate(() => { location.hash = '#lab=sigma'; });
    await page.getByTestId('lab-part-failed').waitFor({ timeout: 30_000 });
    await page.getByTestId('lab-part-retry').waitFor();
    await page.evaluate(() => { location.hash = ''; });
    await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
    const before = Number((await page.getByTestId('epoch').textContent()).trim());
    await page.getByTestId('step').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="epoch"]').textContent.trim()) === n + 1, before);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await server.shut().catch(() => {});
  }
});

test('a new build replaces the cached one on the next visit online', async () => {
  const dir = join(ROOT, 'target', 'offline-dist');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  const old = await manifest(dir);
  const server = await serve(dir);
  const context = await browser.newContext();
  try {
    const page = await firstVisit(context, server.url);
    assert.deepEqual(Object.keys(await cached(page)), [`neurite-${old.build}`]);
    // A new build: one more hashed file and a changed page, then the post-build manifest.
    await writeFile(join(dir, 'extra-0123456789abcdef.css'), '/* new build */\n');
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    await writeFile(join(dir, 'index.html'), html.replace('<title>', '<meta name="neurite-build" content="new" /><title>'));
    execFileSync('python3', [join(ROOT, 'scripts', 'sw-manifest'), dir]);
    const fresh = await manifest(dir);
    assert.notEqual(fresh.build, old.build);
    // Online, the page comes from the network at once; the new worker takes over the cache.
    await page.reload();
    await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
    assert.equal(await newPage(page), 1, 'the new page, not the cached one');
    // (The browser checks sw.js for changes after the navigation; the new worker installs.)
    const only = async () => Object.keys(await cached(page)).join();
    await until(async () => (await only()) === `neurite-${fresh.build}`, { what: `only the cache neurite-${fresh.build}` });
    const page0 = (await cached(page))[`neurite-${fresh.build}`];
    assert.deepEqual(page0, ['/', ...fresh.files.map((f) => f.slice(1))].sort());
    // Offline now, the new build is what opens.
    await context.setOffline(true);
    await server.shut();
    await page.reload();
    await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
    assert.equal(await newPage(page), 1, 'offline: the new build');
  } finally {
    await context.close();
    await server.shut().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});
