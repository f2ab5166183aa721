// The autoencoder lab (#lab=autoencoder): the AE trains live on the 8×8 digits until its
// reconstruction error is below a fifth of where it started; decoding the centre of a class's
// dots draws an image nearest (by pixels) to a real digit of that class, for most classes;
// the VAE decodes one digit twice to different images, shows its loss as reconstruction +
// β × KL, and with β = 0 adds nothing; sampling draws new images; a drawn digit lands on the
// plane; a trained link reopens the same numbers; screenshots in both languages and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'train');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));
const pixels = async (page, id) => (await byId(page, id).getAttribute('data-pixels')).split(',').map(Number);
const dist = (a, b) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);

/** Presses Train and waits for the budget to be trained. */
async function train(page, timeout = 30_000) {
  await page.locator('[data-testid="train"][data-status]').waitFor();
  await byId(page, 'train').click();
  await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout });
}

/** The latent points of the dots per class, read from the plane's SVG in latent units. */
async function classCentres(page) {
  return page.evaluate(() => {
    const colours = [...document.querySelectorAll('.ae-legend .ae-dot')].map((d) => d.style.background);
    const probe = document.createElement('span');
    document.body.append(probe);
    const norm = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
    const legend = colours.map(norm);
    const sums = legend.map(() => [0, 0, 0]);
    for (const c of document.querySelectorAll('[data-testid="latent-plane"] svg > circle')) {
      const k = legend.indexOf(norm(c.getAttribute('fill')));
      sums[k][0] += Number(c.getAttribute('cx'));
      sums[k][1] += Number(c.getAttribute('cy'));
      sums[k][2] += 1;
    }
    probe.remove();
    return sums.map(([x, y, n]) => [x / n, y / n]);
  });
}

/** Clicks the plane at `(px, py)` percent of its box. */
async function clickPlane(page, [px, py]) {
  const box = await byId(page, 'latent-plane').boundingBox();
  await page.mouse.click(box.x + box.width * px / 100, box.y + box.height * py / 100);
}

test('the AE restores digits, and its plane is a map of the classes', async () => {
  const page = await openLab('#lab=autoencoder');
  try {
    await train(page);
    const start = await value(page, 'recon-start');
    const end = await value(page, 'recon-loss');
    assert.ok(end < start / 5, `reconstruction error ${start} → ${end}`);
    assert.match(await byId(page, 'lab-share-link').inputValue(), /&trained=30&/);
    // One original per class is shown: decode each class's centre and find its nearest original.
    const originals = [];
    for (const fig of await byId(page, 'pairs').locator('.ae-pair-row').first().locator('figure').all()) {
      originals.push((await fig.getAttribute('data-pixels')).split(',').map(Number));
    }
    assert.equal(originals.length, 10);
    const centres = await classCentres(page);
    let hits = 0;
    let before = await byId(page, 'decode').getAttribute('data-pixels');
    for (let k = 0; k < 10; k++) {
      await clickPlane(page, centres[k]);
      await until(async () => (await byId(page, 'decode').getAttribute('data-pixels')) !== before, { what: `the decode of class ${k}` });
      before = await byId(page, 'decode').getAttribute('data-pixels');
      const img = before.split(',').map(Number);
      const d = originals.map((o) => dist(o, img));
      if (d.indexOf(Math.min(...d)) === k) hits++;
    }
    assert.ok(hits >= 6, `${hits} of 10 class centres decode nearest to their own class`);
    // Hovering a dot chooses that digit: its ring moves onto the hovered point.
    const [cx, cy] = await page.locator('[data-testid="latent-plane"] svg > circle').nth(40)
      .evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    const box = await byId(page, 'latent-plane').boundingBox();
    await page.mouse.move(box.x + box.width * cx / 100, box.y + box.height * cy / 100);
    await until(async () => {
      const ring = page.locator('[data-testid="chosen-code"] circle');
      const [rx, ry] = [Number(await ring.getAttribute('cx')), Number(await ring.getAttribute('cy'))];
      return Math.hypot(rx - cx, ry - cy) < 3;
    }, { what: 'the hovered digit chosen' });
    // The typed point is the link's, and the decoded image follows it.
    await setInputValue(page, 'latent-x', '0.5');
    await until(async () => /&x=0\.5&/.test(await byId(page, 'lab-share-link').inputValue()), { what: 'x in the link' });
    const px = await pixels(page, 'decode');
    assert.ok(px.every((v) => v >= 0 && v <= 1), 'a decoded image is ink in [0, 1]');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the VAE mixes in variation, its loss is reconstruction + β × KL, and β = 0 adds nothing', async () => {
  const page = await openLab('#lab=autoencoder&mode=vae&beta=0.1&epochs=10');
  try {
    await train(page);
    const [a, b] = [await pixels(page, 'decode-twice-1'), await pixels(page, 'decode-twice-2')];
    assert.ok(dist(a, b) > 1e-4, 'two decodes of one digit differ');
    const recon = await value(page, 'recon-loss');
    const kl = await value(page, 'kl');
    assert.ok(kl > 0, `KL ${kl}`);
    const sum = (await byId(page, 'loss-sum').textContent()).match(/= ([\d.]+) \+ 0\.1 × ([\d.]+) = ([\d.]+)/);
    assert.ok(sum, await byId(page, 'loss-sum').textContent());
    assert.ok(Math.abs(Number(sum[3]) - (recon + 0.1 * kl)) < 2e-3);
    await byId(page, 'sample').click();
    await byId(page, 'sample-8').waitFor();
    assert.notDeepEqual(await pixels(page, 'sample-1'), await pixels(page, 'sample-2'));
  } finally {
    await page.context().close();
  }
  const free = await openLab('#lab=autoencoder&mode=vae&beta=0&epochs=3');
  try {
    await train(free);
    const text = await byId(free, 'loss-sum').textContent();
    const m = text.match(/= ([\d.]+) \+ 0 × ([\d.]+) = ([\d.]+)/);
    assert.ok(m && m[1] === m[3], `β = 0: the loss is the reconstruction alone (${text})`);
    assert.deepEqual(free.errors, []);
  } finally {
    await free.context().close();
  }
});

test('a drawn digit lands on the plane; a trained link reopens the same numbers', async () => {
  const page = await openLab('#lab=autoencoder&epochs=5&seed=4');
  try {
    await train(page);
    const pad = await byId(page, 'pad').boundingBox();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
    await page.mouse.down();
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.85, { steps: 12 });
    await page.mouse.up();
    await byId(page, 'drawn-code').waitFor();
    await byId(page, 'pad-restored').waitFor();
    await byId(page, 'clear').click();
    await until(async () => (await byId(page, 'drawn-code').count()) === 0, { what: 'the star gone' });
    const url = await byId(page, 'lab-share-link').inputValue();
    assert.match(url, /&seed=4&trained=5&/);
    const loss = await value(page, 'recon-loss');
    const again = await openLab(url.slice(url.indexOf('#')));
    try {
      await again.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
      assert.equal(await value(again, 'recon-loss'), loss);
    } finally {
      await again.context().close();
    }
    const bad = await openPage(env.browser, `${env.url}#lab=autoencoder&beta=NaN`, undefined, 'error-message');
    try {
      assert.match(await byId(bad, 'error-message').textContent(), /beta/);
    } finally {
      await bad.context().close();
    }
  } finally {
    await page.context().close();
  }
});

test('screenshots: English, Japanese and a phone, trained', async () => {
  await labScreenshots(env, `${env.url}#lab=autoencoder&mode=vae&epochs=8`, 'lab-autoencoder', 'train', async (page) => {
    await page.locator('[data-testid="train"][data-status]').waitFor();
    await byId(page, 'train').click();
    await page.locator('[data-testid="train"][data-status="done"]').waitFor({ timeout: 20_000 });
  });
});
