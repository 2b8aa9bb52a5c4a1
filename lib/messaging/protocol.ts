/**
 * Every message between content script, panel, options page and background, as zod schemas.
 * Anything that does not parse is ignored by the receiver. Payload sizes are bounded so a
 * hostile or broken sender cannot make the worker allocate without limit.
 */
import { z } from 'zod';

const str = (max = 2000) => z.string().max(max);
const text = z.string().max(200_000);
const host = z.string().min(1).max(253).regex(/^[a-z0-9.*:[\]-]+$/i, 'not a host name');

export const EditorKindSchema = z.enum([
  'textarea', 'contenteditable', 'ckeditor5', 'iframe', 'prosemirror', 'draftjs', 'lexical', 'slate', 'quill', 'froala', 'unknown',
]);

export const CustomerMessageSchema = z.object({
  text,
  sender: str(300).optional(),
  time: str(100).optional(),
  source: z.enum(['selection', 'adapter', 'picker', 'heuristic', 'quote', 'none']),
});

/** What the content script reports about its page; the panel renders from this alone. */
export const PageStateSchema = z.object({
  url: str(4000),
  host: str(300),
  title: str(500),
  adapterId: str(60),
  adapterName: str(120),
  degraded: z.boolean(),
  conversationId: str(4000),
  siteTicketId: str(300).nullable(),
  customer: CustomerMessageSchema.nullable(),
  editor: z.object({ kind: EditorKindSchema, label: str(200), present: z.boolean(), rich: z.boolean() }),
  draft: text,
  /** [start, end) ranges of the draft quoted from the customer: never flagged, scored or rewritten. */
  draftQuotes: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(2000).optional(),
  /** Increments whenever the draft text changes; writes carry the version they were computed on. */
  draftVersion: z.number().int().nonnegative(),
  pickerActive: z.enum(['customer', 'editor']).nullable(),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const WriteOpSchema = z.discriminatedUnion('op', [
  /** Replace exactly [start, end) of the draft, which must still read `expected`. */
  z.object({ op: z.literal('replace'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), expected: text, text }),
  /** Several replacements at once (apply all), applied right to left as one undo step where the editor allows. */
  z.object({
    op: z.literal('replaceMany'),
    edits: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), expected: text, text })).max(500),
  }),
  z.object({ op: z.literal('insert'), text }),
  z.object({ op: z.literal('link'), title: str(500), url: z.string().url().max(4000) }),
]);
export type WriteOp = z.infer<typeof WriteOpSchema>;

export const WriteResultSchema = z.object({
  ok: z.boolean(),
  strategy: str(60),
  /** When no strategy applied, the text went to the clipboard instead. */
  copied: z.boolean(),
  error: str(500).optional(),
});
export type WriteResult = z.infer<typeof WriteResultSchema>;

/** Panel -> content script of its own tab. */
export const ToPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.read') }),
  z.object({ type: z.literal('page.write'), write: WriteOpSchema, draftVersion: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('page.pick'), target: z.enum(['customer', 'editor']).nullable() }),
  z.object({ type: z.literal('page.highlight'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  z.object({ type: z.literal('page.unhighlight') }),
  z.object({ type: z.literal('panel.layout'), side: z.enum(['left', 'right']).optional(), collapsed: z.boolean().optional(), width: z.number().int().min(240).max(720).optional() }),
  z.object({ type: z.literal('panel.close') }),
  z.object({ type: z.literal('page.extractArticle') }),
]);
export type ToPage = z.infer<typeof ToPageSchema>;

/** Content script -> every extension page (panels filter by sender tab). */
export const FromPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.state'), state: PageStateSchema }),
]);
export type FromPage = z.infer<typeof FromPageSchema>;

export const PrefsSchema = z.object({
  uiLanguage: z.enum(['auto', 'en', 'fa']).default('auto'),
  agentName: str(120).default(''),
  panelSide: z.enum(['left', 'right']).default('right'),
  panelWidth: z.number().int().min(240).max(720).default(360),
  panelCollapsed: z.boolean().default(false),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  silencedRules: z.array(str(200)).max(20_000).default([]),
  disabledPacks: z.array(str(200)).max(1000).default([]),
  minSeverity: z.enum(['hint', 'warning', 'strong']).default('hint'),
  tagShortcuts: z.boolean().default(true),
  timeZone: str(80).default(''),
  weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]).default(1),
});
export type Prefs = z.infer<typeof PrefsSchema>;
export const defaultPrefs: Prefs = PrefsSchema.parse({});

/** Anything -> background. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prefs.get') }),
  z.object({ type: z.literal('prefs.set'), patch: PrefsSchema.partial() }),
  z.object({ type: z.literal('sites.list') }),
  z.object({ type: z.literal('sites.add'), host }),
  z.object({ type: z.literal('sites.remove'), host }),
  z.object({ type: z.literal('sites.shouldOpen'), url: str(4000) }),
  z.object({ type: z.literal('picker.get'), host }),
  z.object({ type: z.literal('picker.set'), host, customer: str(1000).nullable().optional(), editor: str(1000).nullable().optional() }),
  z.object({ type: z.literal('picker.reset'), host }),
  z.object({ type: z.literal('packs.list') }),
  z.object({ type: z.literal('packs.install'), pack: z.unknown(), allowDowngrade: z.boolean().optional() }),
  z.object({ type: z.literal('packs.remove'), id: str(200) }),
  z.object({ type: z.literal('packs.setEnabled'), id: str(200), enabled: z.boolean() }),
  z.object({ type: z.literal('rules.silence'), key: str(300), silenced: z.boolean() }),
  z.object({ type: z.literal('team.apply'), settings: z.unknown() }),
  z.object({ type: z.literal('kb.list') }),
  z.object({ type: z.literal('kb.count') }),
  z.object({ type: z.literal('kb.upsert'), articles: z.array(z.unknown()).max(50_000) }),
  z.object({ type: z.literal('kb.delete'), ids: z.array(str(300)).max(50_000) }),
  z.object({ type: z.literal('kb.suggest'), text, limit: z.number().int().min(1).max(20).optional() }),
  z.object({ type: z.literal('tags.state') }),
  z.object({ type: z.literal('tags.setTaxonomy'), taxonomy: z.unknown() }),
  z.object({ type: z.literal('tags.toggle'), tagId: str(100), conversation: str(4000), site: str(300), note: str(2000).optional() }),
  z.object({ type: z.literal('tags.restore'), events: z.array(z.unknown()).max(100) }),
  z.object({ type: z.literal('tags.forConversation'), conversation: str(4000) }),
  z.object({ type: z.literal('tags.events'), from: z.number().optional(), to: z.number().optional() }),
  z.object({ type: z.literal('tags.import'), events: z.array(z.unknown()).max(1_000_000) }),
  z.object({
    type: z.literal('tone.feedback.add'),
    cue: z.string().regex(/^[a-z]{2,20}$/),
    severity: z.enum(['info', 'warning', 'strong']),
    evidence: z.array(z.object({ text: str(120), why: str(80).optional() })).max(8),
    language: z.enum(['en', 'fa', 'mixed', 'other']),
    site: str(300),
  }),
  z.object({ type: z.literal('tone.feedback.list') }),
  z.object({ type: z.literal('tone.feedback.counts') }),
  z.object({ type: z.literal('data.export') }),
  z.object({ type: z.literal('data.import'), backup: z.unknown() }),
  z.object({ type: z.literal('panel.toggleInTab'), tabId: z.number().int().optional() }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string; details?: unknown };
