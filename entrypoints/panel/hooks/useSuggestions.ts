/**
 * Local analysis, on every draft the page sends: rewrite suggestions (minus the ones the agent
 * dismissed in this conversation), the positivity score, and the customer's tone. Nothing here
 * leaves the panel.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Prefs } from '../../../lib/messaging/protocol.ts';
import { suggestRewrites, type Suggestion } from '../../../lib/rewrite/index.ts';
import { LEARNT_DEFAULT, LEARNT_DEFAULT_EN } from '../../../lib/rewrite/engine.ts';
import { loadNegEnModel } from '../../../lib/rewrite/learnt/neg.en.ts';
import { loadNegFaModel } from '../../../lib/rewrite/learnt/neg.fa.ts';
import { positivity } from '../../../lib/text/positivity.ts';
import { readCustomerTone, type Cue } from '../../../lib/tone/index.ts';
import type { TextRange } from '../../../lib/text/quotes.ts';
import type { UiLang } from '../../../lib/i18n/index.ts';
import { send } from '../../../lib/messaging/client.ts';
import { reasonOf, type Notify, type PackEntry } from './useData.ts';

export function dismissKey(s: Suggestion): string {
  return `${s.packId}/${s.ruleId}@${s.original}`;
}

/** A set of dismissed keys that empties when the conversation changes. */
export function useDismissed(conversation: string) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setDismissed(new Set()), [conversation]);
  const dismiss = useCallback((key: string) => setDismissed((d) => new Set(d).add(key)), []);
  return [dismissed, dismiss] as const;
}

const NO_QUOTES: TextRange[] = [];

/** The learnt-advice preference as the engine's `learnt` option: auto (or no preferences yet) leaves it to each language's default. */
export function learntChoice(pref: Prefs['learntAdvice'] | undefined): boolean | undefined {
  return pref === 'on' ? true : pref === 'off' ? false : undefined;
}

/**
 * A learnt reader's weights are a chunk of their own, fetched the first time a draft holds its language (and the reader
 * is on); true once they are in, so the analysis runs again (until then the engine reads without them: the first
 * analysis never waits). A keystroke does not fetch again: the effect runs only when `present` or `ready` change, and
 * `load` (lazyModel in lib/rewrite/learnt/model.ts) returns the one promise it made. tests/unit/ui/learnt-weights.test.tsx.
 */
export function useLearntWeights(on: boolean, present: boolean, load: () => Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!on || ready || !present) return;
    let live = true;
    void load().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [on, present, ready, load]);
  return ready;
}

/**
 * The customer's words quoted in the reply (`quotes`) are not the agent's: never flagged, scored or rewritten.
 * The generic readers' advice (pseudo-pack tactful-generic) follows the disabled packs and explains itself in `uiLang`.
 */
export function useSuggestions(draft: string, quotes: TextRange[] | undefined, packs: PackEntry[], prefs: Prefs | null, conversation: string, uiLang: UiLang = 'en') {
  const [dismissed, dismiss] = useDismissed(conversation);
  const q = quotes ?? NO_QUOTES;
  const enabledPacks = useMemo(() => packs.filter((p) => p.enabled).map((p) => p.pack), [packs]);
  const silenced = useMemo(() => new Set(prefs?.silencedRules ?? []), [prefs?.silencedRules]);
  const disabledPacks = useMemo(() => new Set(prefs?.disabledPacks ?? []), [prefs?.disabledPacks]);
  // The learnt readers' weights, per language of the draft (Persian letters, Latin letters).
  // The agent's choice (Options > Preferences): undefined leaves each language to its shipped default.
  const learnt = learntChoice(prefs?.learntAdvice);
  const faReady = useLearntWeights(learnt ?? LEARNT_DEFAULT, /[\u0600-\u06FF]/.test(draft), loadNegFaModel);
  const enReady = useLearntWeights(learnt ?? LEARNT_DEFAULT_EN, /[A-Za-z]/.test(draft), loadNegEnModel);
  const suggestions = useMemo(
    () => suggestRewrites(draft, enabledPacks, { silenced, disabledPacks, uiLang, minSeverity: prefs?.minSeverity, exclude: q, learnt }).filter((s) => !dismissed.has(dismissKey(s))),
    // faReady, enReady: analyse again once a reader's weights are in.
    [draft, q, enabledPacks, silenced, disabledPacks, uiLang, prefs?.minSeverity, learnt, dismissed, faReady, enReady],
  );
  // The share of the agent's own words outside flagged phrases (lib/text/positivity.ts says why not positivityScore).
  const score = useMemo(() => positivity(draft, suggestions.map((s) => ({ ...s.flagged, severity: s.severity })), q), [draft, q, suggestions]);
  const onDismiss = useCallback((s: Suggestion) => dismiss(dismissKey(s)), [dismiss]);
  return { suggestions, score, quotes: q, onDismiss };
}

export function useTone(customerText: string, conversation: string, site: string, notify: Notify) {
  const [dismissedCues, dismissCue] = useDismissed(conversation);
  const [wrongCues, markWrong] = useDismissed(conversation);
  const tone = useMemo(() => (customerText ? readCustomerTone(customerText) : null), [customerText]);
  const language = tone?.language ?? 'other';
  const reportWrong = useCallback(
    (cue: Cue) =>
      // Only the cue and its evidence words are stored, never the customer's message.
      void send('tone.feedback.add', {
        cue: cue.kind,
        severity: cue.severity,
        evidence: cue.evidence.slice(0, 8).map((e) => ({ text: e.text.slice(0, 120), ...(e.why ? { why: e.why } : {}) })),
        language,
        site,
      })
        .then(() => markWrong(cue.id))
        .catch((e: Error) => notify({ kind: 'error', reason: reasonOf(e) })),
    [language, site, markWrong, notify],
  );
  return { tone, dismissedCues, dismissCue, wrongCues, reportWrong };
}
