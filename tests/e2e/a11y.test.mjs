// Accessibility on the real page: axe-core (pinned in package.json) finds no WCAG 2.1 A/AA
// violation on the playground and on every lab, in English and Japanese; the main controls are
// reached by the keyboard alone.
//
// axe runs through tests/e2e/axe.mjs; withPage still fails on any error the page reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId } from './harness.mjs';
import { violations } from './axe.mjs';

const env = useBrowser();

const PAGES = [
  ['playground', '', 'epoch'],
  ['neuron lab', '#lab=neuron', 'lab-share'],
  ['activation lab', '#lab=activation', 'lab-share'],
  ['Σ lab', '#lab=sigma', 'lab-share'],
  ['descent lab', '#lab=descent', 'lab-share'],
  ['non-linearity lab', '#lab=nonlinear', 'lab-share'],
  ['overfitting lab', '#lab=overfit', 'lab-share'],
  ['normalization lab', '#lab=normalize', 'lab-share'],
  ['convolution lab', '#lab=conv', 'map-value'],
  ['convolution lab, drawing', '#lab=conv&image=drawn&size=5&pad=2', 'map-value'],
  ['CNN lab', '#lab=cnn&epochs=2&trained=2', 'val-accuracy'],
  ['autoencoder lab (VAE)', '#lab=autoencoder&mode=vae&epochs=2&trained=2', 'recon-loss'],
  ['RNN lab', '#lab=rnn&epochs=2&trained=2', 'grad-norm-12'],
  ['Embeddings lab', '#lab=embeddings&epochs=2&trained=2', 'cosine'],
  ['three kinds of learning lab', '#lab=paradigms&rounds=5&trained=5', 'agent-reward'],
  ['glossary', '#lab=glossary', 'labs-menu'],
  ['lessons', '#lab=lessons', 'labs-menu'],
];

for (const [name, hash, ready] of PAGES) {
  test(`no WCAG 2.1 A/AA violation: ${name}, in English and Japanese`, async () => {
    await withPage(env, env.url + hash, async (page) => {
      assert.deepEqual(await violations(page), [], `${name} (en)`);
      await byId(page, 'lang').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ja');
      assert.deepEqual(await violations(page), [], `${name} (ja)`);
      assert.deepEqual(page.errors, []);
    }, undefined, ready);
  });
}

/** The test ids (or names) of the elements Tab reaches from the top of the page, in order. */
async function tabOrder(page, presses) {
  const reached = [];
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 20) ?? '';
    }));
  }
  return reached;
}

test('Tab reaches every main control of the playground, and Enter on a focused button presses it', async () => {
  await withPage(env, env.url, async (page) => {
    const reached = await tabOrder(page, 160);
    // The labs menu's button has no test id of its own: it is reached by its name.
    const main = ['reset', 'play', 'step', 'Labs', 'lang', 'dataset-circle', 'dataset-xor', 'feature-x',
      'feature-sinX', 'learning-rate', 'speed', 'csv-text', 'csv-apply', 'share', 'share-weights', 'share-link'];
    const missing = main.filter((id) => !reached.includes(id));
    assert.deepEqual(missing, [], `Tab order: ${reached.join(' → ')}`);
    // The keyboard alone trains one epoch: focus the step button and press Enter.
    await byId(page, 'step').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="epoch"]').textContent.trim() === '1');
  });
});

test('Tab reaches the controls of a lab', async () => {
  await withPage(env, `${env.url}#lab=neuron`, async (page) => {
    const reached = await tabOrder(page, 40);
    const missing = ['Labs', 'lang', 'inputs', 'x-1', 'w-1', 'x-2', 'w-2', 'bias', 'activation', 'gain', 'lab-share']
      .filter((id) => !reached.includes(id));
    assert.deepEqual(missing, [], `Tab order: ${reached.join(' → ')}`);
  }, undefined, 'lab-share');
});
