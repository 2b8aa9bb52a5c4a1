// Prints one closing line, "N passed, N failed, N skipped", from the vitest JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
for (const f of ['.output/test-results/unit.json', '.output/test-results/e2e.json']) {
  if (!existsSync(f)) {
    console.error(`missing test report ${f}`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(f, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
