// The autosave under faults, in the browser: storage full (setItem throws
// QuotaExceededError), storage disabled (the localStorage getter throws, as in some private
// modes), a damaged, cut-short or other-version save. Each opens the app with the storage note
// (EN and JA) and keeps the page's state; a reload while training, after drawing a point or
// after importing a CSV restores exactly that state (the share link with weights, bit for bit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, withPage, byId, textNumber, until, screenshot, settledEpoch, setInputValue, LOSS_TEXT,
} from './harness.mjs';

const env = useBrowser();

const SAVE = 'neurite.state';
const HASH = 'neurite.hash';
const UNREADABLE = 'neurite.state.unreadable';

/** Reloads and waits for the app. */
async function reload(page) {
  await page.reload();
  await byId(page, 'epoch').waitFor({ timeout: 30_000 });
}

/** Runs `script(arg)` before the app on every later load of the page's context, then reloads. */
async function reloadWith(page, script, arg) {
  await page.context().addInitScript(script, arg);
  await reload(page);
}

/**
 * Arranges for the next load to find `entries` ({key: value}) in localStorage, written by an
 * init script before the app starts: writing them from the test directly would not last, as
 * the page saves its state again when it is left.
 */
async function plantOnNextLoad(page, entries) {
  if (!page.planting) {
    page.planting = true;
    await page.context().addInitScript(() => {
      const planted = sessionStorage.getItem('plant');
      if (planted === null) return;
      sessionStorage.removeItem('plant');
      for (const [k, v] of Object.entries(JSON.parse(planted))) localStorage.setItem(k, v);
    });
  }
  await page.evaluate((e) => sessionStorage.setItem('plant', JSON.stringify(e)), entries);
}

/** The share link with trained weights (encoded now): the whole state, exact bits. */
async function exactLink(page) {
  await byId(page, 'share-weights').check();
  await byId(page, 'share').click();
  const link = await byId(page, 'share-link').inputValue();
  assert.match(link, /[#&]w=/, 'the link carries the weights blob');
  return link;
}

const savedNow = (page) => page.evaluate((k) => localStorage.getItem(k), SAVE);

/** One step, and the autosave after it (written 250 ms after the change settles). */
async function stepAndSave(page) {
  const before = await until(() => savedNow(page), { what: 'the first autosave' });
  await byId(page, 'step').click();
  await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
  return until(async () => {
    const now = await savedNow(page);
    return now !== before && now;
  }, { what: 'the autosave after a step' });
}

const note = (page) => byId(page, 'storage-note');

async function noteInBothLanguages(page, english, japanese, shot) {
  await note(page).waitFor();
  assert.match(await note(page).textContent(), english);
  await screenshot(page, `storage-${shot}-en`);
  await byId(page, 'lang').click();
  await until(async () => japanese.test(await note(page).textContent()), { what: 'the Japanese note' });
  await screenshot(page, `storage-${shot}-ja`);
  await byId(page, 'lang').click();
  await until(async () => english.test(await note(page).textContent()), { what: 'the English note' });
}

test('a reload while training restores the epoch and the weights of the moment it left', async () => {
  await withPage(env, env.url, async (page) => {
    // What the page showed when it was left, recorded by a pagehide listener that runs
    // before the app's (init scripts run first), in the same task as the app's save.
    await reloadWith(page, () => {
      addEventListener('pagehide', () => {
        const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim();
        sessionStorage.setItem('left', JSON.stringify({
          epoch: text('epoch'), train: text('loss-train'), test: text('loss-test'),
        }));
      });
    });
    await setInputValue(page, 'speed', 30);
    await byId(page, 'play').click();
    await until(async () => (await textNumber(page, 'epoch')) >= 15, { what: 'epoch 15' });
    await reload(page);
    const left = JSON.parse(await page.evaluate(() => sessionStorage.getItem('left')));
    assert.ok(Number(left.epoch) >= 15, JSON.stringify(left));
    assert.equal(await byId(page, 'epoch').textContent(), left.epoch, 'the epoch it left');
    assert.equal(await byId(page, 'loss-train').textContent(), left.train, 'the same weights');
    assert.equal(await byId(page, 'loss-test').textContent(), left.test);
    assert.match(left.train, LOSS_TEXT);
    assert.equal(await note(page).count(), 0);
    // Paused after the reload: the epoch does not move.
    assert.equal(await settledEpoch(page), Number(left.epoch));
    assert.deepEqual(page.errors, []);
  });
});

test('a reload right after drawing a point restores points, weights and epoch exactly', async () => {
  await withPage(env, env.url, async (page) => {
    await byId(page, 'step').click();
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 2, { what: 'epoch 2' });
    await page.locator('.data-editor .tools button', { hasText: '1' }).first().click();
    const box = await page.locator('section.output .plane').boundingBox();
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.2);
    const before = await exactLink(page);
    // At once: no debounce has passed, the pagehide save has to carry it.
    await reload(page);
    assert.equal(await textNumber(page, 'epoch'), 2);
    assert.equal(await exactLink(page), before, 'weights, points and epoch bit for bit');
    assert.deepEqual(page.errors, []);
  });
});

test('a reload after importing a CSV and training restores that state exactly', async () => {
  await withPage(env, env.url, async (page) => {
    const rows = ['a,b,kind'];
    for (let i = 0; i < 30; i++) rows.push(`${i % 6},${(i * 7) % 5},${i % 3 ? 'x' : 'y'}`);
    await byId(page, 'csv-text').fill(rows.join('\n'));
    await byId(page, 'csv-apply').click();
    await page.locator('.csv-ok').waitFor();
    for (let i = 0; i < 3; i++) await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 3, { what: 'epoch 3' });
    const before = await exactLink(page);
    await reload(page);
    assert.equal(await textNumber(page, 'epoch'), 3);
    assert.equal(await exactLink(page), before);
    assert.deepEqual(page.errors, []);
  });
});

test('the loss curves survive a reload', async () => {
  await withPage(env, env.url, async (page) => {
    for (let i = 0; i < 4; i++) await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 4, { what: 'epoch 4' });
    // The curves' exact vertices (the history travels in the autosave with the weights).
    const curves = () => page.locator('.chart-svg polyline').evaluateAll((ls) => ls.map((l) => l.getAttribute('points')));
    const before = await curves();
    assert.ok(before.length > 0 && before.every((p) => p.split(' ').length >= 4), `curves before: ${before}`);
    await reload(page);
    await until(async () => (await textNumber(page, 'epoch')) === 4, { what: 'epoch 4 after the reload' });
    assert.deepEqual(await curves(), before);
  });
});

test('storage full: the note says so, the address bar keeps the state, a reload opens it', async () => {
  await withPage(env, env.url, async (page) => {
    await reloadWith(page, (keys) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (keys.includes(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    }, [SAVE]);
    await setInputValue(page, 'learning-rate', 0.3);
    await noteInBothLanguages(page, /^Autosave failed: this browser's storage is full/, /保存領域がいっぱい/, 'full');
    // The page goes on: training works, the address bar follows the state.
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    await until(async () => (await page.evaluate(() => location.hash)).includes('learningRate=0.3'), { what: 'the hash' });
    const stored = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), [SAVE, HASH]);
    assert.deepEqual(stored, [null, null], 'no stale save paired with this hash');
    await reload(page);
    assert.equal(Number(await byId(page, 'learning-rate').inputValue()), 0.3, 'reopened from the address bar');
    await note(page).waitFor();
    // Closing the note keeps it closed while saving keeps failing.
    await page.locator('.message.note button').click();
    await byId(page, 'step').click();
    await page.waitForTimeout(600);
    assert.equal(await note(page).count(), 0);
    assert.deepEqual(page.errors, []);
  });
});

test('storage disabled (private mode): the note says so and the page works', async () => {
  await withPage(env, env.url, async (page) => {
    await reloadWith(page, () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await noteInBothLanguages(page, /^Autosave is off: this browser lets the page store nothing/, /プライベートモード/, 'disabled');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'storage-disabled-phone');
    await byId(page, 'step').click();
    await until(async () => (await textNumber(page, 'epoch')) === 1, { what: 'epoch 1' });
    assert.match(await byId(page, 'loss-train').textContent(), LOSS_TEXT);
    assert.deepEqual(page.errors, []);
  });
});

test('a damaged, a cut-short or a garbage save opens the link with a note and is kept aside', async () => {
  await withPage(env, `${env.url}#dataset=xor&networkShape=3`, async (page) => {
    const good = await stepAndSave(page);
    assert.match(good, /^neurite-save\/1;[0-9a-f]{16};/);
    // The address bar's link carries the trained network (shared exactly by default).
    const linkEpoch = await textNumber(page, 'epoch');
    const damaged = [
      ['cut short', good.slice(0, Math.floor(good.length / 2))],
      ['cut at a key', good.slice(0, good.indexOf('&w='))],
      ['one character changed', good.replace('dataset=xor', 'dataset=spiral')],
      ['garbage', '\u0000\uFFFD<script>window.__pwned=1</script>%%%'],
    ];
    for (const [what, text] of damaged) {
      const hash = (await page.evaluate(() => location.hash)).slice(1);
      await plantOnNextLoad(page, { [SAVE]: text, [HASH]: hash });
      await reload(page);
      await note(page).waitFor({ timeout: 5000 }).catch(async () => {
        throw new Error(`${what}: no note; stored ${await savedNow(page)}`);
      });
      assert.match(await note(page).textContent(), /^The saved session could not be read \(.+\), so it was not restored/, what);
      assert.equal(await textNumber(page, 'epoch'), linkEpoch, `${what}: the address bar's link`);
      assert.equal(await page.locator('[data-testid^="neuron-1-"]').count(), 3, `${what}: its network`);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), UNREADABLE), text, `${what}: kept aside`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    }
    await screenshot(page, 'storage-unreadable-en');
    assert.deepEqual(page.errors, []);
  });
});

test('a save of an older state version says so; a save of the version before the envelope is read', async () => {
  await withPage(env, env.url, async (page) => {
    const good = await stepAndSave(page);
    const link = good.split(';').slice(2).join(';');
    // Before the envelope, saves were bare links: still restored, epoch and all.
    await plantOnNextLoad(page, { [SAVE]: link });
    await reload(page);
    assert.equal(await textNumber(page, 'epoch'), 1);
    assert.equal(await note(page).count(), 0);
    // A bare link of another state version.
    await plantOnNextLoad(page, { [SAVE]: link.replace('v=1', 'v=0') });
    await reload(page);
    await noteInBothLanguages(page, /^The saved session comes from another version of Neurite \(v: '0' is not a supported version/, /別のバージョン/, 'version');
    // The address bar's link (the trained network, shared exactly) is what opens instead.
    assert.equal(await textNumber(page, 'epoch'), 1);
    assert.match(await page.evaluate(() => location.hash), /&w=/);
    assert.deepEqual(page.errors, []);
  });
});
