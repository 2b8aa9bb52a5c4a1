/**
 * First run: asks the agent's name before the first tags are recorded, so "By agent" reports have
 * no blank row. Saved as the agentName preference (editable later in Options > Preferences).
 */
import { useId, useState } from 'react';
import type { Translate } from '../../lib/i18n/index.ts';

export function AgentNamePrompt(p: { t: Translate; onSave(name: string): void; onLater(): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <form
      className="tags-agent-prompt"
      aria-labelledby={`${id}-label`}
      onSubmit={(e) => {
        e.preventDefault();
        const clean = name.trim();
        if (!clean) return setEmpty(true);
        p.onSave(clean);
      }}
    >
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {p.t('tags.agent.prompt')}
      </label>
      <p className="tags-agent-hint">{p.t('tags.agent.hint')}</p>
      <div className="tags-agent-row">
        <input id={`${id}-input`} type="text" dir="auto" maxLength={120} value={name} aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-err` : undefined} onChange={(e) => { setName(e.target.value); setEmpty(false); }} />
        <button type="submit">{p.t('tags.agent.save')}</button>
        <button type="button" onClick={p.onLater}>
          {p.t('tags.agent.later')}
        </button>
      </div>
      {empty && (
        <p id={`${id}-err`} role="alert" className="tags-agent-error">
          {p.t('tags.agent.empty')}
        </p>
      )}
    </form>
  );
}
