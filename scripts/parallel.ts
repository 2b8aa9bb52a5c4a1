/**
 * `tsx scripts/parallel.ts a b …`: runs the npm scripts a, b, … at the same time, each line of their
 * output prefixed with the script's name, and exits with the first non-zero code once all have ended
 * (0 when all passed). `npm test` uses it to type-check and run the unit tests while the extension is built and
 * zipped: none of the three needs another's output (only the browser tests need the build, and they run after).
 * The browser tests are not run beside them: they keep both cores busy too (Chromium's processes, most of whose CPU time
 * `time` does not count: the thirty-ninth session's run read 1,026 CPU-seconds for a 792 s run whose two cores vmstat
 * showed busy throughout). On 2026-12-07 a run with the browser tests beside the unit tests starved the unit workers (the
 * Persian reader-gate audit took 403 s instead of about 60 and timed out); a second, with the unit run and the type check
 * niced so the browser tests came first, took 792 s, no less than one after the other, and the audit timed out again.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (!names.length) {
  console.error('usage: tsx scripts/parallel.ts <npm script> [<npm script> …]');
  process.exit(2);
}

function run(name: string): Promise<number> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Whole lines only: a chunk can end mid-line.
    const pipe = (from: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
      let rest = '';
      from.on('data', (c: Buffer) => {
        const lines = (rest + c.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) to.write(`[${name}] ${line}\n`);
      });
      from.on('end', () => rest.trim() && to.write(`[${name}] ${rest}\n`));
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('error', (e) => {
      console.error(`[${name}] could not start: ${e.message}`);
      done(1);
    });
    child.on('close', (code, signal) => {
      const took = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`[${name}] ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${took} s`);
      done(code ?? 1);
    });
  });
}

const codes = await Promise.all(names.map(run));
process.exit(codes.find((c) => c !== 0) ?? 0);
