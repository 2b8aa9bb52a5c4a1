/**
 * Trainers' command line:
 *   npm run pack -- check <file.json>   validate a pack and run every rule's examples
 *   npm run pack -- new <id>            write <id>.json, a starter pack that passes check
 *   npm run pack -- schema              regenerate lib/packs/phrase-pack.schema.json
 *   npm run pack -- migrate <file.json> [out.json]
 *                                       upgrade to the current formatVersion and fix rewrites that
 *                                       add commitments (dropped, or the rule becomes a template or
 *                                       advice); writes out.json (default <file>.migrated.json)
 * Runs under tsx; never bundled into the extension.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkPackExamples, formatPackError, parsePack, PACK_ID_RE, type PhrasePack } from './index.ts';
import { phrasePackJsonSchema } from './jsonschema.ts';
import { fixCommitments } from './migrate.ts';

z.config({ jitless: true });

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'phrase-pack.schema.json');

// `npm run` changes into the project folder; INIT_CWD is where the trainer typed the command.
const here = () => process.env.INIT_CWD ?? process.cwd();

export function schemaFileText(): string {
  return `${JSON.stringify(phrasePackJsonSchema(), null, 2)}\n`;
}

/** Returns the process exit code; prints to `log`/`err`. */
export function run(args: string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const [cmd, arg] = args;
  if (cmd === 'check' && arg) return check(arg, log, err);
  if (cmd === 'new' && arg) return create(arg, log, err);
  if (cmd === 'migrate' && arg) return migrate(arg, args[2], log, err);
  if (cmd === 'schema') {
    writeFileSync(SCHEMA_FILE, schemaFileText());
    log(`wrote ${SCHEMA_FILE}`);
    return 0;
  }
  err('usage: npm run pack -- check <file.json> | new <id> | schema | migrate <file.json> [out.json]');
  return 2;
}

/** Read and validate a pack file; reports problems and returns null when it cannot be used. */
function readPack(file: string, err: (s: string) => void, invalid: string): PhrasePack | null {
  let raw: string;
  try {
    raw = readFileSync(resolve(here(), file), 'utf8');
  } catch {
    err(`${file}: cannot read this file`);
    return null;
  }
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    for (const e of parsed.errors) err(`${file}: ${formatPackError(e)}`);
    err(`${file}: ${parsed.errors.length} error(s); ${invalid}`);
    return null;
  }
  return parsed.pack;
}

function check(file: string, log: (s: string) => void, err: (s: string) => void): number {
  const p = readPack(file, err, 'the pack is not valid');
  if (!p) return 1;
  const failures = checkPackExamples(p);
  for (const f of failures) err(`${file}: ${f.path} (${f.ruleId}): ${f.message}`);
  if (failures.length) {
    err(`${file}: ${failures.length} example(s) failed`);
    return 1;
  }
  const examples = p.rules.reduce((n, r) => n + r.examples.bad.length + r.examples.good.length, 0);
  log(`ok ${p.id}@${p.version}: ${p.rules.length} rules, ${examples} examples pass (${p.languages.join(', ')})`);
  return 0;
}

function migrate(file: string, outArg: string | undefined, log: (s: string) => void, err: (s: string) => void): number {
  const read = readPack(file, err, 'fix these first');
  if (!read) return 1;
  const { pack, changed } = fixCommitments(read);
  const out = resolve(here(), outArg ?? file.replace(/\.json$/i, '') + '.migrated.json');
  writeFileSync(out, `${JSON.stringify(pack, null, 2)}\n`);
  log(`wrote ${out}: formatVersion ${pack.formatVersion}${changed.length ? `; rules changed for added commitments: ${changed.join(', ')}` : ''}. Check it with: npm run pack -- check ${relative(here(), out)}`);
  return 0;
}

export function starterPack(id: string): PhrasePack {
  return {
    formatVersion: 2,
    id,
    name: 'My team phrases',
    version: '0.1.0',
    languages: ['en'],
    author: 'Your team',
    description: 'Phrases our team prefers. Check with: npm run pack -- check <file>',
    license: 'CC-BY-4.0',
    rules: [
      {
        id: 'cant-until',
        category: 'cant-wont',
        severity: 'warning',
        patterns: ["I [can't|cannot|am unable to] {action} until {time}"],
        replacements: ['I can {action} from {time}'],
        explanation: "Say what you can do and when, not what you can't.",
        examples: {
          bad: [{ text: "Sorry, I can't ship it until Monday.", expected: 'Sorry, I can ship it from Monday.' }],
          good: ['I can ship it on Monday.'],
        },
      },
    ],
  };
}

function create(id: string, log: (s: string) => void, err: (s: string) => void): number {
  if (!PACK_ID_RE.test(id)) {
    err(`"${id}" is not a pack id: use lowercase letters and digits separated by dots or dashes, like acme.en.billing`);
    return 1;
  }
  const file = resolve(here(), `${id}.json`);
  if (existsSync(file)) {
    err(`${file} already exists; not overwriting it`);
    return 1;
  }
  writeFileSync(file, `${JSON.stringify({ $schema: relative(dirname(file), SCHEMA_FILE).split('\\').join('/'), ...starterPack(id) }, null, 2)}\n`, { flag: 'wx' });
  log(`wrote ${file}; edit it, then run: npm run pack -- check ${id}.json`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = run(process.argv.slice(2));
