// The Σ lab (#lab=sigma): Σₖ₌₁ⁿ aₖ added term by term equals its closed form, computed
// here; the terms are written out; the neuron's Σ wᵢxᵢ opens in the neuron lab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, textNumber, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'sum');

/** Sets n and waits until the lab has rendered it (its share link carries it). */
async function setN(page, n) {
  await setInputValue(page, 'n', n);
  await until(async () => (await byId(page, 'lab-share-link').inputValue()).includes(`&n=${n}&`), { what: `n = ${n}` });
}

/** Chooses a sequence and waits until it is rendered. */
async function setSequence(page, name) {
  await setInputValue(page, 'sequence', name);
  await until(async () => (await byId(page, 'lab-share-link').inputValue()).includes(`&sequence=${name}`), {
    what: `sequence = ${name}`,
  });
}

const texts = (page, prefix) =>
  page.locator(`[data-testid^="${prefix}"]`).evaluateAll((els) => els.map((e) => e.textContent.trim()));

test('Σk = n(n+1)/2 and Σk² = n(n+1)(2n+1)/6 for several n; Σ(2k − 1) = n²', async () => {
  const page = await openLab('#lab=sigma');
  try {
    assert.equal(await textNumber(page, 'sum'), 55, 'the default Σ₁¹⁰ k');
    for (const n of [1, 2, 7, 10, 13, 50, 99, 100]) {
      await setN(page, n);
      assert.equal(await textNumber(page, 'sum'), (n * (n + 1)) / 2, `Σk, n = ${n}`);
      assert.equal(await textNumber(page, 'closed-form'), (n * (n + 1)) / 2);
    }
    await setSequence(page, 'squares');
    for (const n of [1, 5, 24, 100]) {
      await setN(page, n);
      assert.equal(await textNumber(page, 'sum'), (n * (n + 1) * (2 * n + 1)) / 6, `Σk², n = ${n}`);
    }
    await setSequence(page, 'odd');
    await setN(page, 12);
    assert.equal(await textNumber(page, 'sum'), 144);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the terms are written out one by one, with running totals; long sums elide the middle', async () => {
  const page = await openLab('#lab=sigma&n=5');
  try {
    assert.deepEqual(await texts(page, 'term-'), ['1', '2', '3', '4', '5']);
    assert.deepEqual(await texts(page, 'partial-'), ['1', '3', '6', '10', '15']);
    assert.match(await byId(page, 'written-sum').textContent(), /= 1 \+ 2 \+ 3 \+ 4 \+ 5 = 15$/);
    assert.equal(await byId(page, 'elided').count(), 0);
    await setN(page, 100);
    const shown = await texts(page, 'term-');
    assert.deepEqual(shown, ['1', '2', '3', '4', '5', '98', '99', '100']);
    assert.match(await byId(page, 'elided').textContent(), /6 … 97 \(92 terms\)/);
    assert.match(await byId(page, 'written-sum').textContent(), /\+ … \+/);
    assert.equal(await textNumber(page, 'sum'), 5050, 'the elided terms still count');
    assert.equal(await textNumber(page, 'partial-100'), 5050);
  } finally {
    await page.context().close();
  }
});

test('your own numbers: typed, summed, and a bad list is named, not applied', async () => {
  const page = await openLab('#lab=sigma');
  try {
    await setSequence(page, 'custom');
    await setInputValue(page, 'terms', '2.5, -1, 4');
    await until(async () => (await textNumber(page, 'sum')) === 5.5, { what: 'Σ = 5.5' });
    assert.deepEqual(await texts(page, 'term-'), ['2.5', '-1', '4']);
    assert.match(await byId(page, 'custom-stop').textContent(), /3 numbers/);
    await until(async () => /terms=2\.5,-1,4/.test(page.url()), { what: 'the address bar carries the list' });
    await setInputValue(page, 'terms', '1, x');
    await byId(page, 'terms-error').waitFor();
    assert.equal(await textNumber(page, 'sum'), 5.5, 'the last good list stays');
  } finally {
    await page.context().close();
  }
});

test('the neuron Σ wᵢxᵢ opens in the neuron lab with the same numbers', async () => {
  const page = await openLab('#lab=sigma');
  try {
    const sum = await textNumber(page, 'weighted-sum');
    assert.equal(sum, 0.5 * 4 + -2 * 1.5 + 1 * 3);
    const href = await byId(page, 'neuron-lab-link').getAttribute('href');
    assert.match(href, /^#lab=neuron&inputs=3&/);
    await byId(page, 'neuron-lab-link').click();
    await byId(page, 'z').waitFor();
    assert.equal(await textNumber(page, 'z'), sum, 'the neuron lab computes the same z');
    assert.equal(await byId(page, 'w-2').inputValue(), '-2');
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same numbers', async () => {
  const page = await openLab('#lab=sigma');
  let page2;
  try {
    await setSequence(page, 'squares');
    await setN(page, 17);
    await until(async () => /n=17&sequence=squares/.test(page.url()), { what: 'the address bar follows' });
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    page2 = await openLab(new URL(link).hash);
    assert.equal(await byId(page2, 'n').inputValue(), '17');
    assert.equal(await byId(page2, 'sequence').inputValue(), 'squares');
    assert.equal(await textNumber(page2, 'sum'), await textNumber(page, 'sum'));
    assert.deepEqual([...page.errors, ...page2.errors], []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

test('screenshots: the Σ lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=sigma&n=20', 'lab-sigma', 'sum');
});
