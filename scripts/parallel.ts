/**
 * `tsx scripts/parallel.ts a b+c ~d …`: runs the npm scripts a, b, d, … at the same time, each line of their output prefixed
 * with the script's name, and exits with the first non-zero code once all have ended (0 when all passed). `b+c` runs c
 * after b has passed (c is not run if b failed); a leading `~` runs a script (or a chain) at a lower CPU priority (nice 10).
 *
 * `npm test` runs `zip+test:e2e ~typecheck ~test:unit`: the build (both browsers) and then the browser tests, beside the
 * type check and the unit tests. The browser tests mostly wait on pages, the panel and the host editors: measured on
 * 2026-12-07, about 250 CPU-seconds (Chromium's processes included) in a run of 330 s on the 2-core machine, a third
 * of its two cores; the unit run and the type check need the cores all the time. Run one after the other they took
 * 800-850 s here and in CI, over the 10-minute budget. Side by side at the same priority, the unit workers starved the
 * browser tests' pages and the other way round (the thirty-eighth session's attempt: the Persian gate audit timed out). So
 * the unit run and the type check run niced: the browser tests take the CPU whenever they need it, and the unit run gets
 * every cycle they leave.
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: tsx scripts/parallel.ts <npm script>[+<npm script>…] [~<npm script>…] …');
  process.exit(2);
}

/** Whether `nice` is there to lower a script's priority (coreutils; without it the script runs at the usual priority). */
const hasNice = await new Promise<boolean>((done) => {
  const probe = spawn('nice', ['true'], { stdio: 'ignore' });
  probe.on('error', () => done(false));
  probe.on('close', (code) => done(code === 0));
});

function run(name: string, low: boolean): Promise<number> {
  return new Promise((done) => {
    const started = Date.now();
    const command = low && hasNice ? ['nice', '-n', '10', 'npm'] : ['npm'];
    const child = spawn(command[0], [...command.slice(1), 'run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** One argument: its scripts one after another, stopping at the first that fails. */
async function chain(arg: string): Promise<number> {
  const low = arg.startsWith('~');
  for (const name of arg.replace(/^~/, '').split('+')) {
    const code = await run(name, low);
    if (code !== 0) return code;
  }
  return 0;
}

const codes = await Promise.all(args.map(chain));
process.exit(codes.find((c) => c !== 0) ?? 0);
