// The RNN lab (#lab=rnn): the character RNN trains live on the place names until its loss per
// character is well below an even guess's ln 27; a typed beginning is continued with letters
// and the continuation changes with the beginning; unrolled over a long stretch, the gradient
// of the last step's loss shrinks towards the early steps; the link reopens the same numbers;
// bad links name their key; screenshots in both languages and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'train');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));

async function train(page, timeout = 30_000) {
  await page.locator('[data-testid="train"][data-status]').waitFor();
  await byId(page, 'train').click();
  await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout });
}

test('the RNN learns the names, continues a beginning, and its gradient vanishes back through time', async () => {
  const page = await openLab('#lab=rnn');
  try {
    const untrained = await byId(page, 'continuation').textContent();
    await train(page);
    const loss = await value(page, 'loss');
    assert.ok(loss < 2.0 && loss < Math.log(27), `loss per character ${loss}`);
    const ka = await byId(page, 'continuation').textContent();
    assert.match(ka, /^[a-z]+$/, `continuation of "ka": ${ka}`);
    assert.notEqual(ka, untrained, 'training changed what it writes');
    assert.match(await byId(page, 'lab-share-link').inputValue(), /&trained=30&prefix=ka&/);
    await setInputValue(page, 'prefix', 'To');
    await until(async () => /&prefix=to&/.test(await byId(page, 'lab-share-link').inputValue()), { what: 'the prefix lower-cased in the link' });
    const to = await byId(page, 'continuation').textContent();
    assert.match(to, /^[a-z]*$/);
    // A long stretch: the gradient at step 1 is far smaller than at the last step.
    await setInputValue(page, 'steps', '30');
    await byId(page, 'grad-norm-30').waitFor();
    const norms = [];
    for (let t = 1; t <= 30; t++) norms.push(await value(page, `grad-norm-${t}`));
    assert.ok(norms.every((v) => Number.isFinite(v) && v > 0), norms.join(' '));
    const early = norms.slice(0, 10).reduce((a, b) => a + b, 0);
    const late = norms.slice(20).reduce((a, b) => a + b, 0);
    assert.ok(norms[0] < norms[29] / 10 && early < late / 10, `early ${early} vs late ${late}`);
    assert.equal(await byId(page, 'grad-norm-31').count(), 0, 'one bar per step');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a trained link reopens the same network; a bad link names its key', async () => {
  const page = await openLab('#lab=rnn&epochs=5&seed=3&prefix=shi');
  try {
    await train(page);
    const url = await byId(page, 'lab-share-link').inputValue();
    assert.match(url, /&seed=3&trained=5&prefix=shi&/);
    const [loss, written] = [await value(page, 'loss'), await byId(page, 'continuation').textContent()];
    const again = await openLab(url.slice(url.indexOf('#')));
    try {
      await again.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
      assert.equal(await value(again, 'loss'), loss);
      assert.equal(await byId(again, 'continuation').textContent(), written);
    } finally {
      await again.context().close();
    }
    for (const [hash, key] of [['#lab=rnn&prefix=Tokyo!', 'prefix'], ['#lab=rnn&steps=99', 'steps']]) {
      const bad = await openPage(env.browser, env.url + hash, undefined, 'error-message');
      try {
        assert.match(await byId(bad, 'error-message').textContent(), new RegExp(key));
      } finally {
        await bad.context().close();
      }
    }
  } finally {
    await page.context().close();
  }
});

test('screenshots: English, Japanese and a phone, trained', async () => {
  await labScreenshots(env, `${env.url}#lab=rnn&steps=20`, 'lab-rnn', 'train', async (page) => {
    await page.locator('[data-testid="train"][data-status]').waitFor();
    await byId(page, 'train').click();
    await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
  });
});
