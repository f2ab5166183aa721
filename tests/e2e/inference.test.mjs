// Training versus inference (学習 と 推論) in the playground: the `inference` toggle locks the
// weights (play disabled, sliders read-only, nothing trains), a click on the output plane or
// typed coordinates query the model, and with batch norm the training-mode output of a single
// point differs from the inference output. Screenshots (target/screenshots/inference-*.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, byId, screenshot, until, textNumber, setInputValue } from './harness.mjs';

const env = useBrowser();
const weights = (page) => page.locator('[data-testid^="link-"]').evaluateAll(
  (els) => els.map((e) => e.getAttribute('data-weight')));

test('with batch norm, inference and training mode answer differently; inference locks the weights', async () => {
  await withPage(env, `${env.url}#norm=batch,batch`, async (page) => {
    for (let e = 1; e <= 5; e++) {
      await byId(page, 'step').click();
      await until(async () => (await textNumber(page, 'epoch')) === e, { what: `epoch ${e}` });
    }
    await byId(page, 'inference').check();
    assert.equal(await byId(page, 'play').isDisabled(), true, 'play is disabled');
    assert.equal(await byId(page, 'step').isDisabled(), true);
    assert.equal(await byId(page, 'learning-rate').isDisabled(), true, 'training settings locked');
    const before = await weights(page);
    assert.ok(before.length > 0);
    // Keyboard shortcuts and forced clicks are refused by the reducer too.
    await page.keyboard.press('Space');
    await byId(page, 'play').click({ force: true });
    await byId(page, 'step').click({ force: true });
    await page.waitForTimeout(400);
    assert.equal(await textNumber(page, 'epoch'), 5, 'nothing trained');
    assert.deepEqual(await weights(page), before, 'weights unchanged');
    // A click on the plane queries the model.
    const plane = await byId(page, 'output-heatmap').boundingBox();
    await page.mouse.click(plane.x + plane.width * 0.75, plane.y + plane.height * 0.25);
    await byId(page, 'query-output').waitFor();
    assert.match(await byId(page, 'query-output').textContent(), /output -?\d\.\d{3} → class [01], confidence \d+ %/);
    const x1 = Number(await byId(page, 'query-x1').inputValue());
    const x2 = Number(await byId(page, 'query-x2').inputValue());
    assert.ok(Math.abs(x1 - 3) < 0.2 && Math.abs(x2 - 3) < 0.2, `queried (${x1}, ${x2})`);
    const infer = await byId(page, 'query-infer-output').textContent();
    const train = await byId(page, 'query-train-output').textContent();
    assert.notEqual(infer, train, `batch norm: inference ${infer} vs training ${train}`);
    // Typed coordinates query too; training mode on one point gives f(β) wherever it is.
    await setInputValue(page, 'query-x1', -4);
    await setInputValue(page, 'query-x2', -4);
    await until(async () => (await byId(page, 'query-infer-output').textContent()) !== infer, { what: 'a new answer' });
    assert.equal(await byId(page, 'query-train-output').textContent(), train);
    await screenshot(page, 'inference-en');
    await byId(page, 'lang').click();
    await until(async () => /推論/.test(await byId(page, 'query-panel').textContent()), { what: 'Japanese' });
    await screenshot(page, 'inference-ja');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'inference-phone');
    await page.setViewportSize({ width: 1400, height: 950 });
    await byId(page, 'lang').click();
    // Off again: training resumes.
    await byId(page, 'inference').uncheck();
    assert.equal(await byId(page, 'play').isDisabled(), false);
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 6, { what: 'epoch 6' });
    assert.equal(await byId(page, 'query-panel').count(), 0);
    assert.deepEqual(page.errors, []);
  });
});

test('without batch norm or dropout both modes agree; in inference mode points are not picked', async () => {
  await withPage(env, env.url, async (page) => {
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    await byId(page, 'inference').check();
    assert.equal(await page.locator('svg.points circle.pick').count(), 0, 'a click queries instead of inspecting');
    await setInputValue(page, 'query-x1', 1);
    await byId(page, 'query-output').waitFor();
    assert.equal(await byId(page, 'query-infer-output').textContent(), await byId(page, 'query-train-output').textContent());
    await byId(page, 'inference').uncheck();
    assert.ok((await page.locator('svg.points circle.pick').count()) > 0, 'off: training points inspect again');
    assert.deepEqual(page.errors, []);
  });
});
