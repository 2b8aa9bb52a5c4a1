/**
 * More constructions for the second Persian pass (constructions.fa.ts runs these after its own), each a kind the
 * late10 writers used and no pack rule read, kept here rather than in fa-core.json because the pack's expansion
 * budget is spent (tests/unit/packs/budget.test.ts). Advice only, as every generic hit:
 *
 *  - «تقصیر ما نیست», «مقصر ما نیستیم»: not our fault (not «تقصیر شما نیست»: an exoneration);
 *  - «یه کم آروم بگیرین», «آرام بگیرید»: calm down, with گرفتن (the customer told how to feel);
 *  - «دسترسیش رو ندارم»: the agent has no access to it (not «به رمز کارت شما دسترسی نداریم»: a privacy promise);
 *  - «سیستمی بسته/قفل شده»: blocked by the system;
 *  - «مسئولیتش با هتله»: someone else's responsibility (not «مسئولیتش با ماست»);
 *  - «امیدوارم بشه …»: a hope that it can be done, like «امیدوارم بتونیم»;
 *  - «نهایت/حداکثر سعی خود را خواهد نمود»: the utmost effort promised in place of a plan.
 *
 * None in a question, and none in a condition. The late11 and late12 writers' kinds follow in kinds2.fa.ts (KIND_READERS_FA_2,
 * run after these).
 */
import { faClauseStart, faHit, type FaCtx } from './fa.ts';
import type { GenericHit } from './types.ts';
import type { FaGate } from './dispatch.fa.ts';
import { KIND_GATES_FA_2, KIND_READERS_FA_2 } from './kinds2.fa.ts';
import { KIND_GATES_FA_4, KIND_READERS_FA_4 } from './kinds4.fa.ts';
import { KIND_GATES_FA_5, KIND_READERS_FA_5 } from './kinds5.fa.ts';
import { KIND_READERS_FA_6 } from './kinds6.fa.ts';
import { KIND_READERS_FA_19 } from './kinds19.fa.ts';
import { KIND_READERS_FA_20 } from './kinds20.fa.ts';
import { KIND_READERS_FA_21 } from './kinds21.fa.ts';
import { KIND_READERS_FA_23 } from './kinds23.fa.ts';
import { KIND_READERS_FA_24 } from './kinds24.fa.ts';
import { KIND_READERS_FA_25 } from './kinds25.fa.ts';
import { KIND_READERS_FA_26 } from './kinds26.fa.ts';
import { KIND_READERS_FA_27 } from './kinds27.fa.ts';

const FAULT = /^(?:تقصیر|گناه|قصور)$/;
const US = /^(?:ما|من|بنده)$/;
const NOT_COPULA = /^(?:نیست|نبوده|نبود|نمیباشد|نیس)$/;
const CALM = /^(?:آروم|آرام|اروم)$/;
const ACCESS_IT = /^(?:دسترسیش|دسترسیشو|دسترسیاش|دسترسیشون|دسترسیشرو)$/;
const BLOCKED = /^(?:بسته|قفل|مسدود|غیرفعال|بلاک)$/;
const BECAME = /^(?:شده|شد|شدهاست|شدن|شدند|شدهاند)$/;
const RESPONSIBILITY_IT = /^(?:مسئولیتش|مسئولیتشم|مسئولیتشهم|پاسخگوییش)$/;
const OURS = /^(?:ما|ماست|من|منه|خودمون|خودمونه|خودمان|بنده)$/;
const UTMOST = /^(?:نهایت|حداکثر)$/;
const EFFORT = /^(?:سعی|تلاش|کوشش)$/;

/** The words a kind here opens with (one Set look-up per word before any pattern). */
const OPENERS = new Set('تقصیر گناه قصور مقصر آروم آرام اروم دسترسیش دسترسیشو دسترسیاش دسترسیشون دسترسیشرو سیستمی مسئولیتش مسئولیتشم مسئولیتشهم پاسخگوییش امیدوارم امیدواریم نهایت حداکثر'.split(' '));

function readKinds(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!OPENERS.has(w) || c.question) return null;
  const next = (k: number) => (W[k] && !W[k].pauseBefore ? W[k] : undefined);
  // «تقصیر ما نیست»
  if (FAULT.test(w) && US.test(next(j + 1)?.w ?? '') && NOT_COPULA.test(next(j + 2)?.w ?? '')) return faHit(W, j, j + 2, 'deflection', 'blame');
  // «مقصر ما نیستیم»
  if (w === 'مقصر' && US.test(next(j + 1)?.w ?? '') && next(j + 2)?.v?.negative && next(j + 2)!.v!.lemma === 'بودن') return faHit(W, j, j + 2, 'deflection', 'blame');
  // «آروم بگیرین»
  if (CALM.test(w)) {
    const v = next(j + 1)?.v;
    if (v && v.lemma === 'گرفتن' && v.person.person === 2 && !v.progressive && !v.negative && v.tense === 'present' && !faClauseStart(W, j).conditional) return faHit(W, j, j + 1, 'calm-down', 'dismissive');
    return null;
  }
  // «دسترسیش رو ندارم»
  if (ACCESS_IT.test(w)) {
    let k = j + 1;
    if (/^(?:رو|را|و)$/.test(next(k)?.w ?? '')) k++;
    const v = next(k)?.v;
    if (v && v.lemma === 'داشتن' && v.negative && v.person.person === 1 && !faClauseStart(W, j).conditional) return faHit(W, j, k, 'system-blocks', 'other');
    return null;
  }
  // «سیستمی بسته شده»
  if (w === 'سیستمی' && BLOCKED.test(next(j + 1)?.w ?? '') && BECAME.test(next(j + 2)?.w ?? '')) return faHit(W, j, j + 2, 'system-blocks', 'other');
  // «مسئولیتش با هتله»
  if (RESPONSIBILITY_IT.test(w) && next(j + 1)?.w === 'با' && next(j + 2) && !OURS.test(W[j + 2].w)) return faHit(W, j, j + 2, 'deflection', 'dismissive');
  // «امیدوارم بشه تا فردا …»
  if ((w === 'امیدوارم' || w === 'امیدواریم') && /^(?:بشه|بشود)$/.test(next(j + 1)?.w ?? '') && !/^(?:دوباره|باز|بازم)$/.test(next(j + 2)?.w ?? '')) return faHit(W, j, j + 1, 'hedged-effort', 'uncertainty');
  // «نهایت سعی خود را خواهد نمود»
  if (UTMOST.test(w) && EFFORT.test(next(j + 1)?.w ?? '')) {
    // (rwfa26) up to «… خود را به کار / به عمل خواهد …» (seven words on).
    for (let k = j + 2; k < Math.min(W.length, j + 8); k++) {
      if (W[k].pauseBefore) return null;
      if (/^(?:خواهد|خواهیم|خواهم|خواهند)$/.test(W[k].w)) return faHit(W, j, next(k + 1) ? k + 1 : k, 'hedged-effort', 'uncertainty');
      const v = W[k].v;
      if (v && v.progressive && !v.negative && v.tense === 'present' && (v.lemma === 'کردن' || v.lemma === 'نمودن')) return faHit(W, j, k, 'hedged-effort', 'uncertainty');
      if (v) return null;
    }
  }
  return null;
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA = [readKinds, ...KIND_READERS_FA_2, ...KIND_READERS_FA_4, ...KIND_READERS_FA_5, ...KIND_READERS_FA_6, ...KIND_READERS_FA_19, ...KIND_READERS_FA_20, ...KIND_READERS_FA_21, ...KIND_READERS_FA_23, ...KIND_READERS_FA_24, ...KIND_READERS_FA_25, ...KIND_READERS_FA_26, ...KIND_READERS_FA_27];

/**
 * Each reader's first test restated on the written word (lib/rewrite/generic/dispatch.fa.ts): constructions.fa.ts runs a
 * reader listed here only at words its gate passes. A gate may be wider than its reader, never narrower
 * (tests/unit/rewrite/fa-gates.test.ts audits them on the development splits).
 */
export const KIND_GATES_FA: ReadonlyMap<(c: FaCtx, j: number) => GenericHit | null, FaGate<unknown>> = new Map([
  [readKinds, { w: (w: string) => OPENERS.has(w) }],
  ...KIND_GATES_FA_2,
  ...KIND_GATES_FA_4,
  ...KIND_GATES_FA_5,
]);
