// The neuron lab (#lab=neuron): the notes' claims about weights and the bias, checked
// against what the page computes and shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, textNumber, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

/** Runs `fn` on a lab page once its output `y` is shown. */
const withLab = (hash, fn, viewport) => withPage(env, env.url + hash, fn, viewport, 'y');

const y = (page) => textNumber(page, 'y');
const z = (page) => textNumber(page, 'z');

test('the labs menu opens the neuron lab; z = Σ w·x + b and y = f(z) follow every number', async () => {
  await withPage(env, env.url, async (page) => {
      await byId(page, 'labs-menu').locator('summary').click();
      await byId(page, 'lab-link-neuron').click();
      await byId(page, 'y').waitFor();
      assert.match(page.url(), /#lab=neuron/);
      await setInputValue(page, 'activation', 'linear');
      await setInputValue(page, 'inputs', 2);
      await setInputValue(page, 'x-1', 3);
      await setInputValue(page, 'w-1', 2);
      await setInputValue(page, 'x-2', -1.5);
      await setInputValue(page, 'w-2', 4);
      await setInputValue(page, 'bias', 0.5);
      // 2·3 + 4·(−1.5) + 0.5 = 0.5, and linear passes it.
      await until(async () => (await z(page)) === 0.5, { what: 'z = 0.5' });
      assert.equal(await y(page), 0.5);
      await setInputValue(page, 'activation', 'relu');
      await setInputValue(page, 'bias', -1);
      await until(async () => (await z(page)) === -1, { what: 'z = -1' });
      assert.equal(await y(page), 0, 'relu(−1) = 0');
      assert.deepEqual(page.errors, []);
  });
});

test('w = 0 cuts the connection: y no longer depends on that x', async () => {
  await withLab('#lab=neuron&inputs=2&x1=1&w1=1&x2=2&w2=0.5&bias=-1&activation=tanh', async (page) => {
      await byId(page, 'case-cut').click();
      assert.equal(await byId(page, 'w-1').inputValue(), '0');
      assert.equal(await byId(page, 'role-1').textContent(), 'cut');
      assert.equal(await byId(page, 'neuron-link-1').getAttribute('data-weight'), '0');
      const before = await y(page);
      for (const x of [-20, -3, 7.5, 20]) {
        await setInputValue(page, 'x-1', x);
        await until(async () => (await byId(page, 'x-1').inputValue()) === String(x), { what: `x1 = ${x}` });
        assert.equal(await y(page), before, `y unchanged at x1 = ${x}`);
      }
      // The other input still matters.
      await setInputValue(page, 'x-2', 10);
      await until(async () => (await y(page)) !== before, { what: 'x2 changes y' });
      // Each case has its sentence.
      await byId(page, 'case-inhibits').click();
      assert.equal(await byId(page, 'w-1').inputValue(), '-1');
      assert.match(await byId(page, 'case-text').textContent(), /inhibit/);
  });
});

test('the bias is a threshold: step with b = −10 fires between weighted input 9.9 and 10.1', async () => {
  await withLab('#lab=neuron', async (page) => {
      await byId(page, 'case-threshold').click();
      await until(async () => (await byId(page, 'bias').inputValue()) === '-10', { what: 'b = −10' });
      assert.equal(await byId(page, 'activation').inputValue(), 'step');
      assert.equal(await byId(page, 'threshold-mark').getAttribute('data-value'), '10');
      await setInputValue(page, 'x-1', 9.9);
      await until(async () => (await byId(page, 'x-1').inputValue()) === '9.9', { what: 'x = 9.9' });
      assert.equal(await y(page), 0, 'silent below the threshold');
      const state = byId(page, 'threshold-state');
      assert.equal(await state.getAttribute('data-fires'), 'false');
      assert.equal(await state.textContent(), 'Now Σ wᵢxᵢ = 9.9: the neuron does not fire (z ≤ 0)');
      await setInputValue(page, 'x-1', 10.1);
      await until(async () => (await y(page)) === 1, { what: 'fires above the threshold' });
      assert.equal(await state.getAttribute('data-fires'), 'true');
      assert.equal(await state.textContent(), 'Now Σ wᵢxᵢ = 10.1: the neuron fires (z > 0)');
      // With one input the step position s = −b/w is marked on the response curve.
      assert.equal(await byId(page, 'step-position').getAttribute('data-value'), '10');
      await setInputValue(page, 'w-1', 2);
      await until(async () => (await byId(page, 'step-position').getAttribute('data-value')) === '5', { what: 's = 5' });
  });
});

test('the lab link reopens the same numbers; a broken lab link names the problem', async () => {
  const [link, shown] = await withLab('#lab=neuron', async (page) => {
    await setInputValue(page, 'inputs', 3);
    await setInputValue(page, 'w-3', -2.25);
    await setInputValue(page, 'bias', 3.5);
    await setInputValue(page, 'activation', 'gelu');
    const shown = await y(page);
    await until(async () => /w3=-2\.25/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    return [link, shown];
  });
  await withLab(new URL(link).hash, async (page) => {
    assert.equal(await byId(page, 'w-3').inputValue(), '-2.25');
    assert.equal(await byId(page, 'activation').inputValue(), 'gelu');
    assert.equal(await y(page), shown);
  });
  await withLab('#lab=neuron&w1=abc', async (page) => {
    const message = await byId(page, 'error-message').textContent();
    assert.match(message, /w1/);
    assert.match(message, /abc/);
    assert.equal(await byId(page, 'w-1').inputValue(), '1', 'the defaults are shown');
  });
});

test('the neuron panel of the playground opens the lab with that neuron', async () => {
  await withPage(env, env.url + '#networkShape=3&activation=tanh', async (page) => {
    await byId(page, 'neuron-1-0').click();
    const href = await byId(page, 'open-neuron-lab').getAttribute('href');
    assert.match(href, /^#lab=neuron&inputs=2&/);
    assert.match(href, /activation=tanh/);
    await byId(page, 'open-neuron-lab').click();
    await byId(page, 'y').waitFor();
    const w1 = Number(await byId(page, 'w-1').inputValue());
    assert.ok(Number.isFinite(w1) && w1 !== 1, `the neuron's own weight, got ${w1}`);
  });
});

test('screenshots: the neuron lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=neuron&inputs=1&x1=8&w1=1&bias=-10&activation=step', 'lab-neuron', 'y');
});
