// The activation lab (#lab=activation): the tangent's slope is the derivative, the secant
// approaches it, σ(a·x) approaches the step, and a step network does not learn — each
// checked against an oracle computed here from the mathematical definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, textNumber, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const sigma = (z) => 1 / (1 + Math.exp(-z));
const GELU_K = Math.sqrt(2 / Math.PI);
const GELU_C = 0.044715;

/** f and f′ from their definitions; `a` is the sigmoid's gain (σ(a·x)). */
const ORACLE = {
  linear: { f: (x) => x, d: () => 1 },
  relu: { f: (x) => Math.max(0, x), d: (x) => (x > 0 ? 1 : 0) },
  leaky_relu: { f: (x) => (x > 0 ? x : 0.01 * x), d: (x) => (x > 0 ? 1 : 0.01) },
  elu: { f: (x) => (x > 0 ? x : Math.expm1(x)), d: (x) => (x > 0 ? 1 : Math.exp(x)) },
  sigmoid: { f: (x, a) => sigma(a * x), d: (x, a) => a * sigma(a * x) * (1 - sigma(a * x)) },
  tanh: { f: Math.tanh, d: (x) => 1 - Math.tanh(x) ** 2 },
  softplus: { f: (x) => Math.log1p(Math.exp(x)), d: (x) => sigma(x) },
  silu: { f: (x) => x * sigma(x), d: (x) => sigma(x) + x * sigma(x) * (1 - sigma(x)) },
  gelu: {
    f: (x) => 0.5 * x * (1 + Math.tanh(GELU_K * (x + GELU_C * x ** 3))),
    d: (x) => {
      const t = Math.tanh(GELU_K * (x + GELU_C * x ** 3));
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_K * (1 + 3 * GELU_C * x * x);
    },
  },
  sine: { f: Math.sin, d: Math.cos },
  step: { f: (x) => (x > 0 ? 1 : 0), d: () => 0 },
};

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'slope');

/** Waits until the lab's rendered state (its share link) has `key=value`. */
async function rendered(page, key, value) {
  await until(async () => (await byId(page, 'lab-share-link').inputValue()).includes(`&${key}=${value}&`), {
    what: `${key}=${value} rendered`,
  });
}

/** Sets an input and waits until the lab has rendered the new state. */
async function set(page, id, key, value) {
  await setInputValue(page, id, value);
  await rendered(page, key, value);
}

/** Sets the tangent point and waits until the plot reports it. */
async function setX(page, x) {
  await setInputValue(page, 'at-x', x);
  await until(async () => Number(await byId(page, 'activation-plot').getAttribute('aria-valuenow')) === x, {
    what: `x = ${x}`,
  });
}

test('the tangent slope is f′ and the value is f, for every activation at several points', async () => {
  const page = await openLab('#lab=activation');
  try {
    for (const [name, gain] of [['tanh', 1], ['sigmoid', 1], ['sigmoid', 3], ['relu', 1], ['softplus', 1],
      ['elu', 1], ['silu', 1], ['gelu', 1], ['sine', 1], ['leaky_relu', 1], ['linear', 1], ['step', 1]]) {
      await set(page, 'activation', 'activation', name);
      if (name === 'sigmoid') await set(page, 'gain', 'gain', gain);
      for (const x of [-2.5, -0.3, 0.7, 1.9]) {
        await setX(page, x);
        const { f, d } = ORACLE[name];
        const [value, slope] = [await textNumber(page, 'value'), await textNumber(page, 'slope')];
        assert.ok(Math.abs(slope - d(x, gain)) <= 1e-4, `${name}′(${x}) a=${gain}: shown ${slope}, oracle ${d(x, gain)}`);
        assert.ok(Math.abs(value - f(x, gain)) <= 1e-5, `${name}(${x}) a=${gain}: shown ${value}, oracle ${f(x, gain)}`);
      }
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('σ(50·x) is within 0.01 of the step for |x| ≥ 0.1, and the step is drawn under it', async () => {
  const page = await openLab('#lab=activation&activation=sigmoid');
  try {
    await set(page, 'gain', 'gain', 50);
    assert.equal(await byId(page, 'step-curve').count(), 1);
    for (const x of [-6, -2, -0.5, -0.1, 0.1, 0.3, 1, 5]) {
      await setX(page, x);
      const value = await textNumber(page, 'value');
      const step = x > 0 ? 1 : 0;
      assert.ok(Math.abs(value - step) <= 0.01, `σ(50·${x}) = ${value}, step ${step}`);
    }
    assert.ok((await textNumber(page, 'step-gap')) < 0.01, 'the model agrees');
    // The step itself: a jump marked at 0, flat everywhere, slope 0.
    await setInputValue(page, 'activation', 'step');
    await byId(page, 'kink').waitFor();
    assert.match(await byId(page, 'kinks-text').textContent(), /jump at x = 0/);
    assert.equal(await textNumber(page, 'slope'), 0);
    await setInputValue(page, 'activation', 'relu');
    await until(async () => /kink at x = 0/.test(await byId(page, 'kinks-text').textContent()), { what: 'relu kink' });
    await setInputValue(page, 'activation', 'tanh');
    await until(async () => (await byId(page, 'kink').count()) === 0, { what: 'tanh is smooth' });
    assert.ok((await byId(page, 'flat-region').count()) >= 2, 'tanh saturates on both sides');
    await setX(page, 4);
    await byId(page, 'in-flat').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the secant slope approaches the tangent slope as h shrinks (tanh)', async () => {
  const page = await openLab('#lab=activation&activation=tanh&x=0.8');
  try {
    const exact = ORACLE.tanh.d(0.8);
    const gaps = [];
    for (const h of [1, 0.1, 0.001]) {
      await setInputValue(page, 'h', h);
      await until(async () => (await byId(page, 'lab-share-link').inputValue()).endsWith(`&h=${h}`), { what: `h = ${h}` });
      const secant = await textNumber(page, 'secant-slope');
      const chord = (Math.tanh(0.8 + h) - Math.tanh(0.8)) / h;
      assert.ok(Math.abs(secant - chord) <= 1e-2, `secant at h = ${h}: ${secant} vs ${chord}`);
      gaps.push(Math.abs(secant - exact));
    }
    assert.ok(gaps[0] > gaps[1] && gaps[1] > gaps[2], `gaps shrink: ${gaps}`);
    assert.ok(gaps[2] < 1e-2, `close at h = 0.001: ${gaps[2]}`);
    assert.ok(Math.abs((await textNumber(page, 'slope')) - exact) <= 1e-4);
    // Tiny h: the round-off note is shown (and not for a large h).
    assert.match(await byId(page, 'roundoff').textContent(), /±\d/);
    await setInputValue(page, 'h', 1);
    await until(async () => (await byId(page, 'roundoff').count()) === 0, { what: 'no note at h = 1' });
  } finally {
    await page.context().close();
  }
});

test('the point follows a click and a drag on the plot, and the arrow keys', async () => {
  const page = await openLab('#lab=activation&activation=tanh');
  try {
    const plot = byId(page, 'activation-plot');
    const box = await plot.boundingBox();
    // The plot's data x ∈ [−6, 6] spans pixels 24..456 of its 480-wide viewBox.
    const dataX = (fx) => -6 + ((fx * 480 - 24) / 432) * 12;
    // Mouse events carry whole-pixel client coordinates: one pixel here is 12 / (0.9·width).
    const px = 12 / (0.9 * box.width);
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await until(async () => Math.abs(Number(await byId(page, 'at-x').inputValue()) - dataX(0.75)) <= px + 0.01, {
      what: 'the click moves x',
    });
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.up();
    await until(async () => Math.abs(Number(await byId(page, 'at-x').inputValue()) - dataX(0.4)) <= px + 0.01, {
      what: 'the drag moves x',
    });
    const x = Number(await byId(page, 'at-x').inputValue());
    assert.ok(Math.abs((await textNumber(page, 'slope')) - ORACLE.tanh.d(x)) <= 1e-4);
    await plot.focus();
    await page.keyboard.press('ArrowRight');
    await until(async () => Math.abs(Number(await byId(page, 'at-x').inputValue()) - (x + 0.1)) <= 1e-6, {
      what: 'ArrowRight moves x by 0.1',
    });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the lab link reopens the same numbers', async () => {
  const page = await openLab('#lab=activation');
  let page2;
  try {
    await set(page, 'activation', 'activation', 'softplus');
    await setX(page, -1.3);
    await setInputValue(page, 'h', 0.05);
    await until(async () => /activation=softplus/.test(page.url()) && /h=0\.05/.test(page.url()) && /x=-1\.3/.test(page.url()), {
      what: 'the address bar follows',
    });
    const shown = {};
    for (const id of ['value', 'slope', 'secant-slope']) shown[id] = await byId(page, id).textContent();
    const link = await byId(page, 'lab-share-link').inputValue();
    assert.equal(link, page.url());
    page2 = await openLab(new URL(link).hash);
    assert.equal(await byId(page2, 'activation').inputValue(), 'softplus');
    assert.equal(await byId(page2, 'at-x').inputValue(), '-1.3');
    for (const id of ['value', 'slope', 'secant-slope']) assert.equal(await byId(page2, id).textContent(), shown[id], id);
    assert.deepEqual([...page.errors, ...page2.errors], []);
  } finally {
    await page.context().close();
    await page2?.context().close();
  }
});

/** Plays the playground until `epochs` epochs and returns the train loss then. */
async function lossAfter(page, epochs) {
  await byId(page, 'play').click();
  await until(async () => (await textNumber(page, 'epoch')) >= epochs, { timeout: 60_000, what: `epoch ≥ ${epochs}` });
  await byId(page, 'play').click();
  return textNumber(page, 'loss-train');
}

test('the step network link opens the playground, where the step network does not learn', async () => {
  const page = await openLab('#lab=activation&activation=step');
  try {
    const href = await byId(page, 'step-network-link').getAttribute('href');
    assert.match(href, /^#dataset=circle&activation=step&/);
    await byId(page, 'step-network-link').click();
    await byId(page, 'epoch').waitFor();
    await until(async () => /activation=step/.test(page.url()), { what: 'playground link with activation=step' });
    const before = await textNumber(page, 'loss-train');
    const started = Date.now();
    const step = await lossAfter(page, 50);
    const seconds = (Date.now() - started) / 1000;
    // The same network with tanh, for contrast.
    await page.goto(env.url + href.replace('activation=step', 'activation=tanh'));
    await page.reload();
    await byId(page, 'epoch').waitFor();
    const tanh = await lossAfter(page, 50);
    console.log(`step: loss ${before} → ${step} in 50+ epochs (${seconds.toFixed(1)} s); tanh → ${tanh}`);
    assert.ok(step > 0.4 && step > 0.8 * before, `step network barely learns: ${before} → ${step}`);
    assert.ok(tanh < 0.2, `tanh learns the circle: ${tanh}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('screenshots: the activation lab in English, Japanese and on a phone', async () => {
  await labScreenshots(env, env.url + '#lab=activation&activation=sigmoid&gain=2&x=1.5&h=1', 'lab-activation', 'slope');
});
