"""en38: frames of English misses by kind, judged leave-one-writer-split-out.

    npx tsx scripts/en38-dump.ts /tmp/dump.jsonl && python3 scripts/en38-frames.py /tmp/dump.jsonl [--show]

For each frame (a cue the rules would read) and each writer split: marked spans the frame covers that the engine misses
now ("new"), marked spans it covers at all, and wrong matches (on a neutral item, or on a negative item outside every
marked span). A frame is kept for a held-out split when, on the other splits, its new matches stand in two splits or
more and its wrong matches are at most a third of its marked ones. Held-out figures: items whose every span is then
caught, and neutral items newly flagged.
"""
import collections, json, re, sys

rows = [json.loads(l) for l in open(sys.argv[1])]
SENT = re.compile(r"[^.!?\n]+[.!?]*")


def sentences(t):
    return [(m.start(), m.end()) for m in SENT.finditer(t) if t[m.start():m.end()].strip()]


def rx(p):
    return re.compile(p, re.I)


REFUSAL = rx(r"\b(?:can(?:not|'t|t)|won(?:'t|t)|unable|not (?:able|possible|allowed|permitted)|no (?:refunds?|returns?|exchanges?|exceptions))\b")
POLICY_SENT = rx(r"^\s*(?:that['’]?s|thats|it['’]?s|its|this is|those are|these are|rules are)\s+(?:just\s+)?(?:our|the|company|store|shop|gym|clinic|hotel|house|club|school|site|park|salon|studio)?\s*(?:policy|rules?|terms)(?:\s+here)?\s*[.!]*\s*$")
IMPERATIVE = rx(r"^\s*(?:please\s+)?(?:bring|print|show|keep|wear|fill|send|upload|sign|book|call|remove|return|check|arrive|pay|use|have|take|do|must bring)\b")
SANCTION = rx(r"^\s*(?:no\s+\w+(?:\s+\w+)?\s*,?\s*no\s+\w+|without\b)")


def cross_policy(t):
    ss = sentences(t)
    out = []
    for k, (a, b) in enumerate(ss):
        if POLICY_SENT.match(t[a:b]) and any(REFUSAL.search(t[x:y]) for x, y in ss[max(0, k - 1):k] + ss[k + 1:k + 2]):
            out.append((a, b))
    return out


def cross_imperative(t):
    ss = sentences(t)
    out = []
    for k, (a, b) in enumerate(ss):
        if IMPERATIVE.match(t[a:b]) and any(SANCTION.match(t[x:y]) for x, y in ss[max(0, k - 1):k] + ss[k + 1:k + 2]):
            out.append((a, b))
    return out


def pattern(p):
    r = rx(p)
    return lambda t: [(m.start(), m.end()) for m in r.finditer(t)]


FRAMES = {
    # task 1: the cue one sentence away
    'policy sentence beside a refusal': cross_policy,
    'bare imperative beside a sanction': cross_imperative,
    # task 1: policy in forms the rules lack
    'policy closing its sentence ("…, that\'s gym policy")': pattern(r",\s*(?:that['’]?s|thats|it['’]?s|its)\s+(?:just\s+)?(?:\w+\s+)?(?:policy|the rules?|our rules?)(?:\s+here)?\b"),
    '"policy / terms say(s)"': pattern(r"\b(?:policy|rules?|terms(?: and conditions)?|t&cs?)\s+(?:says?|states?)\b"),
    '"according (to) our … terms / policy"': pattern(r"\baccording(?:\s+to)?\s+(?:our|the)\s+(?:\w+\s+){0,3}(?:terms|t&cs?|policy|rules|regulations?|conditions)\b"),
    '"that\'s (just) how X runs it"': pattern(r"\bthat['’]?s\s+(?:just\s+)?how\s+(?:it|the \w+|we|they)\s+(?:works?|runs?(?: it)?|does it|goes)\b"),
    # task 2: dismissive
    '"relax / chill / calm down" opening a sentence': pattern(r"(?:^|[.!?]\s+)\s*(?:relax|chill|calm down)\b"),
    '"it\'s only / just a …"': pattern(r"\b(?:it['’]?s|its|it is)\s+(?:only|just)\s+(?:a|one|the|\d)"),
    '"don\'t stress / fret / panic"': pattern(r"\bdon['’]?t\s+(?:stress|worry about it|panic|fret)\b"),
    '"obviously / obvs"': pattern(r"\b(?:obvs|obviously|obv)\b"),
    '"simply"': pattern(r"\bsimply\b"),
    '"just" before a verb of the customer': pattern(r"\b(?:you|u)\s+just\s+(?:need|have|had|click|tap|press|go|log|read|check|follow)\b"),
    '"whatever works"': pattern(r"\bwhatever works\b"),
    '"no offence (but)"': pattern(r"\bno offen[cs]e\b"),
    # task 2: passive-aggressive
    '"as I said / as mentioned / as previously stated"': pattern(r"\bas\s+(?:i|we)\s+(?:already\s+)?(?:said|told|mentioned|explained|stated)\b|\bas\s+(?:previously|already)\s+(?:mentioned|stated|explained)\b|\bas mentioned\b"),
    '"per my last (email / msg)"': pattern(r"\bper my (?:last|previous)\b"),
    '"clearly stated / right there"': pattern(r"\bclearly (?:stated|states|says|said|written|marked)\b|\bright there\b"),
    '"you should have"': pattern(r"\b(?:you|u)\s+(?:should|shoulda|should['’]?ve)\s+(?:have\s+)?\w+"),
    '"if you (had / \'d) read …"': pattern(r"\bif\s+(?:you|u)(?:['’]d| had| would| have)?\s+(?:read|looked|checked|had a (?:read|look))\b"),
    '"one more time / for the third time"': pattern(r"\b(?:one more time|once again|for the (?:third|second|fourth|last) time|like \d+ times)\b"),
    'a closing 🙄': pattern(r"🙄"),
}


def ov(a, b, s, e):
    return a < e and s < b


def tally(frame):
    per = collections.defaultdict(lambda: {'marked': 0, 'new': 0, 'wrong': 0, 'gain_items': set(), 'neu_items': set(), 'show': []})
    for r in rows:
        t = r['text']
        ms = frame(t)
        if not ms:
            continue
        p = per[r['split']]
        if r['label'] == 'neutral':
            p['wrong'] += len(ms)
            if not r['flagged']:
                p['neu_items'].add(r['id'])
            p['show'].append(('NEUTRAL', r['id'], t[:150]))
            continue
        hit_after = list(r['spanHit'])
        for a, b in ms:
            idx = [i for i, (s, e) in enumerate(r['spans']) if ov(a, b, s, e)]
            if not idx:
                p['wrong'] += 1
                p['show'].append(('UNMARKED', r['id'], t[:150]))
                continue
            p['marked'] += 1
            if any(not r['spanHit'][i] for i in idx):
                p['new'] += 1
                p['show'].append(('NEW', r['id'], t[:150]))
            for i in idx:
                hit_after[i] = True
        if not r['caught'] and all(hit_after):
            p['gain_items'].add(r['id'])
    return per


splits = sorted({r['split'] for r in rows}, key=lambda s: [r['split'] for r in rows].index(s))
neg_n = collections.Counter(r['split'] for r in rows if r['label'] == 'negative')
print(f"{'frame':58} {'marked':>6} {'new':>4} {'wrong':>5} {'new in splits':>13} {'kept folds':>10} {'held-out items +':>16} {'neutrals +':>10}")
for name, frame in FRAMES.items():
    per = tally(frame)
    tot = {k: sum(per[s][k] for s in per) for k in ('marked', 'new', 'wrong')}
    kept, gain, neu = 0, 0, 0
    for s in splits:
        others = [o for o in per if o != s]
        o_marked = sum(per[o]['marked'] for o in others)
        o_wrong = sum(per[o]['wrong'] for o in others)
        o_new_splits = sum(1 for o in others if per[o]['new'])
        if o_new_splits >= 2 and o_wrong * 3 <= o_marked:
            kept += 1
            gain += len(per[s]['gain_items']) if s in per else 0
            neu += len(per[s]['neu_items']) if s in per else 0
    print(f"{name[:58]:58} {tot['marked']:>6} {tot['new']:>4} {tot['wrong']:>5} {sum(1 for s in per if per[s]['new']):>13} {kept:>4}/{len(splits):<5} {gain:>16} {neu:>10}")
    if '--show' in sys.argv:
        for s in per:
            for x in per[s]['show']:
                print('     ', s, *x)
