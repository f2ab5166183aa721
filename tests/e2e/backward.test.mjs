// One training point forward and backward in the playground, and one update: the backward
// view's ∂L/∂w against a finite difference of the page's own point loss, and one plain-SGD
// update moving the selected weight by exactly −η·∂L/∂w.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, setInputValue, textNumber, until, screenshot } from './harness.mjs';

const env = useBrowser();
const LINK = '#dataset=xor&networkShape=3&activation=tanh&learningRate=0.1&x=true&y=true';

test('∂L/∂w of the inspected point equals a finite difference of its loss', async () => {
  await withPage(env, env.url + LINK, async (page) => {
    await setInputValue(page, 'inspect-point', 5);
    await byId(page, 'backward').check();
    await byId(page, 'link-1-1-2').click({ force: true });
    await byId(page, 'link-grad').waitFor();
    const grad = await textNumber(page, 'link-grad');
    const w = Number(await byId(page, 'weight-value').inputValue());
    const h = 0.01;
    const lossAt = async (v) => {
      await setInputValue(page, 'weight-value', v);
      await until(async () => Math.abs(Number(await byId(page, 'weight-value').inputValue()) - v) < 1e-6, { what: `w = ${v}` });
      return textNumber(page, 'point-loss');
    };
    const up = await lossAt(Number((w + h).toFixed(6)));
    const down = await lossAt(Number((w - h).toFixed(6)));
    const fd = (up - down) / (2 * h);
    assert.ok(Math.abs(fd - grad) <= 2e-3 + 1e-2 * Math.abs(grad), `∂L/∂w ${grad} vs finite difference ${fd}`);
    await screenshot(page, 'backward-view');
    assert.deepEqual(page.errors, []);
  });
});

test('one update changes the selected weight by exactly −η·∂L/∂w (plain SGD)', async () => {
  await withPage(env, env.url + LINK, async (page) => {
    await setInputValue(page, 'inspect-point', 2);
    await byId(page, 'link-2-0-0').click({ force: true });
    await byId(page, 'link-grad').waitFor();
    const grad = await textNumber(page, 'link-grad');
    const before = Number(await byId(page, 'link-2-0-0').getAttribute('data-weight'));
    const epoch = await textNumber(page, 'epoch');
    await byId(page, 'update-step').click();
    await until(async () => Number(await byId(page, 'link-2-0-0').getAttribute('data-weight')) !== before, { what: 'the weight moved' });
    const after = Number(await byId(page, 'link-2-0-0').getAttribute('data-weight'));
    // The page computes w − η·g in f32; compare with Math.fround of the same arithmetic.
    const expected = Math.fround(before - Math.fround(Math.fround(0.1) * grad));
    assert.equal(Math.fround(after), expected);
    assert.equal(await textNumber(page, 'epoch'), epoch, 'an update is not an epoch');
  });
});

test('clicking a training point in the output plane inspects it and rings it', async () => {
  await withPage(env, env.url + LINK, async (page) => {
    const circles = page.locator('.output svg.points circle.pt.pick');
    const n = await circles.count();
    assert.ok(n > 10, `${n} clickable training points`);
    // Validation and test points are drawn but not clickable.
    assert.equal(await page.locator('.output svg.points circle.pt.val.pick, .output svg.points circle.pt.test.pick').count(), 0);
    const target = circles.nth(Math.floor(n / 2));
    const [cx, cy] = [await target.getAttribute('cx'), await target.getAttribute('cy')];
    await target.click({ force: true });
    const ring = byId(page, 'inspected-point');
    await ring.waitFor();
    assert.deepEqual([await ring.getAttribute('cx'), await ring.getAttribute('cy')], [cx, cy]);
    const index = Number(await byId(page, 'inspect-point').inputValue());
    assert.ok(Number.isInteger(index) && index >= 0, `inspect-point shows ${index}`);
    assert.ok(Number.isFinite(await textNumber(page, 'point-loss')));
    // Typing another index moves the ring off the clicked point.
    await setInputValue(page, 'inspect-point', index === 0 ? 1 : 0);
    await until(async () => (await ring.getAttribute('cx')) !== cx || (await ring.getAttribute('cy')) !== cy, { what: 'the ring moved' });
    await screenshot(page, 'inspect-click');
    assert.deepEqual(page.errors, []);
  });
});
