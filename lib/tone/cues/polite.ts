/**
 * Politeness: courtesy words ("please", "thank you", «خواهشمندم») in the body or closing and a
 * polite reading overall (English: the learnt politeness model, Stanford politeness train half).
 * Not shown next to a very upset customer: courtesy there is not the point.
 */
import { type CueContext, type CueModule, cue, NONE } from '../cue.ts';
import { linearScore } from '../features.ts';
import type { Evidence } from '../types.ts';
import { politenessEn } from '../learnt.en.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const POLITE_FA = 0.5;

/** Politeness 0..1 of the latest words, closing courtesy included. */
export function politenessOf(ctx: CueContext): number {
  const a = ctx.a;
  if (a.tokens.length === 0) return 0;
  const extra = ctx.outer.reduce((s, r) => s + r.hits.reduce((x, h) => x + (h.category === 'politeness' ? Math.max(0, h.weight) : 0), 0), 0);
  if (a.faShare >= 0.5) {
    const pol = Math.min(3, a.features.lex_pol + extra);
    return sigmoid(-1.3 + 1.4 * pol - 1.6 * a.features.lex_rude - 0.5 * a.features.excl_multi - 0.4 * a.features.q_multi);
  }
  if (extra === 0) return sigmoid(linearScore(politenessEn, a));
  const saved = a.features.lex_pol;
  a.features.lex_pol = Math.min(3, saved + extra);
  const p = sigmoid(linearScore(politenessEn, a));
  a.features.lex_pol = saved;
  return p;
}

export const polite: CueModule = {
  name: 'polite',
  kinds: ['polite'],
  examples: {
    fires: [{ text: 'Hello, could you please send me a copy of the invoice? Thank you so much, I really appreciate it.', evidence: ['please', 'Thank you'] }],
    quiet: ['Why did you idiots delete my account? Fix it.', 'سلام، بازم پیام می‌دم چون هنوز جواب نگرفتم! لطفاً سریع‌تر پیگیری کنید، فوریه.'],
  },
  read(ctx) {
    if (ctx.empty) return NONE;
    const p = politenessOf(ctx);
    const threshold = ctx.a.faShare >= 0.5 ? POLITE_FA : politenessEn.threshold;
    // Below the threshold nothing is shown: no evidence to gather.
    if (p < threshold) return { score: p, cues: [] };
    // "Thanks a lot for closing my ticket" is sarcasm, not courtesy: words the frustration cue
    // already reads are not politeness evidence.
    const upset: Evidence[] = [];
    for (const c of ctx.got.frustration?.cues ?? []) for (const e of c.evidence) upset.push(e);
    const evidence = [
      ...ctx.a.hits.filter((h) => h.category === 'politeness' && h.weight >= 0.5).map((h) => ctx.ev(h, 'tone.why.courtesy')),
      ...ctx.outer.flatMap((r) => r.hits.filter((h) => h.category === 'politeness' && h.weight >= 0.5).map((h) => ctx.ev(h, 'tone.why.courtesy', r.span.start))),
    ].filter((e) => !upset.some((u) => u.start < e.end && e.start < u.end));
    const veryUpset = ctx.got.frustration?.cues.some((c) => c.severity === 'strong') ?? false;
    // Colloquial Persian already gets "friendly, but keep it respectful": a second register cue
    // ("return the courtesy") beside it reads as a contradiction, as on the demo's «لطفاً … فوریه».
    const casualFa = ctx.fa && (ctx.got.register?.cues.some((c) => c.kind === 'casual') ?? false);
    if (evidence.length === 0 || veryUpset || casualFa) return { score: p, cues: [] };
    return { score: p, cues: [cue('polite', 'info', 'tone.cue.polite', evidence)] };
  },
};

export const strings = {
  en: { 'tone.cue.polite': 'Polite and courteous: return the courtesy', 'tone.why.courtesy': 'courtesy words' },
  fa: { 'tone.cue.polite': 'مؤدب و با احترام نوشته: شما هم همین‌طور پاسخ دهید', 'tone.why.courtesy': 'واژه‌های احترام‌آمیز' },
} as const;
