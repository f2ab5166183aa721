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
