// The largest networks the limits allow (8 hidden layers of 32): links on one canvas, their
// handles and the neurons still addressable by test id, a weight drag repainting the output
// and the links at once, and "as fast as possible" training.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, canvasPixels, setInputValue, until, screenshot } from './harness.mjs';

const env = useBrowser();
const ALL_FEATURES = 'x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true';
const BIG = `#dataset=spiral&activation=relu&networkShape=32,32,32,32,32,32,32,32&${ALL_FEATURES}`;

/**
 * A fingerprint of the links as the page shows them: a screenshot of the strip between the
 * neurons of layers 3 and 4, where only link 4-…'s lines are drawn. (The links canvas is
 * drawn by a worker — see web/links-worker.js — so its pixels are read from the screen,
 * which is also what the learner sees.)
 */
async function linkPixels(page) {
  const left = await byId(page, 'neuron-3-0').boundingBox();
  const right = await byId(page, 'neuron-4-0').boundingBox();
  const net = await page.locator('canvas.links').boundingBox();
  const x = left.x + left.width + 2;
  const clip = { x, y: net.y, width: right.x - 2 - x, height: net.height };
  const png = await page.screenshot({ clip });
  let h = 2166136261;
  for (const byte of png) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}

test('at 8 × 32 a weight drag repaints the output and the links, and every test id works', async () => {
  await withPage(env, env.url + BIG, async (page) => {
      assert.equal(await page.locator('[data-testid^="link-"][data-testid*="-"]').count() >= 9 * 32 + 7 * 32 * 32 + 32, true);
      await byId(page, 'neuron-8-31').waitFor();
      await byId(page, 'neuron-9-0').waitFor();
      const link = byId(page, 'link-4-7-12');
      await link.click({ force: true });
      const slider = byId(page, 'weight-slider');
      await slider.waitFor();
      // The links as painted (the worker paints shortly after each change): two equal reads.
      let links0 = null;
      await until(async () => {
        const [a, b] = [links0, await linkPixels(page)];
        links0 = b;
        return a === b;
      }, { what: 'the links settle' });
      const out0 = await canvasPixels(page);
      await setInputValue(page, 'weight-slider', 4.5);
      await until(async () => (await link.getAttribute('data-weight')) === '4.5', { what: 'the handle shows the new weight' });
      assert.notEqual((await canvasPixels(page)).hash, out0.hash, 'the output heatmap repainted');
      await until(async () => (await linkPixels(page)) !== links0, { what: 'the links repainted' });
      await byId(page, 'neuron-1-3').click();
      await byId(page, 'bias-slider').waitFor();
      await screenshot(page, 'big-8x32');
      assert.deepEqual(page.errors, []);
  });
});

test('the links are drawn by a worker, and drawn: link colours between the input and hidden neurons', async () => {
  await withPage(env, env.url + '#dataset=xor&networkShape=4&x=true&y=true', async (page) => {
      // A canvas handed to a worker (transferControlToOffscreen) refuses the page a context.
      const transferred = await page.locator('canvas.links').evaluate((c) => {
        try {
          c.getContext('2d');
          return false;
        } catch (e) {
          return e.name === 'InvalidStateError';
        }
      });
      assert.equal(transferred, true, 'the links canvas belongs to the links worker');
      const a = await byId(page, 'neuron-0-0').boundingBox();
      const b = await byId(page, 'neuron-1-0').boundingBox();
      const net = await page.locator('canvas.links').boundingBox();
      const clip = { x: a.x + a.width + 2, y: net.y, width: b.x - a.x - a.width - 4, height: b.y + 3 * b.height - net.y };
      // Decoded in the page (data: images are allowed there): pixels near a link colour.
      const count = async () => page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        const near = (i, [r, g, bl]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - bl) < 90;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (near(i, [8, 119, 189]) || near(i, [245, 147, 34])) n++;
        return n;
      }, (await page.screenshot({ clip })).toString('base64'));
      await until(async () => (await count()) > 50, { what: 'link-coloured pixels between the layers' });
  });
});

test('a click on a link line of the canvas selects the link under the pointer', async () => {
  await withPage(env, env.url + '#dataset=xor&networkShape=2&x=true&y=true', async (page) => {
      // Link 1-0-0 runs from the first input's right edge to the first hidden neuron; a point
      // 70 % along it, away from its handle (at 20 %): only the canvas line is there.
      const a = await byId(page, 'neuron-0-0').boundingBox();
      const b = await byId(page, 'neuron-1-0').boundingBox();
      const [x0, y0, x1, y1] = [a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2];
      await page.mouse.click(x0 + 0.7 * (x1 - x0), y0 + 0.7 * (y1 - y0));
      await byId(page, 'weight-slider').waitFor();
      const shown = Number(await byId(page, 'weight-slider').inputValue());
      const handle = Number(await byId(page, 'link-1-0-0').getAttribute('data-weight'));
      assert.ok(Math.abs(shown - handle) < 0.01, `the inspector shows link 1-0-0 (${shown} vs ${handle})`);
  });
});

test('"as fast as possible" trains beyond the speed setting and shows the achieved rate', async () => {
  await withPage(env, env.url + '#dataset=circle&networkShape=4', async (page) => {
      await setInputValue(page, 'speed', 5);
      await byId(page, 'max-speed').check();
      await byId(page, 'play').click();
      await until(async () => Number(await byId(page, 'achieved-speed').textContent()) > 60, {
        what: 'more than 60 epochs/s (the slider says 5)',
      });
      await byId(page, 'play').click();
  });
});
