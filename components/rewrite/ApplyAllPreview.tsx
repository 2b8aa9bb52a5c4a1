/**
 * Apply all, step two: the whole reply as it will read after the changes, each change marked
 * (struck-out old words, highlighted new ones, quoted text dimmed), and nothing written until the
 * agent confirms. Draft text is rendered as text nodes only.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Translate } from '../../lib/i18n/index.ts';
import type { ApplyAllPlan } from '../../lib/rewrite/applyall.ts';

export interface ApplyAllPreviewProps {
  plan: ApplyAllPlan;
  t: Translate;
  onConfirm(plan: ApplyAllPlan): void;
  onCancel(): void;
}

export function ApplyAllPreview({ plan, t, onConfirm, onCancel }: ApplyAllPreviewProps) {
  const applyRef = useRef<HTMLButtonElement>(null);
  // Focus goes to the decision, so keyboard and screen-reader users land on it.
  useEffect(() => applyRef.current?.focus(), []);
  const count = plan.edits.length;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="rewrite-confirm" role="dialog" aria-labelledby="rewrite-confirm-title" aria-describedby="rewrite-confirm-help" onKeyDown={onKeyDown}>
      <h3 id="rewrite-confirm-title" className="rewrite-confirm-title">
        {t('rewrite.confirm.title', { count })}
      </h3>
      <p id="rewrite-confirm-help" className="rewrite-confirm-help">
        {t('rewrite.confirm.help')}
      </p>
      <div className="rewrite-preview" dir="auto" data-testid="tf-apply-preview">
        {plan.pieces.map((p, i) =>
          p.kind === 'change' ? (
            <span key={i} className="rewrite-change">
              {p.removed ? (
                <del className="rewrite-removed" title={t('rewrite.confirm.removed', { text: p.removed })}>
                  {p.removed}
                </del>
              ) : null}
              {p.text ? (
                <ins className="rewrite-added" title={t('rewrite.confirm.added', { text: p.text })}>
                  {p.text}
                </ins>
              ) : null}
            </span>
          ) : p.kind === 'quote' ? (
            <span key={i} className="rewrite-preview-quote">
              {p.text}
            </span>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
      {plan.skipped > 0 && <p className="rewrite-confirm-skipped">{t('rewrite.confirm.skipped', { count: plan.skipped })}</p>}
      <div className="rewrite-confirm-actions">
        <button ref={applyRef} type="button" className="rewrite-confirm-apply" onClick={() => onConfirm(plan)}>
          {t('rewrite.confirm.apply', { count })}
        </button>
        <button type="button" className="rewrite-confirm-cancel" onClick={() => onCancel()}>
          {t('rewrite.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
