/**
 * rwen30: English alternatives read at their seams, by kind (late29's Apply-all rows a person judged wrong or awkward at the
 * session's start). An after-reader (engine.ts's AFTER_READERS, right after seams29), over the whole list; look-alikes and
 * contrasts in scripts/en-wrong30-matrix.ts (unit test en-wrong30):
 *
 * - **an intensified apology cut mid-phrase** ("I'm ever so sorry, but we don't …" -> "I'm ever so we don't …"): a deleted
 *   "sorry, but" takes the whole apology before it, its subject and intensifiers ("I'm so / we're terribly / ever so"), and
 *   gives the next word its capital at a sentence head; a head it cannot read whole makes it advice;
 * - **"not before / earlier than / sooner than X" made "From X"**: the draft gives the earliest time, not a time it will
 *   happen ("Your glasses? Not before Tuesday." is no "From Tuesday."): advice;
 * - **a policy phrase's deletion that leaves its own tail** ("according to the policy of the company, the helmet …" ->
 *   "of the company, the helmet …"): the deletion takes the "of …" phrase through its comma; where no comma closes it, advice;
 *   a deletion that kept its comma after "that / and / but / so / because" ("a heads-up that, the add-on …") drops the comma;
 * - **"let me clarify" for an apology with nothing to clarify after it** ("Your booking has been moved to 7:30 — we apologise
 *   for any confusion this may have caused!"): the apology looks back at what the agent just did or said; "let me clarify"
 *   fits only where the apology opens its sentence and words follow it: advice otherwise;
 * - **"Calm down" made an empathy line before good news** ("Calm down, the tickets haven't sold out, there's loads left" ->
 *   "I understand this is frustrating, …"): with a reassurance after it, advice;
 * - **a refusal's blank where it cannot stand**: before an emphatic closer ("Period.", "Full stop.", "End of story."), before
 *   a subject-less sentence that explains the refusal ("Locks once the ride's closed."), before a sentence with the agent's
 *   own offer in any verb or a "however" ("I can text it to your mobile though", "We would, however, be pleased to …"), and
 *   "The team that handles this is ___" after a not-my-department whose sentence already names where it goes ("…, membership
 *   office opens at 9"): advice;
 * - **"can X once Y" where the sentence already says what happens once Y** ("can't book your service until the invoice is
 *   settled, but once that's done we'll …" -> "can book … once … is settled, but once that's done …"): advice;
 * - **"Just to recap," before a clause with its own "just"** ("like I said, it's just the sensor" -> "Just to recap, it's just
 *   the sensor"): "To recap,";
 * - **"Please …" inside a condition or a reason** ("If you're gonna have to wait, …" -> "If please wait, …"): advice;
 * - **"the wrong X <adjunct> was used"**: the passive's verb goes right after its noun ("the wrong date was used while booking");
 * - **a writer's discourse particle** ("Unfortunately po the class is full" -> "Po the class …"; "… your ride o, and ___"): the
 *   particle carries the register; advice;
 * - **"When you have a moment," before a check of the agent's own** ("Sorry to bother you, just checking the rego is …?"):
 *   no request follows it for the moment to be had in: advice.
 */
import type { Suggestion } from './engine.ts';
import { asAdvice } from './advice.ts';
import { headOf } from './seams29.en.ts';

const INTENS = String.raw`(?:so+|very|really|truly|terribly|awfully|extremely|super|deeply|genuinely|incredibly|dreadfully|massively|ever\s+so|so\s+very|most|real)`;
/** An apology head before "sorry, but": a subject and/or intensifiers (at least one of them). */
const SORRY_HEAD = new RegExp(String.raw`(?:\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are|were)\s+(?:(?:${INTENS})\s+)*|\b(?:${INTENS})\s+(?:(?:${INTENS})\s+)*)$`, 'i');
/** Words that, right before "sorry", mean the head is more than an apology ("I'm not sorry", "I'm a bit sorry"): leave it. */
const ODD_HEAD = /\b(?:not|never|a\s+bit|kind\s+of|kinda|sort\s+of)\s+$/i;

const TIME_FLOOR = /\bnot\s+(?:before|earlier\s+than|sooner\s+than|any\s+(?:earlier|sooner)\s+than)\b/i;

/** A policy phrase's own tail left after its deletion: "of the company," "of our store," "of the club,". */
const POLICY_TAIL = /^(?:of|for)\s+(?:the|our|this|your|my)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+\s*,\s*/i;
const POLICY_TAIL_OPEN = /^(?:of|for)\s+(?:the|our|this|your|my)\b/i;
const JOINER_BEFORE = /\b(?:that|and|but|so|because|as|since|which|though)\s*$/i;

/** A reassurance after "Calm down": nothing lost, still there, safe, plenty left; rwen31: there in good time ("relax, the
 * flowers will be at the chapel well before the service"). */
const REASSURANCE =
  /\b(?:has(?:n['’]?t|\s+not)|have(?:n['’]?t|\s+not)|is(?:n['’]?t|\s+not)|are(?:n['’]?t|\s+not)|was(?:n['’]?t|\s+not)|were(?:n['’]?t|\s+not)|won['’]?t|will\s+not|didn['’]?t|did\s+not|not)\s+(?:been\s+|be\s+|got\s+|gone\s+)?(?:sold\s+out|lost|gone|cancell?ed|missing|deleted|charged|expired|closed|full|booked\s+up|taken|late|broken|damaged|stolen|wrong)\b|\bnothing\s+(?:has\s+been|is|was|'s|’s|got)\s+(?:lost|wrong|missing|deleted|broken|damaged|cancell?ed)\b|\b(?:is|are|'s|’s|'re|’re)\s+(?:all\s+|totally\s+|completely\s+|perfectly\s+|still\s+)?(?:safe|fine|okay|ok|sorted|secure|intact|on\s+(?:its|their)\s+way|in\s+stock|available|there)\b|\b(?:loads|plenty|lots|heaps|tons)\s+(?:left|of\s+(?:room|space|time|seats|tickets|stock))\b|\ball\s+good\b|\bno\s+harm\s+done\b|\b(?:will|'ll|’ll|should)\s+(?:be|arrive|get\s+there|land|be\s+there|be\s+ready)\b[^.!?\n]{0,40}?\b(?:(?:well|long)\s+before|in\s+(?:plenty\s+of\s+|good\s+)?time|on\s+time|early)\b/i;

/** An emphatic closer as the whole next sentence. */
const CLOSER = /^\s*(?:period|full\s+stop|end\s+of\s+(?:story|discussion)|simple\s+as\s+that|no\s+exceptions?|no\s+ifs,?\s+no\s+buts|that['’]?s\s+(?:that|final|it)|final\s+answer)\s*[.!]*\s*$/i;
/** A subject-less sentence that explains the refusal: a verb in -s, then when or how ("Locks once the ride's closed."). */
const EXPLAINS_BARE =
  /^\s*(?:only\s+|just\s+|always\s+|automatically\s+|auto[- ])?(?!(?:thanks|this|its|is|was|has|does|as|yes|plus|unless|less|always|perhaps|sometimes|towards|afterwards|besides|regardless|nevertheless|cheers|congrats|apologies|regards|kisses|hugs|news|sales|specials|deals|hours|opens?|terms|rules|ps|pls|pos|yours)\b)[A-Za-z]{3,}s\s+(?:once|when|after|before|at|if|unless|until|till|automatically|itself|themselves|every|each|within|as\s+soon\s+as|overnight|daily|weekly|by\s+(?:itself|default|design))\b/i;
/** The agent's own offer in the next sentence, in any verb, or a "however" anywhere in it. */
const OFFER_NEXT =
  /\b(?:i|we)\s+(?:can|could|will|['’]ll|would)\s+(?:also\s+|still\s+|happily\s+|gladly\s+|easily\s+|definitely\s+|though\s+)?(?!not\b|n['’]?t\b|only\b|never\b|see\b|understand\b|imagine\b|appreciate\b|assure\b|confirm\b|hear\b|tell\s+(?:you\s+)?(?:that|how)\b|promise\b|guarantee\b|say\b|be\s+(?:unable|sorry|closed|away|out)\b)[a-z]+|\b(?:i|we)(?:['’]d|\s+would|['’]ll|\s+will|['’]m|\s+am|['’]re|\s+are)?,?\s*(?:however,?\s*)?be\s+(?:happy|pleased|glad|delighted)\s+to\b|\bhowever\b/i;
/** Where a not-my-department sentence sends the customer: a team, an office, a desk, a provider. */
const PLACE_NAMED = /\b(?:office|desk|team|department|dept|reception|front\s+desk|council|bank|provider|helpline|hotline|branch|counter|store|shop|clinic|surgery|landlord|agent|agency|they|them|their)\b/i;

/** A done or coming step after the condition the rewrite would name ("but once that's done we'll …", "after that, …"). */
const CONDITION_RESTATED = /\b(?:once|as\s+soon\s+as|after)\s+(?:that|this|it)(?:['’]s|\s+is|\s+has|\s+was)?\s+(?:done|settled|paid|sorted|cleared|through|in|back|complete|completed|confirmed|received|arrived)\b|\bafter\s+that\b|\bthen\s+(?:we|i)['’]?(?:ll|\s+will|\s+can)\b/i;

/** Discourse particles of Philippine, Nigerian and Singaporean English ("po", "o", "lah"). */
const PARTICLES = String.raw`(?:po|o|lah|lor|leh|sha|abi|naman)`;
const PARTICLE_AFTER = new RegExp(String.raw`^\s*${PARTICLES}\b(?!['’])`);
const PARTICLE_END = new RegExp(String.raw`\s${PARTICLES}\s*[.!]*\s*$`);

/** The end of the sentence that holds `from` (its closing marks included), within its line. */
function sentenceEnd(draft: string, from: number): number {
  const m = /[.!?]+|\n/.exec(draft.slice(from));
  return m ? from + m.index + (m[0] === '\n' ? 0 : m[0].length) : draft.length;
}

/** The next sentence in the same paragraph after the one ending at `end` ('' when a blank line or the draft ends first). */
function nextSentence(draft: string, end: number): string {
  const gap = /^[\s]*/.exec(draft.slice(end))?.[0] ?? '';
  if (/\n\s*\n/.test(gap)) return '';
  const from = end + gap.length;
  if (from >= draft.length) return '';
  return draft.slice(from, sentenceEnd(draft, from));
}

const atSentenceHead = (draft: string, at: number) => /(?:^|[.!?\n]\s*)$/.test(draft.slice(Math.max(0, at - 20), at));

export function seams30En(draft: string, list: Suggestion[]): Suggestion[] {
  if (!list.some((s) => s.language === 'en' && s.kind !== 'advice')) return list;
  let changed = false;
  const out = list.slice();
  const overlapsOther = (s: Suggestion, start: number, end: number) => out.some((o) => o !== s && o.start < end && start < o.end);
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    if (s.language !== 'en' || s.kind === 'advice') continue;
    const r0 = s.replacements[0] ?? '';
    const set = (v: Suggestion) => {
      out[i] = v;
      changed = true;
    };

    // An intensified apology cut mid-phrase: "sorry, but" takes its head whole.
    if (s.kind === 'rewrite' && s.ruleId === 'sorry-but' && r0.trim() === '') {
      const head = headOf(draft, s.start);
      const m = SORRY_HEAD.exec(head);
      if (m && m[0].trim()) {
        if (ODD_HEAD.test(head.slice(0, m.index))) {
          set(asAdvice(draft, s));
          continue;
        }
        const start = s.start - head.length + m.index;
        const flagged = { start, end: s.flagged.end };
        if (atSentenceHead(draft, start)) {
          // At a sentence head the next word takes the capital (the letter is shared with a suggestion starting there).
          const letterAt = s.end;
          if (/[a-z]/.test(draft[letterAt] ?? '')) set({ ...s, start, end: letterAt + 1, original: draft.slice(start, letterAt + 1), flagged, replacements: [draft[letterAt].toUpperCase()] });
          else set({ ...s, start, original: draft.slice(start, s.end), flagged });
          continue;
        }
        // After a greeting or an interjection and its comma ("Oh dear, I'm so sorry, but we …" -> "Oh dear, we …").
        if (/[,;:\u2013\u2014]\s*$/.test(draft.slice(Math.max(0, start - 10), start))) {
          set({ ...s, start, original: draft.slice(start, s.end), flagged });
          continue;
        }
        // A head inside a clause ("… and I'm so sorry, but"): advice.
        set(asAdvice(draft, s));
        continue;
      }
    }

    // A discourse particle of the writer's English ("po", "o", "lah") left heading the sentence by a deletion, or closing
    // the words a blank is added after: the particle carries the register (respect, warmth); advice.
    if ((s.kind === 'rewrite' && r0.trim().length <= 1 && PARTICLE_AFTER.test(draft.slice(r0.trim() ? s.end - 1 : s.end))) || (s.kind === 'template' && /___/.test(r0) && PARTICLE_END.test(draft.slice(s.flagged.start, sentenceEnd(draft, s.flagged.end))))) {
      set(asAdvice(draft, s));
      continue;
    }

    // "Not before X" made "From X": the earliest time is no time it will happen.
    if (s.kind === 'rewrite' && s.category === 'until' && /^\s*from\b/i.test(r0) && TIME_FLOOR.test(s.original)) {
      set(asAdvice(draft, s));
      continue;
    }

    // A policy phrase deleted, its own tail left.
    if (s.kind === 'rewrite' && s.category === 'policy') {
      const capital = /^[A-Z]$/.test(r0.trim()) && r0.trim().length === 1;
      if (r0.trim() === '' || capital) {
        const wordsEnd = capital ? s.end - 1 : s.end;
        const tail = draft.slice(wordsEnd);
        const m = POLICY_TAIL.exec(tail);
        if (m) {
          const after = wordsEnd + m[0].length;
          if (overlapsOther(s, s.start, after + 1)) {
            set(asAdvice(draft, s));
            continue;
          }
          if (capital || (atSentenceHead(draft, s.start) && /[a-z]/.test(draft[after] ?? ''))) {
            set({ ...s, end: after + 1, original: draft.slice(s.start, after + 1), flagged: { start: s.flagged.start, end: Math.max(s.flagged.end, after) }, replacements: [(draft[after] ?? '').toUpperCase()] });
          } else {
            set({ ...s, end: after, original: draft.slice(s.start, after), flagged: { start: s.flagged.start, end: Math.max(s.flagged.end, after) }, replacements: [''] });
          }
          continue;
        }
        if (POLICY_TAIL_OPEN.test(tail)) {
          set(asAdvice(draft, s));
          continue;
        }
      }
      // A kept comma after a joining word ("a heads-up that, the add-on …").
      if (/^\s*,\s*$/.test(r0) && JOINER_BEFORE.test(draft.slice(Math.max(0, s.start - 20), s.start))) {
        const spaceBefore = /^\s/.test(s.original) || /\s$/.test(draft.slice(0, s.start));
        const spaceAfter = /^\s/.test(draft.slice(s.end));
        set({ ...s, replacements: [spaceBefore && spaceAfter ? '' : spaceBefore || spaceAfter ? '' : ' ', ...s.replacements.slice(1)] });
        continue;
      }
    }

    // "Let me clarify" with nothing to clarify after it, or after words of its own sentence.
    if (s.kind === 'rewrite' && /^\s*let me clarify\b/i.test(r0)) {
      const before = headOf(draft, s.start);
      const rest = draft.slice(s.end);
      const restOfSentence = /^[^.!?\n]*/.exec(rest)?.[0] ?? '';
      const nextWords = /[a-z0-9]/i.test(restOfSentence) || /[a-z0-9]/i.test(nextSentence(draft, sentenceEnd(draft, s.end)));
      const greetingOnly = /^\s*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^,.!?\n]{0,30},\s*)?$/i.test(before);
      if (!greetingOnly || !nextWords) {
        set(asAdvice(draft, s));
        continue;
      }
    }

    // "Calm down" made an empathy line before good news.
    if (s.kind === 'rewrite' && s.category === 'dismissive' && /^\s*i understand this is frustrating\b/i.test(r0)) {
      const rest = /^[^.!?\n]*[.!?]?[^.!?\n]*/.exec(draft.slice(s.end))?.[0] ?? '';
      if (REASSURANCE.test(rest)) {
        set(asAdvice(draft, s));
        continue;
      }
    }

    // A refusal's blank where it cannot stand.
    if (s.kind === 'template' && /___/.test(r0)) {
      const blankAtEnd = /(?:^|[.!?]\s+|,\s*but\s+)(?:what (?:i|we|you) (?:can do|do offer) is|the team that handles this is) ___\s*$/i.test(r0) || /what (?:i|we) do offer is ___/i.test(r0);
      if (blankAtEnd) {
        const end = sentenceEnd(draft, Math.max(s.flagged.end, s.end - 1));
        const next = nextSentence(draft, end);
        if (CLOSER.test(next) || EXPLAINS_BARE.test(next) || OFFER_NEXT.test(next)) {
          set(asAdvice(draft, s));
          continue;
        }
        if (/the team that handles this is ___/i.test(r0)) {
          const restOfSentence = draft.slice(s.flagged.end, sentenceEnd(draft, s.flagged.end));
          if (PLACE_NAMED.test(restOfSentence)) {
            set(asAdvice(draft, s));
            continue;
          }
        }
      }
    }

    // "can X once Y" where the sentence already says what happens once Y.
    if (s.kind === 'rewrite' && s.category === 'until' && /\bonce\b/i.test(r0)) {
      const rest = /^[^.!?\n]*/.exec(draft.slice(s.end))?.[0] ?? '';
      if (CONDITION_RESTATED.test(rest)) {
        set(asAdvice(draft, s));
        continue;
      }
    }

    // "the wrong X <adjunct> was used": the passive's verb goes right after its noun ("the wrong date was used while booking").
    if (s.kind === 'rewrite' && s.category === 'blame') {
      const m = /\bthe wrong ([a-z'’-]+(?:\s+[a-z'’-]+)?) ((?:while|when|whilst|during|at|on|in|for|before|after|as|via|through)\b[^]*?) was used\b/i.exec(r0);
      if (m && !/\b(?:while|when|at|on|in)\b/i.test(m[1])) {
        const fixed = r0.slice(0, m.index) + `the wrong ${m[1]} was used ${m[2]}` + r0.slice(m.index + m[0].length);
        set({ ...s, replacements: [fixed, ...s.replacements.slice(1)] });
        continue;
      }
    }

    // "Please …" made of an obligation inside a condition or a reason ("If you're gonna have to wait, …" -> "If please wait"):
    // no request can stand there; advice.
    if (s.kind === 'rewrite' && /^\s*please\b/i.test(r0) && /\b(?:if|when|whenever|unless|once|in case|whether|because|since|as|so that|that|which|who)\s*$/i.test(draft.slice(Math.max(0, s.start - 20), s.start))) {
      set(asAdvice(draft, s));
      continue;
    }

    // "Just to recap," before a clause with its own "just".
    if (s.kind === 'rewrite' && /^\s*just to recap\b/i.test(r0)) {
      const rest = /^[^.!?\n]*/.exec(draft.slice(s.end))?.[0] ?? '';
      if (/\bjust\b/i.test(rest)) {
        set({ ...s, replacements: [r0.replace(/^(\s*)just to recap/i, (_, sp: string) => `${sp}${/^\s*J/.test(r0) ? 'To' : 'to'} recap`), ...s.replacements.slice(1)] });
        continue;
      }
    }

    // "When you have a moment," before the agent's own check.
    if (s.kind === 'rewrite' && /^\s*when you have a moment\b/i.test(r0)) {
      const rest = draft.slice(s.end, s.end + 60);
      if (/^\s*[,;:\u2013\u2014-]?\s*(?:just\s+)?(?:checking|wanted\s+to|want\s+to|a\s+quick|quick\s+(?:one|question|check)|i\s+(?:just\s+)?(?:wanted|need|have|am|was)|we\s+(?:just\s+)?(?:wanted|need|have|are|were)|i['’]m|we['’]re|can\s+i|could\s+i|may\s+i|is\s+(?:it|this|that)|are\s+you|was\s+(?:it|this)|did\s+you|do\s+you)\b/i.test(rest)) {
        set(asAdvice(draft, s));
        continue;
      }
    }
  }
  return changed ? out.sort((a, b) => a.start - b.start || a.end - b.end) : list;
}
