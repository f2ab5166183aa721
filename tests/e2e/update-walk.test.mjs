// "One update, step by step" in the playground's point panel: forward (ŷ), loss (L against
// y, checked against ½(ŷ − y)² and the panel's own point loss), gradient (the backward view
// switched on, the selected link's ∂L/∂w), update (the weight moves by exactly −η·∂L/∂w);
// then the same four stages played at the fast speed, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, setInputValue, textNumber, until, screenshot } from './harness.mjs';
import { violations } from './axe.mjs';

const env = useBrowser();
const LINK = '#dataset=xor&networkShape=3&activation=tanh&learningRate=0.1&x=true&y=true';
const stage = (page) => byId(page, 'walk-stage').getAttribute('data-stage');
const weight = async (page) => Number(await byId(page, 'link-2-0-0').getAttribute('data-weight'));
/** w − η·g as the page computes it, in f32. */
const stepped = (w, g) => Math.fround(w - Math.fround(Math.fround(0.1) * g));

async function next(page, expected) {
  await byId(page, 'walk-next').click();
  await until(async () => (await stage(page)) === expected, { what: `stage ${expected}` });
}

test('one update step by step: the engine\'s forward, loss, gradient and update, then played', async () => {
  await withPage(env, env.url + LINK, async (page) => {
    await setInputValue(page, 'inspect-point', 2);
    await byId(page, 'link-2-0-0').click({ force: true });
    await byId(page, 'walk').waitFor();
    assert.equal(await stage(page), 'idle');
    const [pointLoss, grad, before] = [await textNumber(page, 'point-loss'), await textNumber(page, 'link-grad'), await weight(page)];

    await next(page, 'forward');
    const out = await textNumber(page, 'walk-output');
    assert.ok(out > -1 && out < 1, `tanh output ŷ = ${out}`);
    await next(page, 'loss');
    const [y, loss] = [await textNumber(page, 'walk-target'), await textNumber(page, 'walk-loss')];
    assert.ok(y === 1 || y === -1, `XOR target ${y}`);
    assert.equal(loss, pointLoss, 'the loss shown is the point\'s loss');
    assert.ok(Math.abs(loss - 0.5 * (out - y) ** 2) <= 1e-6 + 1e-5 * loss, `L ${loss} vs ½(ŷ − y)² ${0.5 * (out - y) ** 2}`);
    assert.equal(await byId(page, 'backward').isChecked(), false);
    await next(page, 'gradient');
    assert.equal(await byId(page, 'backward').isChecked(), true, 'the gradient stage shows the backward view');
    assert.equal(await textNumber(page, 'walk-grad'), grad);
    await next(page, 'update');
    await until(async () => (await weight(page)) !== before, { what: 'the weight moved' });
    assert.equal(Math.fround(await weight(page)), stepped(before, grad));
    assert.equal(Math.fround(await textNumber(page, 'walk-new')), stepped(before, grad));
    assert.equal(await textNumber(page, 'epoch'), 0, 'an update is not an epoch');
    assert.deepEqual(await violations(page), [], 'no WCAG 2.1 A/AA violation with the walk-through open');
    await screenshot(page, 'update-walk-en');
    await byId(page, 'lang').click();
    await until(async () => (await byId(page, 'walk-next').textContent()) === '次の更新へ', { what: 'Japanese' });
    await screenshot(page, 'update-walk-ja');
    await byId(page, 'lang').click();

    // Played at the fast speed: the four stages in order, one more update, then it stops.
    const after = await weight(page);
    const grad2 = await textNumber(page, 'link-grad');
    await page.evaluate(() => {
      window.__stages = [];
      const el = document.querySelector('[data-testid="walk-stage"]');
      new MutationObserver(() => window.__stages.push(el.dataset.stage)).observe(el, { attributes: true });
    });
    await byId(page, 'walk-speed').selectOption('400');
    await byId(page, 'walk-play').click();
    // (The walk already stands at "update": wait for the played stages, not for that.)
    await until(async () => (await page.evaluate(() => window.__stages.at(-1))) === 'update' &&
      (await byId(page, 'walk-play').getAttribute('aria-pressed')) === 'false', {
      what: 'the played update', timeout: 10_000,
    });
    assert.deepEqual(await page.evaluate(() => window.__stages), ['forward', 'loss', 'gradient', 'update']);
    await until(async () => (await weight(page)) !== after, { what: 'the second update' });
    assert.equal(Math.fround(await weight(page)), stepped(after, grad2));
    await page.setViewportSize({ width: 390, height: 844 });
    await byId(page, 'walk').scrollIntoViewIfNeeded();
    await screenshot(page, 'update-walk-phone');
    assert.deepEqual(page.errors, []);
  });
});
