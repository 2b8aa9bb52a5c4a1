/**
 * One rule of an editable pack: every field, the rule's own problems, each example's live
 * pass/fail (the check install runs, on this rule alone) and a "try it" box showing what the rule
 * flags in a sample. Controlled: the pack editor owns the draft. Text from the pack is rendered as
 * React text only.
 */
import { ErrorList } from '../ui/ErrorList.tsx';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { PACK_LANGUAGES, RULE_CATEGORIES, SEVERITIES, type PackLanguage } from '../../lib/packs/index.ts';
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import { checkRuleDraft, tryRule, type ExampleStatus, type RuleCheck, type RuleDraft } from './model.ts';
import './packs.css';

export interface RuleEditorProps {
  draft: RuleDraft;
  /** The pack's id and languages: the rule is checked in that context. */
  pack: { id: string; languages: readonly PackLanguage[] };
  lang: UiLang;
  t: Translate;
  onChange(next: RuleDraft): void;
  /** Already computed by the parent, to avoid checking twice. */
  check?: RuleCheck;
}

export function ExampleBadge({ status, t }: { status: ExampleStatus; t: Translate }) {
  const label = t(status.state === 'pass' ? 'packs.rule.pass' : status.state === 'fail' ? 'packs.rule.fail' : status.state === 'empty' ? 'packs.rule.empty' : 'packs.rule.blocked');
  return (
    <span className={`tf-packs-badge tf-packs-badge-${status.state}`} data-state={status.state}>
      <span aria-hidden="true">{status.state === 'pass' ? '✓ ' : status.state === 'fail' ? '✗ ' : ''}</span>
      {label}
    </span>
  );
}

function StatusLine({ status, t, id }: { status: ExampleStatus; t: Translate; id: string }) {
  return (
    <div className="tf-packs-example-status" id={id} aria-live="polite">
      <ExampleBadge status={status} t={t} />
      {status.state === 'fail' && (
        <span className="tf-packs-fail-message" dir="auto">
          {status.message}
        </span>
      )}
    </div>
  );
}

type SetField = <K extends keyof RuleDraft>(k: K, v: RuleDraft[K]) => void;

export function RuleEditor({ draft, pack, t, onChange, check: given }: RuleEditorProps) {
  const uid = useId();
  const check = useMemo(() => given ?? checkRuleDraft(draft, pack), [given, draft, pack]);
  const set: SetField = (k, v) => onChange({ ...draft, [k]: v });
  const f = (name: string) => `${uid}-${name}`;

  return (
    <div className="tf-packs-rule-editor" data-rule-key={draft.key}>
      <RuleChoices draft={draft} pack={pack} t={t} f={f} set={set} />
      <RuleText field="patterns" rows={3} draft={draft} t={t} f={f} set={set} label="packs.rule.patterns" help="packs.rule.patternsHelp" />
      <RuleText field="replacements" rows={3} draft={draft} t={t} f={f} set={set} label="packs.rule.replacements" help="packs.rule.replacementsHelp" />
      <RuleText field="unless" rows={2} draft={draft} t={t} f={f} set={set} label="packs.rule.unless" help="packs.rule.unlessHelp" />
      <RuleText field="explanation" rows={2} draft={draft} t={t} f={f} set={set} label="packs.rule.explanation" />

      {check.errors.length > 0 && (
        <ErrorList title={t('packs.rule.errors')} errors={check.errors} max={Infinity} role="status" className="tf-packs-rule-errors" testId="rule-errors" />
      )}
      <BadExamples draft={draft} check={check} t={t} f={f} set={set} />
      <GoodExamples draft={draft} check={check} t={t} f={f} set={set} />
      <TryRule check={check} initial={draft.bad[0]?.text ?? ''} t={t} f={f} />
    </div>
  );
}

interface PartProps {
  draft: RuleDraft;
  t: Translate;
  /** The element id of a field, unique to this editor. */
  f(name: string): string;
  set: SetField;
}

/** Id, category, severity, and the language when the pack has more than one. */
function RuleChoices({ draft, pack, t, f, set }: PartProps & { pack: RuleEditorProps['pack'] }) {
  return (
    <div className="tf-packs-grid">
      <label className="tf-field" htmlFor={f('id')}>
        {t('packs.rule.id')}
        <input id={f('id')} type="text" dir="ltr" value={draft.id} onChange={(e) => set('id', e.currentTarget.value)} data-field="id" />
      </label>
      <label className="tf-field" htmlFor={f('category')}>
        {t('packs.rule.category')}
        <select id={f('category')} value={draft.category} onChange={(e) => set('category', e.currentTarget.value as RuleDraft['category'])} data-field="category">
          {RULE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`rewrite.category.${c}` as StringKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="tf-field" htmlFor={f('severity')}>
        {t('packs.rule.severity')}
        <select id={f('severity')} value={draft.severity} onChange={(e) => set('severity', e.currentTarget.value as RuleDraft['severity'])} data-field="severity">
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`rewrite.severity.${s}` as StringKey)}
            </option>
          ))}
        </select>
      </label>
      {pack.languages.length > 1 && (
        <label className="tf-field" htmlFor={f('language')}>
          {t('packs.rule.language')}
          <select id={f('language')} value={draft.language} onChange={(e) => set('language', e.currentTarget.value as RuleDraft['language'])} data-field="language">
            <option value="">{t('packs.rule.languageDefault')}</option>
            {PACK_LANGUAGES.filter((l) => pack.languages.includes(l)).map((l) => (
              <option key={l} value={l}>
                {t(`packs.lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** One multi-line text field of the rule, with its help line when it has one. */
function RuleText({ field, rows, label, help, draft, t, f, set }: PartProps & { field: 'patterns' | 'replacements' | 'unless' | 'explanation'; rows: number; label: StringKey; help?: StringKey }) {
  return (
    <label className="tf-field tf-packs-wide" htmlFor={f(field)}>
      {t(label)}
      <textarea id={f(field)} dir="auto" rows={rows} value={draft[field]} aria-describedby={help ? f(`${field}-help`) : undefined} onChange={(e) => set(field, e.currentTarget.value)} data-field={field} />
      {help && (
        <small id={f(`${field}-help`)} className="tf-muted">
          {t(help)}
        </small>
      )}
    </label>
  );
}

function RemoveExample({ n, t, onRemove }: { n: number; t: Translate; onRemove(): void }) {
  return (
    <button type="button" aria-label={t('packs.rule.removeExampleLabel', { n })} onClick={onRemove}>
      {t('packs.rule.removeExample')}
    </button>
  );
}

/** Sentences the rule must flag, each with what it must read after the rewrite, and its live pass/fail. */
function BadExamples({ draft, check, t, f, set }: PartProps & { check: RuleCheck }) {
  return (
    <fieldset className="tf-packs-examples" data-kind="bad">
      <legend>{t('packs.rule.bad')}</legend>
      {draft.bad.map((b, i) => {
        const n = i + 1;
        const status = check.bad[i] ?? { state: 'empty' };
        const statusId = f(`bad-${i}-status`);
        const update = (patch: Partial<(typeof draft.bad)[number]>) => set('bad', draft.bad.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <div key={i} className="tf-packs-example" data-example={`bad-${i}`} data-state={status.state}>
            <label className="tf-field tf-packs-wide">
              {t('packs.rule.badText', { n })}
              <textarea dir="auto" rows={2} value={b.text} aria-describedby={statusId} onChange={(e) => update({ text: e.currentTarget.value })} data-field={`bad-${i}-text`} />
            </label>
            <label className="tf-field tf-packs-wide">
              {t('packs.rule.badExpected', { n })}
              <textarea dir="auto" rows={2} value={b.expected} aria-describedby={statusId} onChange={(e) => update({ expected: e.currentTarget.value })} data-field={`bad-${i}-expected`} />
            </label>
            <div className="tf-row">
              <StatusLine status={status} t={t} id={statusId} />
              {draft.bad.length > 1 && <RemoveExample n={n} t={t} onRemove={() => set('bad', draft.bad.filter((_, j) => j !== i))} />}
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => set('bad', [...draft.bad, { text: '', expected: '' }])}>
        {t('packs.rule.addBad')}
      </button>
    </fieldset>
  );
}

/** Sentences the rule must leave alone, with their live pass/fail. */
function GoodExamples({ draft, check, t, f, set }: PartProps & { check: RuleCheck }) {
  return (
    <fieldset className="tf-packs-examples" data-kind="good">
      <legend>{t('packs.rule.good')}</legend>
      {draft.good.map((g, i) => {
        const n = i + 1;
        const status = check.good[i] ?? { state: 'empty' };
        const statusId = f(`good-${i}-status`);
        return (
          <div key={i} className="tf-packs-example" data-example={`good-${i}`} data-state={status.state}>
            <label className="tf-field tf-packs-wide">
              {t('packs.rule.goodText', { n })}
              <textarea dir="auto" rows={2} value={g} aria-describedby={statusId} onChange={(e) => set('good', draft.good.map((x, j) => (j === i ? e.currentTarget.value : x)))} data-field={`good-${i}`} />
            </label>
            <div className="tf-row">
              <StatusLine status={status} t={t} id={statusId} />
              {draft.good.length > 1 && <RemoveExample n={n} t={t} onRemove={() => set('good', draft.good.filter((_, j) => j !== i))} />}
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => set('good', [...draft.good, ''])}>
        {t('packs.rule.addGood')}
      </button>
    </fieldset>
  );
}

/** "Try it": what the rule flags in a sample and how the sample reads rewritten. */
function TryRule({ check, initial, t, f }: { check: RuleCheck; initial: string; t: Translate; f(name: string): string }) {
  const [sample, setSample] = useState(initial);
  const tried = useMemo(() => tryRule(check.runnable, sample), [check.runnable, sample]);
  return (
    <fieldset className="tf-packs-try">
      <legend>{t('packs.rule.try')}</legend>
      <label className="tf-field tf-packs-wide" htmlFor={f('try')}>
        <span className="tf-muted">{t('packs.rule.tryHelp')}</span>
        <textarea id={f('try')} dir="auto" rows={3} value={sample} onChange={(e) => setSample(e.currentTarget.value)} data-field="try" />
      </label>
      <div aria-live="polite" data-testid="try-result">
        {!check.runnable ? (
          sample && <p className="tf-muted">{t('packs.rule.blocked')}</p>
        ) : tried.suggestions.length === 0 ? (
          sample && <p className="tf-muted">{t('packs.rule.tryNone')}</p>
        ) : (
          <>
            <p>
              <span className="tf-chip">{t('packs.rule.tryCount', { count: tried.suggestions.length })}</span>
            </p>
            <p className="tf-packs-sample" dir="auto">
              {marked(sample, tried.suggestions)}
            </p>
            <p>
              <span className="tf-muted">{t('packs.rule.tryResult')}</span>{' '}
              <span dir="auto" data-testid="try-rewritten">
                {tried.rewritten}
              </span>
            </p>
          </>
        )}
      </div>
    </fieldset>
  );
}

/** The sample with flagged spans in <mark>, as text nodes. */
function marked(text: string, spans: readonly { start: number; end: number }[]) {
  const out: ReactNode[] = [];
  let pos = 0;
  spans.forEach((s, i) => {
    if (s.start < pos) return;
    out.push(text.slice(pos, s.start));
    out.push(
      <mark key={i} className="tf-packs-mark">
        {text.slice(s.start, s.end)}
      </mark>,
    );
    pos = s.end;
  });
  out.push(text.slice(pos));
  return out;
}
