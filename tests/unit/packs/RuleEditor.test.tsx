// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { RuleEditor } from '../../../components/packs/RuleEditor.tsx';
import { checkRuleDraft, draftToRule, ruleToDraft, type RuleDraft } from '../../../components/packs/model.ts';
import { translator, type UiLang } from '../../../lib/i18n/index.ts';
import type { PackRule } from '../../../lib/packs/index.ts';
import { byText, click, render, type, type Rendered } from '../tags/render.ts';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const rule: PackRule = {
  id: 'cant-until',
  category: 'cant-wont',
  severity: 'warning',
  patterns: ["I [can't|cannot] {action} until {time}"],
  replacements: ["I'll be able to {action} as soon as {time}"],
  explanation: 'Say what you can do and when.',
  examples: {
    // The expected text is wrong on purpose ("by" instead of "as soon as").
    bad: [{ text: "Sorry, I can't ship it until Monday.", expected: "Sorry, I'll be able to ship it by Monday." }],
    good: ['I can ship it on Monday.'],
  },
};

let latest: RuleDraft | null = null;
function Harness({ initial, lang = 'en' }: { initial: RuleDraft; lang?: UiLang }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return <RuleEditor draft={draft} pack={{ id: 'acme.en', languages: ['en'] }} lang={lang} t={translator(lang)} onChange={setDraft} />;
}

const q = (sel: string) => r!.container.querySelector<HTMLElement>(sel);
const state = (ex: string) => q(`[data-example="${ex}"]`)!.getAttribute('data-state');

describe('RuleEditor', () => {
  it('shows a failing example live, then passing after the fix is typed', () => {
    r = render(<Harness initial={ruleToDraft(rule)} />);
    expect(state('bad-0')).toBe('fail');
    const bad = q('[data-example="bad-0"]')!;
    expect(bad.textContent).toContain('Fails');
    expect(bad.textContent).toContain("applying the rule gives \"Sorry, I'll be able to ship it as soon as Monday.\"");
    expect(state('good-0')).toBe('pass');

    type(q('[data-field="bad-0-expected"]'), "Sorry, I'll be able to ship it as soon as Monday.");
    expect(state('bad-0')).toBe('pass');
    expect(q('[data-example="bad-0"]')!.textContent).toContain('Passes');
    expect(q('[data-example="bad-0"]')!.textContent).not.toContain('applying the rule gives');
    expect(draftToRule(latest!).examples.bad[0].expected).toBe("Sorry, I'll be able to ship it as soon as Monday.");
  });

  it('flags a good example the rule matches, and a pattern change fixes it', () => {
    r = render(<Harness initial={ruleToDraft({ ...rule, examples: { ...rule.examples, good: ["I can't wait until Friday!"] } })} />);
    expect(state('good-0')).toBe('fail');
    expect(q('[data-example="good-0"]')!.textContent).toContain("flags \"I can't wait until Friday\"");
    // Only "am unable to" ("cannot" now reads as "can't"): the good example no longer matches, the bad one no longer does either.
    type(q('[data-field="patterns"]'), 'I am unable to {action} until {time}');
    expect(state('good-0')).toBe('pass');
    expect(state('bad-0')).toBe('fail');
    expect(q('[data-example="bad-0"]')!.textContent).toContain('the rule does not flag');
  });

  it('reports pattern errors with their path and blocks the examples until fixed', () => {
    r = render(<Harness initial={ruleToDraft(rule)} />);
    type(q('[data-field="patterns"]'), "I [can't|cannot {action} until {time}");
    const errors = q('[data-testid="rule-errors"]')!;
    expect(errors.querySelector('code')!.textContent).toBe('patterns[0]');
    expect(state('bad-0')).toBe('blocked');
    expect(state('good-0')).toBe('blocked');
    // Fixed pattern, but a replacement with a slot the pattern does not capture.
    type(q('[data-field="patterns"]'), "I [can't|cannot] {action} until {time}");
    type(q('[data-field="replacements"]'), "I'll {action} by {when}");
    expect([...r.container.querySelectorAll('[data-testid="rule-errors"] code')].map((c) => c.textContent)).toEqual(['replacements[0]']);
    expect(q('[data-testid="rule-errors"]')!.textContent).toContain('{when}');
    expect(state('bad-0')).toBe('blocked');
    type(q('[data-field="replacements"]'), "I'll be able to {action} as soon as {time}");
    expect(q('[data-testid="rule-errors"]')).toBeNull();
    expect(state('good-0')).toBe('pass');
  });

  it('try it: marks what the rule flags in a sample and shows the rewrite', () => {
    r = render(<Harness initial={ruleToDraft(rule)} />);
    type(q('[data-field="try"]'), "Hi Sam. I cannot refund you until Friday. I can't call until noon.");
    const result = q('[data-testid="try-result"]')!;
    const marks = [...result.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['I cannot refund you until Friday', "I can't call until noon"]);
    expect(result.textContent).toContain('2 flagged');
    expect(q('[data-testid="try-rewritten"]')!.textContent).toBe("Hi Sam. I'll be able to refund you as soon as Friday. I'll be able to call as soon as noon.");
    type(q('[data-field="try"]'), 'Nothing to see here.');
    expect(result.querySelector('mark')).toBeNull();
    expect(result.textContent).toContain('flags nothing');
  });

  it('adds and removes examples; the empty one is marked empty, not passing', () => {
    r = render(<Harness initial={ruleToDraft(rule)} />);
    click(byText(r.container, 'button', 'Add a good example'));
    expect(latest!.good).toHaveLength(2);
    expect(state('good-1')).toBe('empty');
    expect(checkRuleDraft(latest!, { id: 'acme.en', languages: ['en'] }).ok).toBe(false);
    type(q('[data-field="good-1"]'), 'We will ship it on Monday.');
    expect(state('good-1')).toBe('pass');
    click(q('[aria-label="Remove example 1"]'));
    expect(latest!.good).toEqual(['We will ship it on Monday.']);
    expect(q('[data-example="good-1"]')).toBeNull();
  });

  it('renders in Persian with Persian labels and never injects pack text as HTML', () => {
    const evil = ruleToDraft({ ...rule, explanation: '<img src=x onerror="alert(1)">' });
    r = render(<Harness initial={evil} lang="fa" />);
    expect(r.container.textContent).toContain('نمونه‌های نادرست');
    expect(r.container.querySelector('img')).toBeNull();
    expect((q('[data-field="explanation"]') as HTMLTextAreaElement).value).toBe('<img src=x onerror="alert(1)">');
  });
});
