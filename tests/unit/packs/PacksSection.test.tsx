// @vitest-environment happy-dom
/**
 * Options > Phrase packs against the real background handlers (lib/db/service.ts) on fake-indexeddb, with what the
 * section sends routed to them (../background.ts) and its saved files read from their object URLs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { browser } from 'wxt/browser';
import { PacksSection } from '../../../entrypoints/options/sections/PacksSection.tsx';
import { defaultPrefs, type Prefs } from '../../../lib/messaging/protocol.ts';
import { builtinPacks, compareSemver, isPackPart, parsePack, settingsPackId, validatePackForInstall, type PhrasePack } from '../../../lib/packs/index.ts';
import { TactfulDb } from '../../../lib/db/db.ts';
import { getPrefs, installPack, setPrefs } from '../../../lib/db/service.ts';
import { backgroundOn, routeMessages } from '../background.ts';
import { foldPackParts } from '../../../components/packs/model.ts';
import { translator, type UiLang } from '../../../lib/i18n/index.ts';
import { byText, chooseFile, click, render, type, type Rendered } from '../tags/render.ts';

/** What the section sent, in order (../background.ts routes it to the real handlers). */
const calls: { type: string; [k: string]: unknown }[] = [];
let unroute = () => {};
/** Files the section saved (components/ui/download.ts): each link's file name and the blob its object URL held. */
const downloads: { name: string; blob: Blob }[] = [];

// ---- a background that behaves like lib/db/service.ts ---------------------------------------------

let dbCount = 0;
/** The real background handlers (lib/db/service.ts) on a fresh fake-indexeddb database. */
async function realBackground(initial: PhrasePack[] = [], prefs: Partial<Prefs> = {}) {
  const db = new TactfulDb(`packs-section-${dbCount++}`);
  await setPrefs(db, prefs);
  for (const p of initial) await installPack(db, p, true);
  unroute();
  unroute = routeMessages(backgroundOn(db), calls);
  return {
    prefs: () => getPrefs(db),
    pack: async (id: string) => (await db.packs.get(id))?.pack as PhrasePack | undefined,
  };
}

// ---- fixtures ---------------------------------------------------------------------------------------

const perPolicy = {
  id: 'per-policy',
  category: 'policy' as const,
  severity: 'hint' as const,
  patterns: ['as per our policy'],
  replacements: ['as our policy says'],
  explanation: 'Sounds less stiff.',
  examples: { bad: [{ text: 'As per our policy, refunds take a week.', expected: 'As our policy says, refunds take a week.' }], good: ['Our policy allows refunds.'] },
};
const needTo = {
  id: 'need-to',
  category: 'commands' as const,
  severity: 'warning' as const,
  patterns: ['you need to'],
  replacements: ['please'],
  explanation: 'Ask, do not order.',
  examples: { bad: [{ text: 'You need to restart the app.', expected: 'Please restart the app.' }], good: ['Please restart the app.'] },
};
const obviously = {
  id: 'obviously',
  category: 'dismissive' as const,
  severity: 'strong' as const,
  patterns: ['obviously'],
  replacements: [''],
  explanation: 'It may not be obvious to the customer.',
  examples: { bad: [{ text: 'The link obviously works.', expected: 'The link works.' }], good: ['The link works.'] },
};
const v1: PhrasePack = { formatVersion: 2, id: 'acme.en.billing', name: 'Acme billing', version: '1.0.0', languages: ['en'], author: 'Acme support', rules: [perPolicy, needTo] };
const v2: PhrasePack = { ...v1, version: '1.1.0', rules: [{ ...perPolicy, explanation: 'Say what the policy allows.' }, obviously] };

// ---- helpers -----------------------------------------------------------------------------------------

let r: Rendered | null = null;
let onPrefs: ReturnType<typeof vi.fn<(next: Prefs) => void>>;
beforeEach(() => {
  calls.length = 0;
  downloads.length = 0;
  onPrefs = vi.fn<(next: Prefs) => void>();
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:packs-section/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
});
afterEach(() => {
  r?.unmount();
  r = null;
  unroute();
  vi.restoreAllMocks();
});

/** Lets the background (IndexedDB through Dexie) answer and React render. */
const flush = () =>
  act(async () => {
    for (let i = 0; i < 25; i++) await new Promise((res) => setTimeout(res, 1));
  });

async function mount(state: Awaited<ReturnType<typeof realBackground>>, lang: UiLang = 'en') {
  const prefs = await state.prefs();
  r = render(<PacksSection lang={lang} t={translator(lang)} prefs={prefs} onPrefs={onPrefs} />);
  await flush();
  return r.container;
}
/** A built-in pack as its card shows it: a part's rules inside the pack it belongs to (lib/packs/parts.ts). */
const asListed = (b: PhrasePack): PhrasePack => foldPackParts(builtinPacks.map((pack) => ({ pack, builtin: true }))).find((e) => e.pack.id === b.id)!.pack;
const card = (c: HTMLElement, id: string) => c.querySelector<HTMLElement>(`[data-pack-id="${id}"]`)!;
const callsOf = (type: string) => calls.filter((m) => m.type === type);

async function paste(c: HTMLElement, text: string) {
  type(c.querySelector('[data-testid="pack-paste"]'), text);
  await act(async () => {
    c.querySelector<HTMLFormElement>('.tf-packs-paste')!.requestSubmit();
  });
}

// ---- tests -------------------------------------------------------------------------------------------

describe('PacksSection: the list', () => {
  it('renders built-in and imported packs with version, author, languages, rule count and badge', async () => {
    const c = await mount(await realBackground([v1]));
    expect(callsOf('packs.list')).toHaveLength(1);
    for (const b of builtinPacks) {
      // A part of a built-in pack (lib/packs/parts.ts) has no card: its rules are counted and listed in its whole's.
      if (isPackPart(b.id)) {
        expect(c.querySelector(`[data-pack-id="${b.id}"]`)).toBeNull();
        continue;
      }
      const el = card(c, b.id);
      const rules = b.rules.length + builtinPacks.filter((x) => x.id !== b.id && settingsPackId(x.id) === b.id).reduce((n, x) => n + x.rules.length, 0);
      expect(el.textContent).toContain(b.name);
      expect(el.textContent).toContain(`Version ${b.version}`);
      expect(el.textContent).toContain('Built-in');
      expect(el.querySelector('[data-testid="rule-count"]')!.textContent).toBe(`${rules} rules`);
      expect(el.querySelector('[data-action="duplicate"]')).not.toBeNull();
      expect(el.querySelector('[data-action="edit"]')).toBeNull();
      expect(el.querySelector('[data-action="remove"]')).toBeNull();
    }
    const acme = card(c, 'acme.en.billing');
    expect(acme.textContent).toContain('Acme billing');
    expect(acme.textContent).toContain('Version 1.0.0');
    expect(acme.textContent).toContain('by Acme support');
    expect(acme.textContent).toContain('Languages: English');
    expect(acme.textContent).toContain('2 rules');
    expect(acme.textContent).not.toContain('silenced');
    expect(acme.textContent).not.toContain('Built-in');
    expect(acme.querySelector('[data-action="edit"]')).not.toBeNull();
  });

  it('switches a pack off and on through packs.setEnabled and reports the new prefs', async () => {
    const state = await realBackground([v1]);
    const c = await mount(state);
    const toggle = () => card(c, 'acme.en.billing').querySelector<HTMLInputElement>('[data-testid="pack-toggle"]')!;
    expect(toggle().checked).toBe(true);
    click(toggle());
    await flush();
    expect(callsOf('packs.setEnabled').at(-1)).toMatchObject({ id: 'acme.en.billing', enabled: false });
    expect(toggle().checked).toBe(false);
    expect(card(c, 'acme.en.billing').getAttribute('data-enabled')).toBe('false');
    expect(onPrefs).toHaveBeenLastCalledWith(expect.objectContaining({ disabledPacks: ['acme.en.billing'] }));
    click(toggle());
    await flush();
    expect(toggle().checked).toBe(true);
    expect((await state.prefs()).disabledPacks).toEqual([]);
  });

  it('expands rules with explanation and category; silences and re-enables one rule by packId/ruleId', async () => {
    const state = await realBackground([v1]);
    const c = await mount(state);
    const acme = card(c, 'acme.en.billing');
    click(acme.querySelector('[data-action="rules"]'));
    const rule = () => acme.querySelector<HTMLElement>('[data-rule-id="need-to"]')!;
    expect(rule().textContent).toContain('Ask, do not order.');
    expect(rule().textContent).toContain('Commands');
    expect(rule().textContent).toContain('you need to');
    click(rule().querySelector('[data-action="silence"]'));
    await flush();
    expect(callsOf('rules.silence').at(-1)).toMatchObject({ key: 'acme.en.billing/need-to', silenced: true });
    expect(rule().getAttribute('data-silenced')).toBe('true');
    expect(rule().textContent).toContain('Silenced');
    expect(acme.textContent).toContain('1 silenced');
    expect(c.querySelector('[data-testid="silenced-list"]')!.textContent).toContain('acme.en.billing/need-to');
    click(rule().querySelector('[data-action="unsilence"]'));
    await flush();
    expect(callsOf('rules.silence').at(-1)).toMatchObject({ key: 'acme.en.billing/need-to', silenced: false });
    expect((await state.prefs()).silencedRules).toEqual([]);
    expect(c.querySelector('[data-testid="silenced-list"]')).toBeNull();
  });

  it('exports a pack as a file that parses back to the same pack', async () => {
    const c = await mount(await realBackground([v1]));
    click(card(c, 'acme.en.billing').querySelector('[data-action="export"]'));
    click(card(c, builtinPacks[0].id).querySelector('[data-action="export"]'));
    expect(downloads.map((d) => d.name)).toEqual(['acme.en.billing-1.0.0.json', `${builtinPacks[0].id}-${builtinPacks[0].version}.json`]);
    const [first, second] = await Promise.all(downloads.map((d) => d.blob.text()));
    const back = parsePack(first);
    expect(back.ok && back.pack).toEqual(v1);
    const again = parsePack(second);
    expect(again.ok && again.pack).toEqual(asListed(builtinPacks[0]));
    expect(validatePackForInstall(first).ok).toBe(true);
  });

  it('removes an imported pack only after confirmation', async () => {
    const state = await realBackground([v1]);
    const c = await mount(state);
    click(card(c, 'acme.en.billing').querySelector('[data-action="remove"]'));
    expect(callsOf('packs.remove')).toHaveLength(0);
    click(card(c, 'acme.en.billing').querySelector('[data-action="remove-yes"]'));
    await flush();
    expect(callsOf('packs.remove')).toEqual([{ type: 'packs.remove', id: 'acme.en.billing' }]);
    expect(card(c, 'acme.en.billing')).toBeNull();
    expect(c.querySelector('[role="status"]')!.textContent).toBe('Removed “Acme billing”.');
  });
});

describe('PacksSection: installing', () => {
  it('a pack with parse errors lists each error with its JSON path and rule id, and has no install button', async () => {
    const c = await mount(await realBackground());
    const broken = { ...v1, version: 'one', rules: [{ ...perPolicy, severity: 'loud' }, { ...needTo, patterns: [] }] };
    await paste(c, JSON.stringify(broken));
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.getAttribute('data-valid')).toBe('false');
    const items = [...preview.querySelectorAll('[data-testid="pack-errors"] li')];
    const paths = items.map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(expect.arrayContaining(['version', 'rules[0].severity', 'rules[1].patterns']));
    const sev = items.find((li) => li.getAttribute('data-path') === 'rules[0].severity')!;
    expect(sev.textContent).toContain('per-policy');
    expect(sev.textContent).toContain('the severity must be');
    expect(preview.querySelector('[data-action="install"]')).toBeNull();
    expect(byText(preview, 'button', /^(Install|Update)$/)).toBeNull();
    expect(callsOf('packs.install')).toHaveLength(0);
  });

  it('a pack whose examples fail shows the rule, the path and the example, and has no install button', async () => {
    const c = await mount(await realBackground());
    const failing = { ...v1, rules: [perPolicy, { ...needTo, examples: { bad: [{ text: 'You need to restart the app.', expected: 'Kindly restart the app.' }], good: ['You need to sign in.'] } }] };
    await chooseFile(c.querySelector('[data-testid="pack-file"]'), 'acme.json', JSON.stringify(failing), 'application/json');
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.textContent).toContain('From acme.json');
    const items = [...preview.querySelectorAll('[data-testid="pack-errors"] li')];
    expect(items.map((li) => li.getAttribute('data-path'))).toEqual(['rules[1].examples.bad[0].expected', 'rules[1].examples.good[0]']);
    expect(items[0].textContent).toContain('need-to');
    expect(items[0].textContent).toContain('"Please restart the app."');
    expect(items[0].querySelector('blockquote')!.textContent).toContain('You need to restart the app.');
    expect(items[1].querySelector('blockquote')!.textContent).toContain('You need to sign in.');
    expect(preview.querySelector('[data-action="install"]')).toBeNull();
  });

  it('a new pack shows its rules by category and installs', async () => {
    const state = await realBackground();
    const c = await mount(state);
    await paste(c, JSON.stringify(v1));
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.querySelector('[data-testid="pack-diff"]')).toBeNull();
    expect(preview.querySelector('[data-category="policy"]')!.textContent).toContain('per-policy');
    expect(preview.querySelector('[data-category="commands"]')!.textContent).toContain('need-to');
    const btn = preview.querySelector<HTMLButtonElement>('[data-action="install"]')!;
    expect(btn.textContent).toBe('Install');
    click(btn);
    await flush();
    expect(callsOf('packs.install')[0]).toMatchObject({ allowDowngrade: false });
    expect((await state.pack('acme.en.billing'))).toEqual(v1);
    expect(c.querySelector('[data-testid="pack-preview"]')).toBeNull();
    expect(c.querySelector('[role="status"]')!.textContent).toBe('Installed “Acme billing” with 2 rules.');
    expect(card(c, 'acme.en.billing')).not.toBeNull();
  });

  it('a newer version shows the diff and updates, keeping silenced rules', async () => {
    const state = await realBackground([v1], { silencedRules: ['acme.en.billing/per-policy'] });
    const c = await mount(state);
    await chooseFile(c.querySelector('[data-testid="pack-file"]'), 'acme-1.1.0.json', JSON.stringify(v2), 'application/json');
    const diff = c.querySelector<HTMLElement>('[data-testid="pack-diff"]')!;
    expect(diff.textContent).toContain('Version 1.0.0 → 1.1.0');
    expect(c.querySelector('[data-testid="pack-preview"]')!.textContent).toContain('Installed: version 1.0.0');
    expect(diff.querySelector('[data-diff="added"]')!.textContent).toContain('1 rule added');
    expect(diff.querySelector('[data-diff="added"]')!.textContent).toContain('obviously');
    expect(diff.querySelector('[data-diff="changed"]')!.textContent).toContain('per-policy');
    expect(diff.querySelector('[data-diff="removed"]')!.textContent).toContain('need-to');
    expect(diff.textContent).toContain('Rules you silenced stay silenced.');
    const btn = c.querySelector<HTMLButtonElement>('[data-testid="pack-preview"] [data-action="install"]')!;
    expect(btn.textContent).toBe('Update');
    click(btn);
    await flush();
    expect(callsOf('packs.install').at(-1)).toMatchObject({ type: 'packs.install', allowDowngrade: false });
    expect((await state.pack('acme.en.billing'))!.version).toBe('1.1.0');
    expect(card(c, 'acme.en.billing').textContent).toContain('Version 1.1.0');
    expect(c.querySelector('[role="status"]')!.textContent).toBe('Updated “Acme billing” to version 1.1.0.');
    expect((await state.prefs()).silencedRules).toEqual(['acme.en.billing/per-policy']);
    expect(callsOf('rules.silence')).toHaveLength(0);
  });

  it('an older version needs an explicit confirmation and installs with allowDowngrade', async () => {
    const state = await realBackground([v2]);
    const c = await mount(state);
    await paste(c, JSON.stringify(v1));
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.textContent).toContain('This file is an older version than the one installed.');
    const btn = preview.querySelector<HTMLButtonElement>('[data-action="install"]')!;
    expect(btn.textContent).toBe('Install anyway');
    expect(btn.disabled).toBe(true);
    click(preview.querySelector('[data-testid="confirm-downgrade"]'));
    expect(btn.disabled).toBe(false);
    click(btn);
    await flush();
    expect(callsOf('packs.install').at(-1)).toMatchObject({ allowDowngrade: true });
    expect((await state.pack('acme.en.billing'))!.version).toBe('1.0.0');
  });

  it('refuses a pack that reuses a built-in id', async () => {
    const c = await mount(await realBackground());
    await paste(c, JSON.stringify({ ...v1, id: builtinPacks[0].id }));
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.textContent).toContain(`“${builtinPacks[0].id}” is the id of a built-in pack`);
    expect(preview.querySelector('[data-action="install"]')).toBeNull();
  });

  it('from a web address: asks for that origin only, then fetches and previews', async () => {
    const c = await mount(await realBackground());
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(v1), { status: 200 }));
    type(c.querySelector('[data-testid="pack-url"]'), 'https://packs.example.com/acme/billing.json');
    await act(async () => c.querySelector<HTMLFormElement>('.tf-packs-url')!.requestSubmit());
    await flush();
    expect(request).toHaveBeenCalledWith({ origins: ['https://packs.example.com/*'] });
    expect(fetchMock).toHaveBeenCalledWith('https://packs.example.com/acme/billing.json', expect.objectContaining({ credentials: 'omit' }));
    const preview = c.querySelector<HTMLElement>('[data-testid="pack-preview"]')!;
    expect(preview.textContent).toContain('From https://packs.example.com/acme/billing.json');
    expect(preview.querySelector('[data-action="install"]')).not.toBeNull();
  });

  it('from a web address: a refused permission downloads nothing', async () => {
    const c = await mount(await realBackground());
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const fetchMock = vi.spyOn(globalThis, 'fetch');
    type(c.querySelector('[data-testid="pack-url"]'), 'https://packs.example.com/a.json');
    await act(async () => c.querySelector<HTMLFormElement>('.tf-packs-url')!.requestSubmit());
    await flush();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(c.querySelector('[role="alert"]')!.textContent).toContain('https://packs.example.com');
    expect(c.querySelector('[data-testid="pack-preview"]')).toBeNull();
  });
});

describe('PacksSection: editing and team settings', () => {
  it('duplicates a built-in pack, edits a rule and saves it with a patch bump', async () => {
    const state = await realBackground();
    const c = await mount(state);
    // A built-in pack whose examples pass (the built-in files are checked by their own tests).
    const b = builtinPacks.find((p) => validatePackForInstall(p).ok)!;
    click(card(c, b.id).querySelector('[data-action="duplicate"]'));
    const editor = c.querySelector<HTMLElement>('[data-testid="pack-editor"]')!;
    expect((editor.querySelector('[data-field="pack-id"]') as HTMLInputElement).value).toBe(`${b.id}.copy`);
    expect((editor.querySelector('[data-field="pack-name"]') as HTMLInputElement).value).toBe(`${b.name} (copy)`);
    // Change the first rule's explanation, then save.
    click(editor.querySelector('[data-action="open-rule"]'));
    type(editor.querySelector('[data-field="explanation"]'), 'A clearer explanation.');
    click(editor.querySelector('[data-action="save"]'));
    await flush();
    const saved = (await state.pack(`${b.id}.copy`))!;
    expect(saved.version).not.toBe(b.version);
    expect(compareSemver(saved.version, b.version)).toBe(1);
    expect(saved.rules[0].explanation).toBe('A clearer explanation.');
    expect(saved.rules.slice(1)).toEqual(asListed(b).rules.slice(1));
    expect(c.querySelector('[data-testid="pack-editor"]')).toBeNull();
    expect(card(c, `${b.id}.copy`).textContent).toContain(`${b.name} (copy)`);
  });

  it('applies a team-settings file and lists what changed', async () => {
    const state = await realBackground([v1], { disabledPacks: ['acme.en.billing'] });
    const c = await mount(state);
    const settings = { format: 'tactful-team-settings', formatVersion: 1, enablePacks: ['acme.en.billing'], disablePacks: [builtinPacks[0].id], silenceRules: ['acme.en.billing/need-to'] };
    await chooseFile(c.querySelector('[data-testid="team-file"]'), 'team.json', JSON.stringify(settings), 'application/json');
    await flush();
    expect(callsOf('team.apply')).toHaveLength(1);
    const res = c.querySelector<HTMLElement>('[data-testid="team-result"]')!;
    expect(res.textContent).toContain('Switched on: Acme billing');
    expect(res.textContent).toContain(`Switched off: ${builtinPacks[0].name}`);
    expect(res.textContent).toContain('Rules silenced: acme.en.billing/need-to');
    expect(card(c, builtinPacks[0].id).querySelector<HTMLInputElement>('[data-testid="pack-toggle"]')!.checked).toBe(false);
    expect(onPrefs).toHaveBeenCalledWith(expect.objectContaining({ silencedRules: ['acme.en.billing/need-to'] }));
  });

  it('shows the located errors of a team-settings file the background refuses', async () => {
    const c = await mount(await realBackground());
    await chooseFile(c.querySelector('[data-testid="team-file"]'), 'team.json', JSON.stringify({ format: 'nope' }), 'application/json');
    await flush();
    const alert = byText(c, '[role="alert"]', 'These team settings were not applied.')!;
    expect(alert.querySelector('code')!.textContent).toBe('format');
  });

  it('renders in Persian', async () => {
    const c = await mount(await realBackground([v1]), 'fa');
    expect(c.textContent).toContain('بسته‌های نصب‌شده');
    expect(card(c, 'acme.en.billing').textContent).toContain('۲ قاعده');
  });
});
