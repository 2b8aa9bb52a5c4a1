/**
 * Every readCustomerTone report this repository can produce from its own and the public messages, one line each, for a
 * speed change that must change nothing (tonefast34): run it in two trees and `cmp` the files.
 *
 *   npx tsx scripts/tone-dump34.ts --out /tmp/new.jsonl                   this tree's lib/
 *   npx tsx scripts/tone-dump34.ts --lib ../base --out /tmp/old.jsonl     another tree's lib/ (same messages)
 *   npx tsx scripts/tone-dump34.ts --counts /tmp/old.jsonl /tmp/new.jsonl how many lines differ per set (no text shown)
 *
 * Sets: every tone-eval split (aside splits included: only compared, their lines are never printed), every cue
 * module's examples, the public sets the tone bench reads (../shared/corpus, when present), and adversarial
 * messages: each kept message upper-cased, with «ſ» for s and the Kelvin sign for k (letters that case-fold to ASCII
 * under the iu flags), and quoted under a new first line; plus edge cases (empty, spaces, a long run-on, emoji and
 * punctuation floods, mixed scripts, ZWNJ). Each line is `set<TAB>index<TAB>report` (tests/bench/tone.golden.ts's
 * reportLine, which holds the text).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evalSets, exampleSets, type MessageSet, publicSets, reportLine } from '../tests/bench/tone.golden.ts';
import type { ToneReport } from '../lib/tone/index.ts';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);

if (args.includes('--counts')) {
  const [a, b] = args.slice(args.indexOf('--counts') + 1);
  const la = readFileSync(a, 'utf8').split('\n');
  const lb = readFileSync(b, 'utf8').split('\n');
  const per = new Map<string, number>();
  if (la.length !== lb.length) console.log(`line counts differ: ${la.length} / ${lb.length}`);
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    const set = la[i].slice(0, la[i].indexOf('\t'));
    per.set(set, (per.get(set) ?? 0) + 1);
  }
  console.log(per.size === 0 ? `identical (${la.length - 1} lines)` : [...per].map(([s, n]) => `${s}: ${n} differ`).join('\n'));
  process.exit(per.size === 0 ? 0 : 1);
}

const root = resolve(opt('--lib') ?? join(import.meta.dirname, '..'));
const { readCustomerTone } = (await import(pathToFileURL(join(root, 'lib', 'tone', 'index.ts')).href)) as { readCustomerTone: (t: string) => ToneReport };

/** The public sets tone-golden.ts compares (left out when ../shared/corpus is missing). */
async function availablePublicSets(): Promise<MessageSet[]> {
  try {
    return await publicSets();
  } catch {
    console.log('no ../shared/corpus: public sets left out');
    return [];
  }
}

function edgeCases(): string[] {
  const en = 'I have called three times and STILL nobody answers!!! This is ridiculous, fix it today or I am leaving. ';
  const fa = 'سه بار زنگ زدم و هنوز هیچکس جواب نداده!!! واقعاً مسخره‌ست، همین امروز درستش کنید وگرنه می‌رم. ';
  return [
    '', ' ', '\n\n\t ', '?', '!!!!!!!!!!', '??!!??', '😡', '😡😡😡😡😡😡😡😡', '🙂', 'ok', 'OK', 'K', '\u212a', '\u017f', 'İ', 'ſorry, the Kelvin \u212aind',
    'SORRY SORRY SORRY', 'a'.repeat(5000), 'ب'.repeat(5000), en.repeat(120), fa.repeat(120), (en + fa).repeat(40),
    en.replace(/ /g, ''), fa.replace(/ /g, '\u200c'), 'thanks\n\n> ' + en + '\n> ' + fa, 'Hi,\n\n' + en + '\n\nThanks,\nSam\nSent from my iPhone',
    'سلام\n\n' + fa + '\n\nبا تشکر\nعلی', 'https://example.com/a?b=c ' + en, 'mot2asefane 3ajale daram farda flight daram hanooz naresideh!!',
    'ﬆill ﬁxed? ﬀ', 'Ｉ ｎｅｅｄ ｉｔ ｔｏｄａｙ', 'I\u00a0need\u00a0it\u00a0today', 'I\u2019m so done with you\u2019re “service”', '«این چه وضعشه؟»'.repeat(50),
  ];
}

/** The adversarial variants of every kept message. */
function variants(sets: MessageSet[]): MessageSet[] {
  const all = sets.flatMap((s) => s.texts);
  return [
    { name: 'adv.upper', texts: all.map((t) => t.toUpperCase()) },
    { name: 'adv.fold', texts: all.map((t) => t.replace(/s/g, '\u017f').replace(/k/g, '\u212a')) },
    { name: 'adv.quoted', texts: all.map((t) => `Any news?\n\nOn Monday you wrote:\n> ${t.replace(/\n/g, '\n> ')}`) },
    { name: 'adv.edge', texts: edgeCases() },
  ];
}

const kept = [...evalSets(), ...(await exampleSets())];
const sets = [...kept, ...(await availablePublicSets()), ...variants(kept)];
const out: string[] = [];
const t0 = performance.now();
for (const s of sets) for (let i = 0; i < s.texts.length; i++) out.push(`${s.name}\t${i}\t${reportLine(s.texts[i], readCustomerTone(s.texts[i]))}`);
writeFileSync(opt('--out') ?? '/dev/stdout', out.join('\n') + '\n');
console.log(`${out.length} reports from ${root}/lib in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
