#!/usr/bin/env node
// Frame times at every size the limits allow (not a test: it prints a table, it asserts
// nothing).
//
//   node bench/frame-sizes.mjs [--seconds 5] [--speed N|max] [--only TEXT]
//
// Expects a release build in dist/. For each setup below — the shapes on the spiral
// with all nine features and relu, a K-class head, the 1-D sine and an 8-column CSV — opens the
// playground, presses play and records `--seconds` of animation frames (bench/lib/frames.mjs).
// Prints one Markdown row per setup: median and p95 frame interval, share of frames over
// 20 ms, the page's own work per frame (median, p95), epochs/s and the output map's side.
import { closeBench, measureFrames, openBench } from './lib/frames.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const ALL = 'x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true';
const spiral = (shape) => `dataset=spiral&activation=relu&networkShape=${shape}&${ALL}`;
const SETUPS = [
  ['default playground', ''],
  ['6 × 8', spiral('8,8,8,8,8,8')],
  ['4 × 16', spiral('16,16,16,16')],
  ['2 × 32', spiral('32,32')],
  ['8 × 32', spiral('32,32,32,32,32,32,32,32')],
  ['8 × 32, 6 classes (softmax)', `dataset=spirals&classes=6&activation=relu&networkShape=32,32,32,32,32,32,32,32&${ALL}`],
  ['1-D sine, 8 × 32', 'regDataset=sine&problem=regression&activation=tanh&networkShape=32,32,32,32,32,32,32,32&x=true'],
  ['N-D CSV (8 columns), 8 × 32', 'activation=relu&networkShape=32,32,32,32,32,32,32,32', importNd],
];

/** An N-D regression CSV (300 rows, 8 input columns), imported through the data editor. */
async function importNd(page) {
  const cols = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const rows = [[...cols, 'y'].join(',')];
  for (let i = 0; i < 300; i++) {
    const x = cols.map((_, j) => Math.sin(i * (j + 1.3) + j) * 2);
    rows.push([...x.map((v) => v.toFixed(3)), (x[0] - x[1] * x[2] + 0.5 * x[3]).toFixed(4)].join(','));
  }
  await page.getByTestId('csv-text').fill(rows.join('\n'));
  await page.getByTestId('csv-apply').click();
  await page.getByTestId('output-fit').waitFor();
}

const seconds = Number(arg('seconds', '5'));
// Only the setups whose name contains this text (all by default).
const only = arg('only', '');
const speedArg = arg('speed', null);
const speed = speedArg === null || speedArg === 'max' ? speedArg : Number(speedArg);
const bench = await openBench();
try {
  console.log('| setup | median frame | p95 | over 20 ms | busy median | busy p95 | epochs/s | output side |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, hash, prepare] of SETUPS.filter(([name]) => name.includes(only))) {
    const r = await measureFrames(bench, { hash, seconds, speed, prepare });
    console.log(
      `| ${name} | ${r.median_ms} ms | ${r.p95_ms} ms | ${r.dropped_over_20ms} | ${r.busy_median_ms} ms | ` +
        `${r.busy_p95_ms} ms | ${r.epochs_per_s} | ${r.output_res ?? '–'} |`,
    );
  }
} finally {
  await closeBench(bench);
}
