// dist/ published under a sub-path, as a GitHub project site serves it
// (https://<user>.github.io/neurite/): the page loads every file from under that path, and a
// share link copied there reopens there with the same state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { useBrowser, withPage, byId, textNumber, canvasPixels, until, LOSS_TEXT } from './harness.mjs';

const BASE = '/neurite/';
const env = useBrowser({ base: BASE });

test('dist/index.html names its files relative to itself', async () => {
  const html = await readFile(join(resolve(import.meta.dirname, '..', '..'), 'dist', 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:href|src)="([^"]+)"|(?:from|module_or_path:)\s*'([^']+)'/g)]
    .map((m) => m[1] ?? m[2])
    .filter((u) => !u.startsWith('data:'));
  assert.ok(urls.length >= 4, `the CSS, JS and wasm are referenced: ${urls}`);
  for (const u of urls) assert.match(u, /^\.\/[\w.-]+$/, `${u} is relative to the page`);
});

test(`served under ${BASE}, the app renders from its own files and a copied link reopens there`, async () => {
  const saved = await withPage(env, env.url, async (page) => {
    assert.equal(await textNumber(page, 'epoch'), 0);
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    await byId(page, 'share-weights').check();
    await byId(page, 'share').click();
    const link = await byId(page, 'share-link').inputValue();
    assert.ok(link.startsWith(`${env.origin}${BASE}#`), `a link to this deployment: ${link}`);
    assert.match(link, /&w=[A-Za-z0-9_-]+$/, 'the weights travel in w=');
    assert.deepEqual(page.failed, [], 'no request failed or got an error answer');
    const paths = page.requests.map((u) => new URL(u)).filter((u) => u.protocol === 'http:');
    assert.ok(paths.length >= 4, `page, CSS, JS and wasm: ${page.requests}`);
    for (const u of paths) assert.ok(u.pathname.startsWith(BASE), `${u} is under ${BASE}`);
    assert.deepEqual(page.errors, []);
    return {
      link,
      train: (await byId(page, 'loss-train').textContent()).trim(),
      test: (await byId(page, 'loss-test').textContent()).trim(),
      weight: await byId(page, 'link-1-0-0').getAttribute('data-weight'),
      pixels: await canvasPixels(page),
    };
  });
  assert.match(saved.train, LOSS_TEXT);
  await withPage(env, saved.link, async (page) => {
    assert.equal(await textNumber(page, 'epoch'), 1);
    assert.equal((await byId(page, 'loss-train').textContent()).trim(), saved.train);
    assert.equal((await byId(page, 'loss-test').textContent()).trim(), saved.test);
    assert.equal(await byId(page, 'link-1-0-0').getAttribute('data-weight'), saved.weight);
    assert.deepEqual(await canvasPixels(page), saved.pixels);
    assert.equal(await byId(page, 'error-message').count(), 0);
    assert.deepEqual(page.failed, []);
    assert.deepEqual(page.errors, []);
  });
});

test(`opened as ${BASE}index.html, the app renders and its links name that page`, async () => {
  await withPage(env, `${env.url}index.html`, async (page) => {
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    await byId(page, 'share').click();
    const link = await byId(page, 'share-link').inputValue();
    assert.ok(link.startsWith(`${env.url}index.html#`), link);
    assert.deepEqual(page.failed, []);
    assert.deepEqual(page.errors, []);
  });
});
