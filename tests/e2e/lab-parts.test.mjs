// Loading in parts (issue 19): the playground's first visit fetches no lab part; a lab fetches
// its own part (and the shared chunks it needs) once, when it first opens; a lab opened by its
// link fetches only its own part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveDist } from './harness.mjs';

const PART = /\/(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/;

/** A page (service worker blocked, so every fetch is the page's) and the paths it fetched. */
async function open(browser, url, readyId) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.fetched = [];
  page.errors = [];
  page.on('request', (r) => page.fetched.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await page.getByTestId(readyId).waitFor({ timeout: 30_000 });
  return { context, page };
}

const parts = (fetched) => fetched.filter((p) => PART.test(p));

test("the playground's first visit fetches no lab part; a lab fetches its part once", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const { page } = await open(browser, server.url, 'epoch');
    await page.waitForTimeout(500);
    assert.deepEqual(parts(page.fetched), [], page.fetched.join(' '));
    assert.ok(page.fetched.some((p) => /_bg\.wasm$/.test(p)), 'the main module is fetched');
    await page.evaluate(() => { location.hash = '#lab=overfit'; });
    await page.getByTestId('scrubber').waitFor({ timeout: 30_000 });
    const first = parts(page.fetched);
    assert.ok(first.some((p) => p.startsWith('/split_lab_overfit-')), first.join(' '));
    assert.ok(first.every((p) => p.startsWith('/split_lab_overfit-') || p.startsWith('/chunk_')), first.join(' '));
    assert.equal(new Set(first).size, first.length, 'each file fetched once');
    // Back to the playground and into the lab again: nothing more is fetched.
    await page.evaluate(() => { location.hash = ''; });
    await page.getByTestId('epoch').waitFor({ timeout: 30_000 });
    await page.evaluate(() => { location.hash = '#lab=overfit'; });
    await page.getByTestId('scrubber').waitFor({ timeout: 30_000 });
    assert.deepEqual(parts(page.fetched), first);
    assert.deepEqual(page.errors, []);

    // Opened by its link, the Σ lab fetches its own part, not the overfitting lab's.
    const direct = await open(browser, `${server.url}#lab=sigma`, 'sequence');
    const sigma = parts(direct.page.fetched);
    assert.ok(sigma.some((p) => p.startsWith('/split_lab_sigma-')), sigma.join(' '));
    assert.ok(!sigma.some((p) => p.startsWith('/split_lab_overfit-')), sigma.join(' '));
    assert.deepEqual(direct.page.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
