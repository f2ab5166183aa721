// The glossary (#lab=glossary) and the lessons (#lab=lessons): every term in both languages,
// every link opening something that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, screenshot } from './harness.mjs';

const env = useBrowser();

/** The glossary's entries as `{ id: [term, definition] }` in language `lang`. */
async function entries(page, lang) {
  await page.evaluate((l) => localStorage.setItem('neurite.lang', l), lang);
  await page.reload();
  await page.locator('[data-testid="term"]').first().waitFor();
  return page.locator('[data-testid="term"]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((e) => [e.dataset.term, [e.querySelector('dt').textContent, e.querySelector('dd').textContent]]),
    ),
  );
}

test('every glossary term exists in English and Japanese under the same id', async () => {
  await withPage(env, env.url + '#lab=glossary', async (page) => {
    const en = await entries(page, 'en');
    await screenshot(page, 'lab-glossary-en');
    const ja = await entries(page, 'ja');
    await screenshot(page, 'lab-glossary-ja');
    assert.deepEqual(Object.keys(ja), Object.keys(en));
    for (const id of ['neuron', 'weight', 'bias', 'activation', 'relu', 'sigmoid', 'step', 'derivative',
      'learning-rate', 'layer', 'dense', 'io-layers', 'feedforward', 'epoch', 'overfitting', 'normalization',
      'regularization', 'dropout', 'batch-norm', 'layer-norm', 'splits', 'holdout', 'cross-validation',
      'early-stopping', 'inference', 'sigma', 'convolution', 'filter', 'feature-map', 'pooling', 'cnn',
      'autoencoder', 'latent-space', 'vae', 'rnn', 'tokenization', 'embedding', 'word-vector',
      'distributed-representation', 'cosine-similarity',
      'supervised-learning', 'unsupervised-learning', 'reinforcement-learning']) {
      assert.ok(en[id] && ja[id], `term ${id}`);
      assert.notEqual(en[id][1], ja[id][1], `${id} is translated`);
      assert.match(ja[id][0] + ja[id][1], /[\u3040-\u30ff\u4e00-\u9fff]/, `${id} has Japanese text`);
    }
    assert.equal(en.overfitting[0], 'Overfitting');
    assert.equal(ja.overfitting[0], '過学習');
  }, undefined, 'labs-menu');
});

test('every glossary and lesson link opens a lab or a playground that exists', async () => {
  const links = new Set();
  for (const hash of ['#lab=glossary', '#lab=lessons']) {
    await withPage(env, env.url + hash, async (page) => {
      await page.locator('[data-testid$="-link"]').first().waitFor();
      for (const href of await page.locator('[data-testid="term-link"], [data-testid="lesson-link"]').evaluateAll(
        (els) => els.map((e) => e.getAttribute('href')),
      )) links.add(href);
      if (hash === '#lab=lessons') await screenshot(page, 'lab-lessons-en');
    }, undefined, 'labs-menu');
  }
  assert.ok(links.size >= 20, `${links.size} distinct links`);
  for (const href of links) {
    await withPage(env, env.url + href, async (page) => {
      if (href.startsWith('#lab=')) {
        await page.locator('#lab-title').waitFor();
      } else {
        await byId(page, 'epoch').waitFor();
      }
      assert.equal(await byId(page, 'error-message').count(), 0, `${href} opens without an error`);
      assert.deepEqual(page.errors, [], href);
    }, undefined, 'labs-menu');
  }
});
