'use strict';
//! Aggregates `@@RESULT {json}` lines (from engine.js and `neurite-bench --detail`) into a
//! table with ratios vs the best peer, checks (learning, same init, same grid), the issue's
//! targets, and finally one JSON line per engine and workload.
//! With several rounds (bench/run runs every engine once per round), each engine and
//! workload is represented by its best round — the least disturbed by other jobs on a
//! shared machine — and the table shows every round's median beside it.
//! Usage: node report.js RESULTS_FILE

const fs = require('fs');

const ORDER = ['neurite-wasm', 'neurite-native', 'tfjs-cpu', 'tfjs-wasm', 'brain.js', 'convnetjs'];
const TARGETS = { A: 4, B: 5, C: 20, D: 3, E: 1.5 };
/** The best peers' figures quoted in the speed issue (measured earlier on this machine kind). */
const QUOTED = { A: ['brain.js', 730000], B: ['tfjs-wasm', 375], C: ['tfjs-wasm', 44000] };
const isPeer = (e) => !e.startsWith('neurite-');

function parse(file) {
  return fs.readFileSync(file, 'utf8').split('\n')
    .filter((l) => l.startsWith('@@RESULT '))
    .map((l) => JSON.parse(l.slice(9)));
}

function fmt(v, digits = 0) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '-';
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function checks(r, ref) {
  if (r.error) return r.error;
  const out = [];
  if (r.workload === 'B') {
    const ok = ref && Math.abs(r.checksum - ref.checksum) <= 1e-3 * Math.abs(ref.checksum);
    out.push(ok ? 'grid matches' : `grid checksum ${fmt(r.checksum, 3)} differs`);
  } else {
    r.learned = Number.isFinite(r.loss) && r.loss < r.loss0 && Number.isFinite(r.loss_end);
    out.push(r.learned ? 'learns' : 'DID NOT LEARN');
    if (ref && Math.abs(r.loss0 - ref.loss0) > 1e-4) out.push('init loss differs');
  }
  if (r.deviation) out.push(`deviation: ${r.deviation}; not ranked`);
  return out.join(', ');
}

function main() {
  const results = parse(process.argv[2]);
  const byKey = new Map();
  const rounds = new Map();
  for (const r of results) {
    const key = `${r.engine}/${r.workload}`;
    if (!r.error) rounds.set(key, [...(rounds.get(key) || []), r.median]);
    const kept = byKey.get(key);
    if (!kept || (kept.error && !r.error) || (!r.error && r.median > kept.median)) byKey.set(key, r);
  }
  const engines = [...new Set([...ORDER, ...results.map((r) => r.engine)])].filter((e) => results.some((r) => r.engine === e));
  const lines = [];
  const summary = [];
  console.log(`${'wl'.padEnd(3)} ${'engine'.padEnd(15)} ${'median'.padStart(12)} ${'unit'.padEnd(10)} ${'vs best peer'.padStart(12)} ${'loss0 → loss'.padEnd(18)} check`);
  for (const w of ['A', 'B', 'C', 'D', 'E']) {
    if (!results.some((r) => r.workload === w)) continue;
    const ref = byKey.get(`neurite-native/${w}`);
    const rows = engines.map((e) => byKey.get(`${e}/${w}`)).filter(Boolean);
    rows.forEach((r) => { r.check = checks(r, ref); });
    const valid = (r) => !r.error && !r.deviation && (w === 'B' ? r.check === 'grid matches' : r.learned);
    const peers = rows.filter((r) => isPeer(r.engine) && valid(r));
    const best = peers.reduce((a, r) => (!a || r.median > a.median ? r : a), null);
    for (const r of rows) {
      const ratio = best && !r.error ? r.median / best.median : null;
      const loss = w === 'B' || r.error ? '' : `${fmt(r.loss0, 4)} → ${fmt(r.loss, 4)}`;
      const all = rounds.get(`${r.engine}/${w}`) || [];
      const spread = all.length > 1 ? `  rounds: ${all.map((m) => fmt(m, w === 'B' ? 1 : 0)).join(' / ')}` : '';
      console.log(`${w.padEnd(3)} ${r.engine.padEnd(15)} ${fmt(r.median, w === 'B' ? 1 : 0).padStart(12)} ${r.unit.padEnd(10)} ${(ratio ? `${fmt(ratio, 2)}×` : '-').padStart(12)} ${loss.padEnd(18)} ${r.check}${spread}`);
      lines.push({ engine: r.engine, workload: w, median: r.error ? null : r.median, unit: r.unit, loss: w === 'B' || r.error ? null : r.loss, ...(r.error ? { error: r.error } : {}) });
    }
    const wasm = byKey.get(`neurite-wasm/${w}`);
    if (best && wasm && !wasm.error) {
      const x = wasm.median / best.median;
      summary.push(`${w}: neurite-wasm ${fmt(x, 2)}× best peer of this run (${best.engine}); target ≥ ${TARGETS[w]}× → ${x >= TARGETS[w] ? 'MET' : 'MISSED'}`);
    }
    if (wasm && !wasm.error && QUOTED[w]) {
      const [peer, figure] = QUOTED[w];
      const x = wasm.median / figure;
      summary.push(`${w}: neurite-wasm ${fmt(x, 2)}× the issue's quoted ${peer} figure (${fmt(figure)}); target ≥ ${TARGETS[w]}× → ${x >= TARGETS[w] ? 'MET' : 'MISSED'}`);
    }
    if (ref && wasm && !wasm.error && !ref.error) {
      const x = ref.median / wasm.median;
      // "Within 1.5× of the wasm build's figures or better": native ≥ wasm / 1.5.
      summary.push(`${w}: neurite-native / neurite-wasm = ${fmt(x, 2)} (target: native ≥ wasm / 1.5) → ${x >= 1 / 1.5 ? 'MET' : 'MISSED'}`);
    }
    console.log('');
  }
  console.log('Notes:');
  for (const e of engines) {
    const r = results.find((x) => x.engine === e && x.note);
    if (r) console.log(`  ${e}: ${r.note}`);
  }
  console.log('\nTargets:');
  summary.forEach((s) => console.log(`  ${s}`));
  console.log('');
  lines.forEach((l) => console.log(JSON.stringify(l)));
}

main();
