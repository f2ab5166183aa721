// Sharing exactly what is on the screen: an Adam run's link reopens with the same history
// and trains on in step; settings only opens at epoch 0; a state too large for a link falls
// back to its settings with a note; a state file round-trips and a corrupt one is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useBrowser, withPage, openPage, byId, textNumber, canvasPixels, screenshot, until,
} from './harness.mjs';

const env = useBrowser();
const ADAM = '#optimizer=adam&learningRate=0.01&percTrainData=50&percValData=20&dropout=0.1,0';

/** `n` epochs by the step button (exactly n, unlike play). */
async function steps(page, n) {
  const start = await textNumber(page, 'epoch');
  for (let i = 1; i <= n; i++) {
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === start + i, { what: `epoch ${start + i}` });
  }
}

/** What a reopened page must show the same: epoch, losses, the chart's curves, the output. */
async function shown(page) {
  return {
    epoch: await textNumber(page, 'epoch'),
    losses: await Promise.all(['loss-train', 'loss-val', 'loss-test'].map(
      async (id) => (await byId(page, id).textContent()).trim())),
    curves: await page.locator('.chart-svg polyline.curve').evaluateAll(
      (els) => els.map((e) => e.getAttribute('points'))),
    pixels: (await canvasPixels(page)).hash,
  };
}

/** The share link as the share box shows it once Copy has encoded it. */
async function copiedLink(page) {
  await byId(page, 'share').click();
  return byId(page, 'share-link').inputValue();
}

test('an Adam run shared by default reopens with its history and trains on in step', async () => {
  const a = await openPage(env.browser, env.url + ADAM);
  let b = null;
  try {
    assert.equal(await byId(a, 'share-mode').getAttribute('data-mode'), 'settings', 'untrained: settings');
    await steps(a, 8);
    const link = await copiedLink(a);
    assert.equal(await byId(a, 'share-mode').getAttribute('data-mode'), 'exact');
    assert.equal(await byId(a, 'share-weights').isChecked(), true, 'exact by default once trained');
    assert.match(await byId(a, 'share-mode').textContent(), /epoch 8/);
    assert.match(link, /&w=[A-Za-z0-9_-]+$/);
    const before = await shown(a);
    assert.equal(before.curves.filter((p) => p.trim().split(' ').length === 8).length, 3, 'three curves of 8 epochs');
    await a.locator('section.share').screenshot({ path: 'target/screenshots/share-exact-en.png' });

    b = await openPage(env.browser, link);
    assert.deepEqual(await shown(b), before, 'the same epoch, losses, chart and boundary');
    assert.equal(await byId(b, 'error-message').count(), 0);
    await steps(a, 5);
    await steps(b, 5);
    const [after, again] = [await shown(a), await shown(b)];
    assert.equal(after.epoch, 13);
    assert.deepEqual(again, after, 'five more epochs: identical losses and curves');
    assert.equal(await copiedLink(b), await copiedLink(a), 'the same state, bit for bit');
    assert.deepEqual([...a.errors, ...b.errors], []);
  } finally {
    await a.context().close();
    await b?.context().close();
  }
});


test('settings only is one tick away and opens at epoch 0', async () => {
  const link = await withPage(env, env.url + ADAM, async (p) => {
    await steps(p, 3);
    // Trained: once the link settles the box is ticked by default; one click unticks it.
    await until(() => byId(p, 'share-weights').isChecked(), { what: 'the default tick' });
    await byId(p, 'share-weights').uncheck();
    const link = await copiedLink(p);
    assert.equal(await byId(p, 'share-mode').getAttribute('data-mode'), 'settings');
    assert.match(await byId(p, 'share-mode').textContent(), /settings only/);
    assert.doesNotMatch(link, /&w=/);
    await p.locator('section.share').screenshot({ path: 'target/screenshots/share-settings-en.png' });
    return link;
  });
  await withPage(env, link, async (p) => {
    assert.equal(await textNumber(p, 'epoch'), 0);
    assert.equal(await byId(p, 'share-mode').getAttribute('data-mode'), 'settings');
    assert.equal(await byId(p, 'error-message').count(), 0);
    assert.deepEqual(p.errors, []);
  });
});

/** A CSV of `rows` × `columns` with a 3-class label. */
function bigCsv(rows, columns) {
  const lines = [[...Array(columns).keys()].map((c) => `c${c}`).concat('label').join(',')];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < columns; c++) row.push((((r * 7919 + c * 104729) % 10007) / 37).toFixed(2));
    row.push(['a', 'b', 'c'][r % 3]);
    lines.push(row.join(','));
  }
  return lines.join('\n');
}

test('a state too large for a link shares its settings with a note, and its file keeps it all', async () => {
  await withPage(env, env.url, async (p) => {
    // 14,000 points of 40 columns: a 2.25 MB blob, over a link's 2 MiB.
    // Set as a paste would (Playwright's fill of 4 MB is slow); Apply reads the field.
    await byId(p, 'csv-text').evaluate((el, text) => { el.value = text; }, bigCsv(14000, 40));
    await byId(p, 'csv-apply').click();
    await until(async () => (await p.locator('.csv-ok').count()) === 1, { timeout: 60_000, what: 'the import' });
    await steps(p, 1);
    const link = await copiedLink(p);
    await byId(p, 'share-fallback').waitFor();
    const note = await byId(p, 'share-fallback').textContent();
    assert.match(note, /Too large for a link \(\d+ bytes; a link holds 2097152\)/, note);
    assert.equal(await byId(p, 'share-mode').getAttribute('data-mode'), 'settings');
    assert.ok(link.length < 4000, `the settings alone: ${link.length} bytes`);
    // The autosave falls back the same way: a link the decoder accepts.
    const saved = await p.evaluate(() => localStorage.getItem('neurite.state'));
    assert.ok(saved && saved.length < 4000, `autosave of ${saved?.length} bytes`);
    await p.locator('section.share').screenshot({ path: 'target/screenshots/share-fallback-en.png' });
    assert.deepEqual(p.errors, []);
  });
});

test('export then import restores epoch and losses; a corrupt file is refused and loses nothing', async () => {
  const file = 'target/tmp/neurite-state.json';
  const saved = await withPage(env, env.url + ADAM, async (p) => {
    await steps(p, 6);
    const [download] = await Promise.all([p.waitForEvent('download'), byId(p, 'export-state').click()]);
    assert.equal(download.suggestedFilename(), 'neurite-state.json');
    await download.saveAs(file);
    assert.equal(await byId(p, 'state-file-note').getAttribute('data-ok'), 'true');
    return shown(p);
  });
  const text = await readFile(file, 'utf8');
  assert.equal(JSON.parse(text).format, 'neurite-playground-state');
  await withPage(env, env.url, async (p) => {
    await byId(p, 'import-state').setInputFiles(file);
    await until(async () => (await textNumber(p, 'epoch')) === 6, { what: 'the imported epoch' });
    assert.deepEqual(await shown(p), saved);
    assert.match(await byId(p, 'state-file-note').textContent(), /Opened at epoch 6/);
    for (const [name, body, why] of [
      ['broken.json', '{"format": "neurite-playground-state", "ver', /not JSON/],
      ['other.json', '{"format": "photo", "version": 1, "link": ""}', /its format is 'photo'/],
      ['bad-blob.json', '{"format": "neurite-playground-state", "version": 1, "link": "seed=1&w=AAAA"}', /not valid deflate data/],
    ]) {
      await byId(p, 'import-state').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await until(async () => why.test(await byId(p, 'state-file-note').textContent()), { what: `${name} refused` });
      assert.equal(await byId(p, 'state-file-note').getAttribute('data-ok'), 'false');
      assert.match(await byId(p, 'state-file-note').textContent(), /Nothing was changed/);
      assert.deepEqual(await shown(p), saved, `${name}: the page is as it was`);
    }
    await p.locator('.panel:has(section.share)').screenshot({ path: 'target/screenshots/share-file-error-en.png' });
    assert.deepEqual(p.errors, []);
  });
});

test('screenshots: the share box in Japanese and at phone width', async () => {
  for (const [lang, viewport, name] of [
    ['ja', undefined, 'share-box-ja'],
    ['en', { width: 390, height: 844 }, 'share-box-phone'],
    ['ja', { width: 390, height: 844 }, 'share-box-phone-ja'],
  ]) {
    await withPage(env, env.url + ADAM, async (p) => {
      if (lang === 'ja') await byId(p, 'lang').click();
      await steps(p, 2);
      await copiedLink(p);
      if (lang === 'ja') assert.match(await byId(p, 'share-mode').textContent(), /エポック 2/);
      const panel = p.locator('.panel:has(section.share)');
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `target/screenshots/${name}.png` });
      await screenshot(p, name + '-page');
      assert.deepEqual(p.errors, []);
    }, viewport);
  }
});
