// The three kinds of learning (#lab=paradigms): Train all trains the network on the labels,
// k-means on the same points without them and the bandit agent on rewards alone; the three
// scores beat chance (accuracy > 0.9, purity > 1/K, the agent's mean reward above the
// chance line the page states); the link reopens the same numbers; bad links name their
// key; screenshots in both languages and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, byId, setInputValue, until } from './harness.mjs';
import { labScreenshots } from './lab-shots.mjs';

const env = useBrowser();

const openLab = (hash, viewport) => openPage(env.browser, env.url + hash, viewport, 'train-all');
const value = async (page, id) => Number(await byId(page, id).getAttribute('data-value'));

async function trainAll(page, timeout = 30_000) {
  await page.locator('[data-testid="train-all"][data-status]').waitFor();
  await byId(page, 'train-all').click();
  await page.locator('[data-testid="train-all"][data-status="done"]').waitFor({ timeout });
}

async function scores(page) {
  return {
    accuracy: await value(page, 'supervised-accuracy'),
    purity: await value(page, 'cluster-purity'),
    reward: await value(page, 'agent-reward'),
    chance: await value(page, 'agent-chance'),
  };
}

test('Train all: labels, no labels and a reward each learn the world', async () => {
  const page = await openLab('#lab=paradigms');
  try {
    assert.equal(await byId(page, 'supervised-accuracy').getAttribute('data-value'), '', 'nothing scored before training');
    await trainAll(page);
    const s = await scores(page);
    assert.ok(s.accuracy > 0.9 && s.accuracy <= 1, `accuracy ${s.accuracy}`);
    assert.ok(s.purity > 1 / 3 && s.purity <= 1, `purity ${s.purity} against chance 1/3`);
    assert.equal(s.chance, 0.5);
    assert.ok(s.reward > s.chance + 0.1, `mean reward ${s.reward} against chance ${s.chance}`);
    // The agent chose the regions 40 rounds × 10 times in all.
    let chosen = 0;
    for (let k = 1; k <= 3; k++) chosen += await value(page, `chosen-${k}`);
    assert.equal(chosen, 400);
    assert.match(await byId(page, 'lab-share-link').inputValue(), /#lab=paradigms&classes=3&noise=30&rounds=40&seed=1&trained=40$/);
    // A setting changed starts over, and the link follows.
    await setInputValue(page, 'classes', '5');
    await until(async () => /&classes=5&.*&trained=0$/.test(await byId(page, 'lab-share-link').inputValue()), { what: 'classes=5 in the link' });
    await until(async () => (await byId(page, 'train-all').getAttribute('data-status')) === 'idle', { what: 'a fresh run' });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a trained link reopens the same three numbers; a bad link names its key', async () => {
  const page = await openLab('#lab=paradigms&classes=4&noise=45&rounds=25&seed=9');
  try {
    await trainAll(page);
    const url = await byId(page, 'lab-share-link').inputValue();
    assert.match(url, /&seed=9&trained=25$/);
    const first = await scores(page);
    assert.ok(first.purity > 0.25 && first.reward > first.chance, JSON.stringify(first));
    const again = await openLab(url.slice(url.indexOf('#')));
    try {
      await again.locator('[data-testid="train-all"][data-status="done"]').waitFor({ timeout: 20_000 });
      assert.deepEqual(await scores(again), first);
      assert.deepEqual(again.errors, []);
    } finally {
      await again.context().close();
    }
    for (const [hash, key] of [
      ['#lab=paradigms&classes=9', 'classes'],
      ['#lab=paradigms&noise=NaN', 'noise'],
      ['#lab=paradigms&rounds=5&trained=6', 'trained'],
    ]) {
      const bad = await openPage(env.browser, env.url + hash, undefined, 'error-message');
      try {
        assert.match(await byId(bad, 'error-message').textContent(), new RegExp(key));
      } finally {
        await bad.context().close();
      }
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('screenshots: English, Japanese and a phone, trained', async () => {
  await labScreenshots(env, `${env.url}#lab=paradigms&noise=40`, 'lab-paradigms', 'train-all', async (page) => {
    await page.locator('[data-testid="train-all"][data-status]').waitFor();
    await byId(page, 'train-all').click();
    await page.locator('[data-testid="train-all"][data-status="done"]').waitFor({ timeout: 20_000 });
  });
});
