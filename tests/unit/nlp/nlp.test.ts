// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFaWord, inflectFa, lemmaEn, positiveFa, timeKind, tokenize } from '../../../lib/nlp/index.ts';
import { editDistance } from '../../../lib/nlp/en.ts';

const norms = (s: string) => tokenize(s).map((t) => t.norm).join(' ');

describe('English tokens', () => {
  it('keeps offsets into the original text', () => {
    const text = "Hi  Tom, I can’t\tdo that.";
    for (const t of analyze(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('spells out contractions with and without apostrophes, and lowercase i', () => {
    expect(norms("I can't")).toBe('i can not');
    expect(norms('i cant')).toBe('i can not');
    expect(norms('I cannot')).toBe('i can not');
    expect(norms('Im sorry')).toBe('i am sorry');
    expect(norms("I'm sorry")).toBe('i am sorry');
    expect(norms('it doesnt work, we dont do that')).toBe('it does not work , we do not do that');
    expect(norms("won't / wont")).toBe('will not / will not');
    expect(norms('youre right')).toBe('you are right');
    expect(norms("it's fine, the customer's order")).toBe("it is fine , the customer 's order");
  });

  it('reads "ill" and "its" from the next word', () => {
    expect(norms('ill check with the team')).toBe('i will check with the team');
    expect(norms('he is ill today')).toBe('he is ill today');
    expect(norms('its not possible')).toBe('it is not possible');
    expect(norms('its battery')).toBe('its battery');
  });

  it('corrects common misspellings', () => {
    expect(norms('Unfortunatly we definately')).toBe('unfortunately we definitely');
  });

  it('reads unlisted near misses of "unfortunately" and "definitely", but not the real words close to them', () => {
    expect(norms('Unforunately we defenitely')).toBe('unfortunately we definitely');
    expect(norms('UNFORTUANTELY unfortunatey')).toBe('unfortunately unfortunately');
    expect(norms('unfortunate fortunately fortunatly definite defiantly')).toBe('unfortunate fortunately fortunatly definite defiantly');
    expect(editDistance('unfortuantely', 'unfortunately', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('gives lemmas and parts of speech', () => {
    const d = analyze('We escalated your tickets and are checking the refunds.');
    const by = Object.fromEntries(d.tokens.map((t) => [t.text, t]));
    expect(by.escalated.lemma).toBe('escalate');
    expect(by.escalated.pos).toBe('VERB');
    expect(by.tickets.lemma).toBe('ticket');
    expect(by.checking.lemma).toBe('check');
    expect(by.are.lemma).toBe('be');
    expect(by.We.pos).toBe('PRON');
    expect(by.the.pos).toBe('DET');
  });

  it('marks negation and its scope within the clause', () => {
    const d = analyze("We can't refund it, but we can replace it.");
    const t = (w: string, from = 0) => d.tokens.find((x, i) => i >= from && x.text === w)!;
    expect(t("n't").neg).toBe(true);
    expect(t('refund').negated).toBe(true);
    expect(t('ca').negated).toBe(true);
    const but = d.tokens.findIndex((x) => x.text === 'but');
    expect(t('replace', but).negated).toBe(false);
    expect(d.clauses.length).toBe(2);
  });

  it('tells epistemic "must" from an instruction', () => {
    const must = (s: string) => analyze(s).tokens.find((t) => t.norm === 'must')!.epistemic === true;
    expect(must('You must have entered the old code.')).toBe(true);
    expect(must('You must be frustrated.')).toBe(true);
    expect(must('You must enter the new code.')).toBe(false);
    expect(must('You must be logged in.')).toBe(false);
    expect(must('You must have your ID with you.')).toBe(false);
  });

  it('splits sentences and clauses with offsets', () => {
    const d = analyze('Thanks for waiting. We shipped it, and we will email you.');
    expect(d.sentences.length).toBe(2);
    expect(d.clauses.map((c) => d.text.slice(c.start, c.end))).toEqual(['Thanks for waiting.', 'We shipped it,', 'and we will email you.']);
  });
});

describe('Persian verbs', () => {
  it('reads negation, person and register across ZWNJ, space and none', () => {
    for (const w of ['نمی‌تونیم', 'نمیتونیم', 'نمی تونیم']) {
      const t = analyze(w).tokens[0];
      expect(t.text).toBe(w);
      expect(t.lemma).toBe('توانستن');
      expect(t.neg).toBe(true);
      expect(t.fa).toMatchObject({ negative: true, progressive: true, person: { person: 1, plural: true }, colloquial: true });
    }
    expect(analyzeFaWord('نمیتوانم')?.verb).toMatchObject({ colloquial: false, person: { person: 1, plural: false } });
    expect(analyzeFaWord('نمیشه')?.verb).toMatchObject({ lemma: 'شدن', negative: true, colloquial: true, person: { person: 3, plural: false } });
    expect(analyzeFaWord('نمیدونم')?.lemma).toBe('دانستن');
    expect(analyzeFaWord('نیست')).toMatchObject({ lemma: 'بودن', negative: true });
    expect(analyzeFaWord('ندارم')).toMatchObject({ lemma: 'داشتن', negative: true });
    expect(analyzeFaWord('سفارش')).toBeNull();
  });

  it('drops the negation keeping the writer’s spelling, and inflects for a person', () => {
    expect(positiveFa('نمی‌تونیم')).toBe('می‌تونیم');
    expect(positiveFa('نمیتونم')).toBe('میتونم');
    expect(positiveFa('نتوانستم')).toBe('توانستم');
    expect(positiveFa('نیستیم')).toBe('هستیم');
    expect(inflectFa('توانستن', { person: { person: 1, plural: true }, colloquial: true })).toBe('می‌تونیم');
    expect(inflectFa('توانستن', { person: { person: 1, plural: false }, colloquial: false })).toBe('می‌توانم');
    expect(inflectFa('شدن', { person: { person: 3, plural: false }, colloquial: true, negative: true })).toBe('نمی‌شه');
  });

  it('marks the whole clause as negated', () => {
    const d = analyze('این سفارش را نمی‌تونیم ارسال کنیم');
    expect(d.tokens.filter((t) => t.word && !t.neg).every((t) => t.negated)).toBe(true);
  });
});

describe('time', () => {
  const kind = (s: string) => {
    const toks = analyze(s).tokens;
    return timeKind(toks, 0, toks.length);
  };
  it('tells a duration from a point in time', () => {
    expect(kind('May')).toBe('point');
    expect(kind('next week')).toBe('point');
    expect(kind('10 business days')).toBe('duration');
    expect(kind('a couple of days')).toBe('duration');
    expect(kind('۱۰ روز کاری')).toBe('duration');
    expect(kind('ماه بعد')).toBe('point');
    expect(kind('۲ روز بعد')).toBe('point');
  });

  it('reads an event the tagger takes for a plural noun as a clause, not a time', () => {
    // "until the lab reopens on Monday" became "from the lab reopens on Monday".
    expect(kind('the lab reopens on Monday')).toBe('clause');
    expect(kind('the warehouse opens next week')).toBe('clause');
    expect(kind('the summer holidays')).toBe('point');
    expect(kind('the end of the month')).toBe('point');
  });

  it('splits "shouldve", "couldve" like "should\'ve"', () => {
    expect(analyze('you shouldve kept it').tokens.map((t) => t.norm)).toEqual(['you', 'should', 'have', 'kept', 'it']);
    expect(analyze('we couldve sent it').tokens.map((t) => t.norm)).toEqual(['we', 'could', 'have', 'sent', 'it']);
  });
});

describe('words that name Object.prototype members', () => {
  it('reads "constructor", "toString", "__proto__" as plain words', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      expect(lemmaEn(w.toLowerCase())).toBe(w.toLowerCase());
      const doc = analyze(`The ${w} isnt ready`);
      expect(doc.tokens.map((t) => t.norm).slice(-3)).toEqual(['is', 'not', 'ready']);
      if (!w.includes('_')) expect(doc.tokens[1]).toMatchObject({ norm: w.toLowerCase(), lemma: w.toLowerCase() });
    }
    expect(analyzeFaWord('constructor')).toBeNull();
  });
});

describe('more surface forms', () => {
  it('reads "till" and "til" as "until", and common misspellings of "inconvenience"', () => {
    expect(norms('not till monday, til then')).toBe('not until monday , until then');
    expect(norms('sorry for the inconvience')).toBe('sorry for the inconvenience');
  });
  it('knows "must not have read" is a conclusion, "must read" an instruction', () => {
    const must = (s: string) => analyze(s).tokens.find((t) => t.norm === 'must')!.epistemic ?? false;
    expect(must('You must not have read the email.')).toBe(true);
    expect(must('You must have put it in the wrong box.')).toBe(true);
    expect(must('You must read the email.')).toBe(false);
    expect(must('You must have your ID with you.')).toBe(false);
  });
});

describe('folding shortcuts', () => {
  it("folds ASCII exactly as lib/text's fold does (foldSlice's fast path is toLowerCase)", async () => {
    const { foldSlice } = await import('../../../lib/nlp/chars.ts');
    const { foldKey } = await import('../../../lib/text/index.ts');
    let ascii = '';
    for (let c = 33; c < 127; c++) ascii += String.fromCharCode(c);
    expect(foldSlice(ascii, 0, ascii.length)).toBe(foldKey(ascii));
    // Outside ASCII the slow path still folds: Arabic yeh and kaf, Persian digits, a curly apostrophe.
    expect(foldSlice('يك ۱۲ can’t', 0, 11)).toBe(foldKey('يك ۱۲ can’t'));
    expect(foldSlice('نمی توانم', 0, 9, true)).toBe('نمیتوانم');
  });
});
