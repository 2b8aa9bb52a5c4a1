/**
 * `tsx scripts/parallel.ts a b …`: runs the npm scripts a, b, … at the same time, each line of their
 * output prefixed with the script's name, and exits with the first non-zero code once all have ended
 * (0 when all passed). `npm test` uses it to run the type check, the unit tests and `test:browser` (build and zip both
 * browsers, then the browser tests) side by side: none needs another's output. The type check and the unit run keep the
 * two cores busy; the browser tests mostly wait on pages, the panel and the host editors (about 100 CPU-seconds in a
 * 250 s run), so they fill what the others leave instead of starting once both have ended (the thirty-seventh session's
 * CI run took 713 s with them after the unit run).
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
