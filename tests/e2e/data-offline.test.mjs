// The digit sets offline: a lab fetches a set on first use and the service worker keeps it
// (its own cache, `neurite-data`, which outlives builds), so the lab opens with its digits
// with the network off; a set never fetched says so offline, with a retry, and the rest of
// the lab keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { launchBrowser } from './harness.mjs';
import { serve } from './static-server.mjs';

const DIST = join(resolve(import.meta.dirname, '..', '..'), 'dist');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('digits fetched once stay available offline; a set never fetched offers a retry', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(`${server.url}#lab=conv`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Under the worker's control, open the lab again: its digits go into the data cache.
    await page.reload();
    await page.getByTestId('data-source').waitFor({ timeout: 30_000 });
    const value = await page.getByTestId('map-value').getAttribute('data-value');
    await page.waitForFunction(async () => (await (await caches.open('neurite-data')).keys()).length === 1);
    const names = await page.evaluate(async () => (await (await caches.open('neurite-data')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search));
    assert.match(names[0], /^\/data\/digits-8x8\.bin\?v=[0-9a-f]{16}$/);
    const requests = server.requests('/data/');
    await context.setOffline(true);
    await server.shut();
    await page.reload();
    await page.getByTestId('data-source').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('map-value').getAttribute('data-value'), value, 'the same digit offline');
    assert.equal(server.requests('/data/'), requests);
    // MNIST was never fetched: offline it cannot be, and the lab says so with a retry.
    await page.getByTestId('digit-set').selectOption('digits28');
    await page.getByTestId('data-error').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('data-retry').count(), 1);
    await page.getByTestId('image').selectOption('bar');
    await page.getByTestId('map-value').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await server.shut().catch(() => {});
  }
});

test('a data file that arrives damaged is not kept: the retry downloads it again and the lab opens', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(`${server.url}#lab=conv`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(async () => caches.delete('neurite-data'));
    // Under the worker's control, the digits arrive damaged (200, one byte changed): the
    // worker caches what it got, and the lab's hash check refuses it.
    server.damage('/data/');
    await page.reload();
    await page.getByTestId('data-error').waitFor({ timeout: 30_000 });
    const before = server.requests('/data/');
    // The network heals; the retry must reach it rather than the damaged cached copy.
    server.damage(null);
    await page.getByTestId('data-retry').click();
    await page.getByTestId('data-source').waitFor({ timeout: 30_000 });
    assert.equal(server.requests('/data/'), before + 1, 'the retry went to the network');
    await page.getByTestId('map-value').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await server.shut().catch(() => {});
  }
});
