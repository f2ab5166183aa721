#!/usr/bin/env node
// Frame-time benchmark of the built app (not a test: it prints figures, it asserts nothing).
//
//   node bench/frames.mjs [--seconds 10] [--hash '<share-link fragment>'] [--viewport 1400x950]
//                         [--idle]   (do not press play: the machine's own frame baseline)
//                         [--speed N|max] (the speed slider at N epochs/s, or "as fast as possible")
//
// Expects a release build in dist/ (`trunk build --release`); builds nothing itself. Serves
// dist/ on loopback, opens the playground in headless Debian Chromium, presses play, waits a
// second of warm-up, then records every requestAnimationFrame timestamp for the sampling
// window while training runs with every heatmap live. Prints the median and 95th-percentile
// frame interval, the share of frames over 20 ms (a missed 60 Hz vsync), epochs trained per second, and the page's
// own main-thread work per frame ("busy": rAF callback start → the next task, so training,
// snapshots and Yew's render, not the browser's paint).
import { closeBench, measureFrames, openBench } from './lib/frames.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const bench = await openBench();
try {
  const speed = arg('speed', null);
  const result = await measureFrames(bench, {
    hash: arg('hash', ''),
    seconds: Number(arg('seconds', '10')),
    viewport: arg('viewport', '1400x950').split('x').map(Number),
    speed: speed === null || speed === 'max' ? speed : Number(speed),
    idle: process.argv.includes('--idle'),
  });
  console.log(JSON.stringify(result, null, 2));
} finally {
  await closeBench(bench);
}
