/**
 * The learnt Persian reader as the engine's last stage: where it reads negative words in a Persian sentence of the
 * agent's own text and no suggestion already touches them, it adds advice (no text change: it never writes an
 * alternative) with the advice of the category it reads, naming the words that set it off. Silenced like a generic
 * construction: `tactful-generic/learnt-<category>`.
 */
import { SEVERITY_RANK } from '../../packs/schema.ts';
import { overlapsAny } from '../../text/quotes.ts';
import type { Suggestion } from '../engine.ts';
import { explainGeneric, GENERIC_PACK_ID, genericSeverity } from '../generic/index.ts';
import { LEARNT_CATEGORY } from './neg.fa.ts';

/** A learnt span placed in the draft. */
interface Placed {
  start: number;
  end: number;
  category: string;
}

export function addLearntAdviceFa(
  draft: string,
  list: Suggestion[],
  spans: readonly Placed[],
  o: { exclude: ReadonlyArray<readonly [number, number]>; minRank: number; silenced: ReadonlySet<string> | undefined; uiLang: 'en' | 'fa' | undefined },
): Suggestion[] {
  const added: Suggestion[] = [];
  {
    for (const h of spans) {
      const { start, end } = h;
      if (o.exclude.length && overlapsAny(o.exclude, start, end)) continue;
      if (list.some((s) => (s.flagged.start < end && start < s.flagged.end) || (s.start < end && start < s.end))) continue;
      const map = LEARNT_CATEGORY[h.category];
      const ruleId = `learnt-${h.category}`;
      if (o.silenced?.size && o.silenced.has(`${GENERIC_PACK_ID}/${ruleId}`)) continue;
      const category = map?.category ?? 'negative-words';
      const severity = genericSeverity(category);
      if ((SEVERITY_RANK[severity] ?? 0) < o.minRank) continue;
      const original = draft.slice(start, end);
      added.push({
        ruleId,
        packId: GENERIC_PACK_ID,
        kind: 'advice',
        start,
        end,
        original,
        flagged: { start, end },
        replacements: [],
        explanation: explainGeneric('fa', map?.construction ?? 'learnt-negative', o.uiLang ?? 'fa', original),
        category,
        severity,
        language: 'fa',
      });
    }
  }
  if (!added.length) return list;
  return [...list, ...added].sort((a, b) => a.start - b.start);
}
