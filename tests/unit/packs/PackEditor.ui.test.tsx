// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { PackEditor, type PackEditorProps } from '../../../components/packs/PackEditor.tsx';
import { bumpPatch, draftToRule, duplicatePack, prefsChange, ruleToDraft, teamSettingsFrom } from '../../../components/packs/model.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { builtinPacks, validatePackForInstall, type PhrasePack } from '../../../lib/packs/index.ts';
import type { PackEntry } from '../../../lib/db/service.ts';
import { byText, click, render, type, type Rendered } from '../tags/render.ts';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

const pack: PhrasePack = {
  formatVersion: 1,
  id: 'acme.en.support',
  name: 'Acme support',
  version: '2.3.9',
  languages: ['en'],
  rules: [
    {
      id: 'need-to',
      category: 'commands',
      severity: 'warning',
      patterns: ['you need to'],
      replacements: ['please'],
      explanation: 'Ask, do not order.',
      examples: { bad: [{ text: 'You need to restart the app.', expected: 'Please restart the app.' }], good: ['Please restart the app.'] },
    },
    {
      id: 'obviously',
      category: 'dismissive',
      severity: 'strong',
      patterns: ['obviously'],
      replacements: [''],
      explanation: 'It may not be obvious to the customer.',
      examples: { bad: [{ text: 'The link obviously works.', expected: 'The link works.' }], good: ['The link works.'] },
    },
  ],
};
const entries: PackEntry[] = [
  ...builtinPacks.map((p) => ({ pack: p, builtin: true, enabled: true })),
  { pack, builtin: false, enabled: true },
];

function mount(over: Partial<PackEditorProps> = {}) {
  const onSave = vi.fn<PackEditorProps['onSave']>(async () => ({ ok: true }));
  const onClose = vi.fn();
  r = render(<PackEditor initial={pack} isNew={false} entries={entries} lang="en" t={translator('en')} onSave={onSave} onClose={onClose} {...over} />);
  return { onSave, onClose, c: r.container };
}
const flush = () => act(async () => void (await new Promise((res) => setTimeout(res, 0))));

describe('PackEditor', () => {
  it('adds a rule, checks it live, and saves the pack with the patch version bumped', async () => {
    const { onSave, c } = mount();
    expect((c.querySelector('[data-field="pack-id"]') as HTMLInputElement).readOnly).toBe(true);
    expect(c.textContent).toContain('Version 2.3.9; saving makes it 2.3.10.');
    click(c.querySelector('[data-action="add-rule"]'));
    const open = () => c.querySelector<HTMLElement>('[data-open="true"]')!;
    expect((open().querySelector('[data-field="id"]') as HTMLInputElement).value).toBe('new-rule-3');
    type(open().querySelector('[data-field="id"]'), 'just');
    type(open().querySelector('[data-field="category"]'), 'dismissive');
    type(open().querySelector('[data-field="patterns"]'), 'just');
    type(open().querySelector('[data-field="replacements"]'), 'simply');
    type(open().querySelector('[data-field="explanation"]'), '"Just" can sound dismissive.');
    type(open().querySelector('[data-field="bad-0-text"]'), 'Just restart it.');
    type(open().querySelector('[data-field="bad-0-expected"]'), 'Simply restart it');
    expect(open().querySelector('[data-example="bad-0"]')!.getAttribute('data-state')).toBe('fail');
    type(open().querySelector('[data-field="bad-0-expected"]'), 'Simply restart it.');
    expect(open().querySelector('[data-example="bad-0"]')!.getAttribute('data-state')).toBe('pass');
    type(open().querySelector('[data-field="good-0"]'), 'Restart it, please.');
    expect(open().querySelector('.tf-packs-rule-head .tf-packs-badge')!.getAttribute('data-state')).toBe('pass');

    click(c.querySelector('[data-action="save"]'));
    await flush();
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved.version).toBe('2.3.10');
    expect(saved.rules.map((x) => x.id)).toEqual(['need-to', 'obviously', 'just']);
    expect(saved.rules[2]).toEqual({
      id: 'just',
      category: 'dismissive',
      severity: 'hint',
      patterns: ['just'],
      replacements: ['simply'],
      explanation: '"Just" can sound dismissive.',
      examples: { bad: [{ text: 'Just restart it.', expected: 'Simply restart it.' }], good: ['Restart it, please.'] },
    });
    // The empty replacement of "obviously" survives the round trip through the editor.
    expect(saved.rules[1]).toEqual(pack.rules[1]);
    expect(validatePackForInstall(saved).ok).toBe(true);
  });

  it('deletes a rule', async () => {
    const { onSave, c } = mount();
    click(c.querySelector('[data-rule="need-to"] [data-action="delete-rule"]'));
    expect(c.querySelector('[data-rule="need-to"]')).toBeNull();
    click(c.querySelector('[data-action="save"]'));
    await flush();
    expect(onSave.mock.calls[0][0].rules.map((x) => x.id)).toEqual(['obviously']);
  });

  it('does not save a pack whose rules fail, and lists the located problems', async () => {
    const { onSave, c } = mount();
    click(c.querySelector('[data-rule="need-to"] [data-action="open-rule"]'));
    type(c.querySelector('[data-field="bad-0-expected"]'), 'Kindly restart the app.');
    type(c.querySelector('[data-field="id"]'), 'obviously');
    click(c.querySelector('[data-action="save"]'));
    await flush();
    expect(onSave).not.toHaveBeenCalled();
    const errors = c.querySelector<HTMLElement>('[data-testid="editor-errors"]')!;
    expect(errors.textContent).toContain('Not saved yet.');
    const paths = [...errors.querySelectorAll('code')].map((x) => x.textContent);
    expect(paths).toContain('rules[1].id');
  });

  it('shows the background refusal the parent returns', async () => {
    const { c } = mount({ onSave: async () => ({ ok: false, title: 'This pack was not installed.', items: [{ path: 'rules[0]', message: 'boom' }] }) });
    click(c.querySelector('[data-action="save"]'));
    await flush();
    const errors = c.querySelector<HTMLElement>('[data-testid="editor-errors"]')!;
    expect(errors.textContent).toContain('This pack was not installed.');
    expect(errors.textContent).toContain('rules[0]: boom');
  });

  it('a duplicate of a built-in pack keeps its id editable and may not keep a built-in id', async () => {
    const b = builtinPacks.find((p) => validatePackForInstall(p).ok)!;
    const { onSave, c } = mount({ initial: duplicatePack(b), isNew: true });
    const id = c.querySelector<HTMLInputElement>('[data-field="pack-id"]')!;
    expect(id.readOnly).toBe(false);
    type(id, b.id);
    click(c.querySelector('[data-action="save"]'));
    await flush();
    expect(onSave).not.toHaveBeenCalled();
    expect(c.querySelector('[data-testid="editor-errors"]')!.textContent).toContain('is the id of a built-in pack');
    type(id, 'acme.en.mine');
    click(c.querySelector('[data-action="save"]'));
    await flush();
    expect(onSave.mock.calls[0][0].id).toBe('acme.en.mine');
  });

  it('Close without saving calls onClose and nothing else', () => {
    const { onSave, onClose, c } = mount();
    click(byText(c, 'button', 'Close without saving'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('pack manager helpers', () => {
  it('bumpPatch raises the patch and drops pre-release parts', () => {
    expect(bumpPatch('1.2.3')).toBe('1.2.4');
    expect(bumpPatch('0.0.9')).toBe('0.0.10');
    expect(bumpPatch('1.2.3-beta.1+build')).toBe('1.2.4');
    expect(bumpPatch('99999999999999999999.0.99999999999999999999')).toBe('99999999999999999999.0.100000000000000000000');
  });

  it('duplicatePack renames and does not share objects with the original', () => {
    const b = builtinPacks[0];
    const d = duplicatePack(b);
    expect(d.id).toBe(`${b.id}.copy`);
    expect(d.name).toBe(`${b.name} (copy)`);
    expect(d.rules).toEqual(b.rules);
    expect(d.rules[0]).not.toBe(b.rules[0]);
  });

  it('rule drafts round-trip, with "" as the empty replacement', () => {
    for (const rule of pack.rules) expect(draftToRule(ruleToDraft(rule))).toEqual(rule);
    expect(ruleToDraft(pack.rules[1]).replacements).toBe('""');
  });

  it('prefsChange and teamSettingsFrom', () => {
    expect(prefsChange({ disabledPacks: ['a', 'b'], silencedRules: ['a/x'] }, { disabledPacks: ['b', 'c'], silencedRules: ['a/y'] })).toEqual({
      enabled: ['a'],
      disabled: ['c'],
      silenced: ['a/y'],
      unsilenced: ['a/x'],
    });
    expect(teamSettingsFrom({ disabledPacks: ['b'], silencedRules: ['a/x'] }, ['a', 'b'])).toEqual({
      format: 'tactful-team-settings',
      formatVersion: 1,
      enablePacks: ['a'],
      disablePacks: ['b'],
      silenceRules: ['a/x'],
    });
  });
});
