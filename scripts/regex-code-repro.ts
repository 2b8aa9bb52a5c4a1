/**
 * Issue 13's cause, without any Tactful code: once a process has compiled a lot of regular-expression machine code
 * (many or large distinct RegExps, each run twice so V8 tiers it up from bytecode to machine code), every RegExp run afterwards is several times slower, and stays so after
 * those expressions are dropped and collected. The rewrite bench (packs, generic readers, the 5,000-rule pack, alex
 * and write-good) compiles ~2,000 distinct expressions, many of them long alternations; the tone reader, timed after
 * it, spends its regex time 5x slower (19% of its samples instead of 6%).
 *
 *   npx tsx scripts/regex-code-repro.ts [count] [alternatives]       e.g. 2000 100 (slow after), 500 100 (not)
 *   node --no-regexp-tier-up --import tsx scripts/regex-code-repro.ts 2000 100   (no slowdown)
 *   node --regexp-interpret-all --import tsx scripts/regex-code-repro.ts 2000 100 (no slowdown, all slower)
 */
const texts = Array.from({ length: 7000 }, (_, i) => `@united flight ${i} was Delayed AGAIN, dear team, I am writing kindly to ask why ${i * 7}`);

function rx(label: string): void {
  const r1 = /[A-Z]{2}/;
  const r2 = /dear|whom|yours|sincerely|respectfully|writing|kindly|grateful/i;
  let n = 0;
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) for (const x of texts) { if (r1.test(x)) n++; if (r2.test(x)) n++; }
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms (${n} matches)`);
}

rx('two regexes over 7,000 lines x20');
rx('again (warm)');
const count = Number(process.argv[2] ?? 2000);
const alternatives = Number(process.argv[3] ?? 100);
let keep: RegExp[] = [];
for (let i = 0; i < count; i++) {
  const r = new RegExp(`${Array.from({ length: alternatives }, (_, k) => `w${i}q${k}x`).join('|')}|y${i % 97}z`, 'i');
  // Twice: the first run is interpreted (bytecode); the second compiles the expression to machine code (V8's tier-up).
  r.test(texts[i % texts.length]);
  r.test(`w${i}x`);
  keep.push(r);
}
rx(`after ${count} distinct expressions of ${alternatives} alternatives compiled and run`);
keep = [];
(globalThis as { gc?: () => void }).gc?.();
rx(`after dropping them${(globalThis as { gc?: () => void }).gc ? ' and a full GC' : ''}`);
