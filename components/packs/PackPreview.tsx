/**
 * What a pack file would do before anything is installed: every problem with its JSON path, rule
 * id and example (and then no install button), or the pack's contents by category and, when the
 * same id is installed, the rule diff and version change. An older or equal version needs an
 * explicit confirmation (allowDowngrade). Pack text is rendered as React text only.
 */
import { useId, useMemo, useState } from 'react';
import {
  checkPackExamples,
  compareSemver,
  diffPacks,
  parsePack,
  type PackDiff,
  type PhrasePack,
} from '../../lib/packs/index.ts';
import type { PackEntry } from '../../lib/db/stores/packs.ts';
import type { StringKey, Translate, UiLang } from '../../lib/i18n/index.ts';
import { rulesByCategory } from './model.ts';
import './packs.css';

export interface LocatedError {
  path: string;
  ruleId?: string;
  /** The example's text, for failing examples. */
  example?: string;
  message: string;
}

export type Analysis =
  | { ok: false; errors: LocatedError[]; name?: string; /** The id belongs to a built-in pack. */ builtinId?: string }
  | { ok: true; pack: PhrasePack; existing?: PackEntry; diff?: PackDiff; /** new vs installed version */ cmp?: -1 | 0 | 1 };

/** Best effort: the raw rules list of a file that did not validate, to name rules in its errors. */
function rawRules(text: string): unknown[] {
  try {
    const data = JSON.parse(text) as { rules?: unknown };
    return Array.isArray(data?.rules) ? data.rules : [];
  } catch {
    return [];
  }
}

function rawName(text: string): string | undefined {
  try {
    const n = (JSON.parse(text) as { name?: unknown })?.name;
    return typeof n === 'string' ? n.slice(0, 120) : undefined;
  } catch {
    return undefined;
  }
}

const RULE_PATH = /^rules\[(\d+)\]/;

/** Validate, run every example, and compare with what is installed. */
export function analysePack(text: string, entries: readonly PackEntry[]): Analysis {
  const parsed = parsePack(text);
  if (!parsed.ok) {
    const rules = rawRules(text);
    return {
      ok: false,
      name: rawName(text),
      errors: parsed.errors.map((e) => {
        const m = RULE_PATH.exec(e.path);
        const raw = m ? (rules[Number(m[1])] as { id?: unknown } | undefined) : undefined;
        return { path: e.path, message: e.message, ruleId: typeof raw?.id === 'string' ? raw.id.slice(0, 80) : undefined };
      }),
    };
  }
  const pack = parsed.pack;
  const failures = checkPackExamples(pack);
  if (failures.length) {
    return {
      ok: false,
      name: pack.name,
      errors: failures.map((f) => {
        const m = /^rules\[(\d+)\]\.examples\.(bad|good)\[(\d+)\]/.exec(f.path);
        const rule = m ? pack.rules[Number(m[1])] : undefined;
        const example = rule && m ? (m[2] === 'bad' ? rule.examples.bad[Number(m[3])]?.text : rule.examples.good[Number(m[3])]) : undefined;
        return { path: f.path, ruleId: f.ruleId, example, message: f.message };
      }),
    };
  }
  const builtin = entries.find((e) => e.builtin && e.pack.id === pack.id);
  if (builtin) return { ok: false, name: pack.name, errors: [], builtinId: pack.id };
  const existing = entries.find((e) => !e.builtin && e.pack.id === pack.id);
  if (!existing) return { ok: true, pack };
  return { ok: true, pack, existing, diff: diffPacks(existing.pack, pack), cmp: compareSemver(pack.version, existing.pack.version) };
}

export interface PackPreviewProps {
  text: string;
  source: string;
  entries: readonly PackEntry[];
  lang: UiLang;
  t: Translate;
  busy?: boolean;
  onInstall(pack: PhrasePack, allowDowngrade: boolean): void;
  onCancel(): void;
}

export function PackPreview({ text, source, entries, lang, t, busy, onInstall, onCancel }: PackPreviewProps) {
  const uid = useId();
  const a = useMemo(() => analysePack(text, entries), [text, entries]);
  const [confirmed, setConfirmed] = useState(false);
  const langs = (p: PhrasePack) => p.languages.map((l) => t(`packs.lang.${l}`)).join(lang === 'fa' ? '، ' : ', ');

  if (!a.ok) return <InvalidPackPreview uid={uid} analysis={a} source={source} t={t} onCancel={onCancel} />;

  const { pack, existing, diff, cmp } = a;
  const isUpdate = !!existing && cmp === 1;
  const needsConfirm = !!existing && cmp !== 1;
  return (
    <section className="tf-packs-preview" data-valid="true" aria-labelledby={`${uid}-h`} data-testid="pack-preview">
      <h3 id={`${uid}-h`}>{existing ? t('packs.preview.title', { name: pack.name }) : t('packs.preview.newTitle', { name: pack.name })}</h3>
      <div className="tf-packs-meta">
        <span>{t('packs.preview.source', { source })}</span>
        <span>
          {t('packs.preview.id')}: <code dir="ltr">{pack.id}</code>
        </span>
        <span>{t('packs.version', { version: pack.version })}</span>
        {existing && <span>{t('packs.preview.installedVersion', { version: existing.pack.version })}</span>}
        {pack.author && <span>{t('packs.by', { author: pack.author })}</span>}
        <span>{t('packs.languages', { languages: langs(pack) })}</span>
        <span>{t('packs.rules', { count: pack.rules.length })}</span>
      </div>
      {pack.description && (
        <p dir="auto" className="tf-packs-rule-text">
          {pack.description}
        </p>
      )}

      {existing && diff && <PackDiffBox diff={diff} cmp={cmp} isUpdate={isUpdate} t={t} />}

      <PackContents pack={pack} open={!existing} t={t} />

      {needsConfirm && (
        <label className="tf-row">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} data-testid="confirm-downgrade" />
          {t('packs.preview.confirmLabel', { from: existing!.pack.version, to: pack.version })}
        </label>
      )}
      <div className="tf-row">
        {needsConfirm ? (
          <button type="button" className="tf-primary" disabled={!confirmed || busy} onClick={() => onInstall(pack, true)} data-action="install">
            {t('packs.preview.confirm')}
          </button>
        ) : (
          <button type="button" className="tf-primary" disabled={busy} onClick={() => onInstall(pack, false)} data-action="install">
            {t(isUpdate ? 'packs.preview.update' : 'packs.preview.install')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('packs.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

/** A pack that cannot be installed: every problem with its path, rule id and example, and no install button. */
function InvalidPackPreview({ uid, analysis: a, source, t, onCancel }: { uid: string; analysis: Extract<Analysis, { ok: false }>; source: string; t: Translate; onCancel(): void }) {
  const builtinClash = a.builtinId !== undefined;
  return (
    <section className="tf-packs-preview" data-valid="false" aria-labelledby={`${uid}-h`} data-testid="pack-preview">
      <h3 id={`${uid}-h`}>{t('packs.preview.badTitle')}</h3>
      <p className="tf-muted">
        {a.name && <bdi>{a.name}</bdi>} {a.name && '· '}
        {t('packs.preview.source', { source })}
      </p>
      <div role="alert" className="tf-error">
        <strong>{builtinClash ? t('packs.preview.builtinId', { id: a.builtinId! }) : t('packs.invalid')}</strong>{' '}
        {!builtinClash && <span className="tf-chip">{t('packs.preview.errorCount', { count: a.errors.length })}</span>}
      </div>
      {!builtinClash && (
        <ul className="tf-packs-errors" data-testid="pack-errors">
          {a.errors.map((e, i) => (
            <li key={i} data-path={e.path}>
              {e.path && <code dir="ltr">{e.path}</code>}
              {e.ruleId && (
                <>
                  {' '}
                  <span className="tf-chip" dir="ltr">
                    {e.ruleId}
                  </span>
                </>
              )}
              {(e.path || e.ruleId) && ': '}
              <span dir="auto">{e.message}</span>
              {e.example !== undefined && (
                <blockquote>
                  <span className="tf-muted">{t('packs.preview.example')}</span> <span dir="auto">{e.example}</span>
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="tf-row">
        <button type="button" onClick={onCancel}>
          {t('packs.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

/** What an update changes: the versions, the rules added, changed and removed, and a warning for an older or equal version. */
function PackDiffBox({ diff, cmp, isUpdate, t }: { diff: PackDiff; cmp?: -1 | 0 | 1; isUpdate: boolean; t: Translate }) {
  return (
    <div className="tf-packs-diff" data-testid="pack-diff">
      <p>
        <strong>{t('packs.preview.versions', { from: diff.versionFrom, to: diff.versionTo })}</strong>
      </p>
      {diff.added.length + diff.changed.length + diff.removed.length === 0 ? (
        <p className="tf-muted">{t('packs.preview.noRuleChanges')}</p>
      ) : (
        <>
          <DiffList cls="tf-packs-added" kind="added" title={t('packs.preview.added', { count: diff.added.length })} ids={diff.added} />
          <DiffList cls="tf-packs-changed" kind="changed" title={t('packs.preview.changed', { count: diff.changed.length })} ids={diff.changed} />
          <DiffList cls="tf-packs-removed" kind="removed" title={t('packs.preview.removed', { count: diff.removed.length })} ids={diff.removed} />
        </>
      )}
      {cmp === -1 && <p className="tf-packs-warn">{t('packs.preview.downgrade')}</p>}
      {cmp === 0 && <p className="tf-packs-warn">{t('packs.preview.sameVersion')}</p>}
      {isUpdate && <p className="tf-muted">{t('packs.preview.keepsSilenced')}</p>}
    </div>
  );
}

/** The pack's rules by category: id, severity, first pattern and explanation. */
function PackContents({ pack, open, t }: { pack: PhrasePack; open: boolean; t: Translate }) {
  const groups = rulesByCategory(pack.rules);
  return (
    <details className="tf-packs-contents" open={open}>
      <summary>{t('packs.preview.contents')}</summary>
      {groups.map(([cat, rules]) => (
        <div key={cat} data-category={cat}>
          <h4 className="tf-packs-small">
            {t(`rewrite.category.${cat}` as StringKey)} <span className="tf-chip">{rules.length}</span>
          </h4>
          <ul className="tf-packs-rules">
            {rules.map((r) => (
              <li key={r.id} className="tf-packs-rule">
                <code dir="ltr">{r.id}</code> <span className="tf-chip">{t(`rewrite.severity.${r.severity}` as StringKey)}</span>{' '}
                <span dir="auto" className="tf-packs-small">
                  {r.patterns[0]}
                </span>
                <div dir="auto" className="tf-packs-rule-text">
                  {r.explanation}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

function DiffList({ title, ids, cls, kind }: { title: string; ids: readonly string[]; cls: string; kind: string }) {
  if (!ids.length) return null;
  return (
    <div className={cls} data-diff={kind}>
      {title}
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code dir="ltr">{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
