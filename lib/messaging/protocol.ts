/**
 * Every message between content script, panel, options page and background, as zod schemas.
 * Anything that does not parse is ignored by the receiver. Payload sizes are bounded so a
 * hostile or broken sender cannot make the worker allocate without limit.
 *
 * The schemas are built on first use, in two groups (the page's and the background's): building
 * zod schemas costs milliseconds, and the page script runs on the host page's main thread, where
 * it needs none of them to start and only the page group once a panel sends it a request.
 */
import { z } from 'zod';
import { safeHttpUrl } from '../kb/link.ts';
import { defineProtocol, lazyMessage, lazyProtocol, lazySchema, message, once, shaped, unionOf, type RequestInput, type RequestOf, type ReplyOf } from './define.ts';
import type { PhrasePack } from '../packs/index.ts';
import type { Taxonomy, TagEvent } from '../tags/index.ts';
import type { KbArticle } from '../kb/index.ts';

const str = (max = 2000) => z.string().max(max);
const MAX_TEXT = 200_000;

/** What the page script reports and accepts: the page protocol, its events and their parts. */
function buildPageSchemas() {
  const text = z.string().max(MAX_TEXT);
  const EditorKindSchema = z.enum([
    'textarea', 'contenteditable', 'ckeditor5', 'iframe', 'prosemirror', 'draftjs', 'lexical', 'slate', 'quill', 'froala', 'unknown',
  ]);

  const CustomerMessageSchema = z.object({
    text,
    sender: str(300).optional(),
    time: str(100).optional(),
    source: z.enum(['selection', 'adapter', 'picker', 'heuristic', 'quote', 'none']),
  });

  /**
   * What the page script reports about its page apart from the draft: it changes rarely (a new
   * message, another conversation, another editor) and travels on its own, debounced.
   */
  const PageContextSchema = z.object({
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
    pickerActive: z.enum(['customer', 'editor']).nullable(),
  });

  /** The agent's draft, sent on every change; writes carry the version they were computed on. */
  const QuotesSchema = z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(2000);
  const DraftSchema = z.object({
    text,
    version: z.number().int().nonnegative(),
    /** [start, end) ranges of the draft quoted from the customer: never flagged, scored or rewritten. */
    quotes: QuotesSchema.optional(),
  });

  /** What the panel renders from: the latest context and the latest draft. */
  const PageStateSchema = PageContextSchema.extend({ draft: text, draftQuotes: QuotesSchema.optional(), draftVersion: DraftSchema.shape.version });

  const WriteOpSchema = z.discriminatedUnion('op', [
    /** Replace exactly [start, end) of the draft, which must still read `expected`. */
    z.object({ op: z.literal('replace'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), expected: text, text }),
    /** Several replacements at once (apply all), applied right to left as one undo step where the editor allows. */
    z.object({
      op: z.literal('replaceMany'),
      edits: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), expected: text, text })).max(500),
    }),
    z.object({ op: z.literal('insert'), text }),
    /** Only http(s): z.url() alone lets javascript: and data: through. */
    z.object({ op: z.literal('link'), title: str(500), url: z.string().max(4000).refine((u) => safeHttpUrl(u) !== null, 'only http and https links') }),
  ]);

  const WriteResultSchema = z.object({
    ok: z.boolean(),
    strategy: str(60),
    /** Set when the draft changed since the write was computed and the span was found elsewhere. */
    relocated: z.boolean().optional(),
    error: str(500).optional(),
  });

  /** The frame as it is: `width` is its real width (the tab's when collapsed), `pushed` when the page was narrowed to make room. */
  const LayoutSchema = z.object({ side: z.enum(['left', 'right']), width: z.number().int().min(16).max(4000), collapsed: z.boolean(), pushed: z.boolean().optional() });
  const ExtractedArticleSchema = z.union([
    z.object({ title: z.string(), url: z.string(), body: z.string(), language: z.enum(['en', 'fa']).optional() }),
    z.object({ error: z.string() }),
  ]);
  /** Page script -> the panels connected to it, over their port: the context and the draft travel apart. */
  const PageEventSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('page.context'), context: PageContextSchema }),
    z.object({ type: z.literal('page.draft'), draft: DraftSchema }),
    /** The overlay frame appeared, moved or changed size (clicks wait PANEL_SETTLE_MS again). */
    z.object({ type: z.literal('page.moved') }),
  ]);
  /** The page script's view of the panel's frame (entrypoints/tactful-page/visibility.ts). */
  const FrameVisibilitySchema = z.object({ visible: z.boolean(), reason: str(200).optional(), settledMs: z.number().nonnegative() });

  return { EditorKindSchema, CustomerMessageSchema, PageContextSchema, DraftSchema, PageStateSchema, WriteOpSchema, WriteResultSchema, LayoutSchema, ExtractedArticleSchema, PageEventSchema, FrameVisibilitySchema };
}

/**
 * The page protocol refers to the schemas above through their lazy exports: parsing a toggle
 * from the toolbar does not build the schema of a write.
 */
function buildPageProtocol() {
  const nothing = () => z.null();
  const none = () => ({});
  /**
   * Background or panel -> the page script of a tab. The background uses runtime messages
   * (toolbar, shortcut, menu); the panel sends its requests over its port (see port.ts).
   * Each message's schemas are built when it is first parsed (the page parses on the host's main thread).
   */
  return defineProtocol({
    'panel.toggle': lazyMessage(none, nothing),
    'panel.open': lazyMessage(none, nothing),
    /** A write computed on `draftVersion`: applied at its span, relocated when the draft changed since, or refused. */
    'page.write': lazyMessage(() => ({ write: WriteOpSchema, draftVersion: z.number().int().nonnegative().optional() }), () => WriteResultSchema),
    'page.pick': lazyMessage(() => ({ target: z.enum(['customer', 'editor']).nullable() }), () => z.boolean()),
    'page.highlight': lazyMessage(() => ({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }), nothing),
    'page.unhighlight': lazyMessage(none, nothing),
    'panel.layout': lazyMessage(
      () => ({
        side: z.enum(['left', 'right']).optional(),
        collapsed: z.boolean().optional(),
        width: z.number().int().min(240).max(720).optional(),
        placement: z.enum(['auto', 'push', 'side']).optional(),
      }),
      () => LayoutSchema,
    ),
    'panel.close': lazyMessage(none, nothing),
    /** Asked before every write or record a click in the overlay makes: is the frame visible and still? */
    'panel.visibility': lazyMessage(none, () => FrameVisibilitySchema),
  });
}

export { PANEL_SETTLE_MS } from './serve.ts';
/** Articles in one `kb.list` page at most, and the longest search it takes (Options > KB). */
export const KB_PAGE_MAX = 500;
export const KB_QUERY_MAX = 500;

/**
 * The preferences' defaults, the one place they are written: the schema fills a missing field
 * from here, and a fresh profile starts with these.
 */
const PREF_DEFAULTS = {
  uiLanguage: 'auto',
  agentName: '',
  panelSide: 'right',
  panelWidth: 360,
  panelCollapsed: false,
  panelPlacement: 'auto',
  theme: 'system',
  silencedRules: [] as string[],
  disabledPacks: [] as string[],
  minSeverity: 'hint',
  learntAdvice: 'auto',
  tagShortcuts: true,
  timeZone: '',
  weekStartsOn: 1,
} as const;

/**
 * A patch of an object schema: every field optional and none filled in. zod 4's `.partial()`
 * still applies a field's default when the field is missing, so a one-key preference change
 * (`{ panelPlacement }`) parsed with it would reset every other preference to its default.
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodType<Partial<z.infer<z.ZodObject<S>>>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, z.optional((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType)]),
  );
  return z.object(shape) as unknown as z.ZodType<Partial<z.infer<z.ZodObject<S>>>>;
}

/** The background's protocol and the preferences it stores. */
function buildBackgroundSchemas() {
  const text = z.string().max(MAX_TEXT);
  const host = z.string().min(1).max(253).regex(/^[a-z0-9.*:[\]-]+$/i, 'not a host name');
  const d = PREF_DEFAULTS;
  const PrefsSchema = z.object({
    uiLanguage: z.enum(['auto', 'en', 'fa']).default(d.uiLanguage),
    agentName: str(120).default(d.agentName),
    panelSide: z.enum(['left', 'right']).default(d.panelSide),
    panelWidth: z.number().int().min(240).max(720).default(d.panelWidth),
    panelCollapsed: z.boolean().default(d.panelCollapsed),
    /** auto: beside the page when there is room, else pushing it; push: always pushing it; side: the browser's side panel. */
    panelPlacement: z.enum(['auto', 'push', 'side']).default(d.panelPlacement),
    theme: z.enum(['system', 'light', 'dark']).default(d.theme),
    silencedRules: z.array(str(200)).max(20_000).default(() => [...d.silencedRules]),
    disabledPacks: z.array(str(200)).max(1000).default(() => [...d.disabledPacks]),
    minSeverity: z.enum(['hint', 'warning', 'strong']).default(d.minSeverity),
    /**
     * The learnt readers' advice (lib/rewrite/learnt/): auto follows each language's shipped default (LEARNT_DEFAULT,
     * LEARNT_DEFAULT_EN in lib/rewrite/engine.ts); on and off decide for both languages.
     */
    learntAdvice: z.enum(['auto', 'on', 'off']).default(d.learntAdvice),
    tagShortcuts: z.boolean().default(d.tagShortcuts),
    timeZone: str(80).default(d.timeZone),
    weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]).default(d.weekStartsOn),
  });

  const nothing = z.null();
  const counts = z.object({ added: z.number(), updated: z.number() });
  const SiteEntrySchema = z.object({ host: z.string(), adapterId: z.string().nullable(), builtin: z.boolean(), autoOpen: z.boolean(), taught: z.boolean() });
  const TaughtSchema = z.object({ customer: z.string().nullable().optional(), editor: z.string().nullable().optional() });
  const PackShape = shaped<PhrasePack>(z.looseObject({ id: z.string(), version: z.string(), rules: z.array(z.unknown()) }));
  const TaxonomyShape = shaped<Taxonomy>(z.looseObject({ tags: z.array(z.looseObject({ id: z.string() })) }));
  const TagEventShape = shaped<TagEvent>(z.looseObject({ id: z.string(), tagId: z.string(), conversation: z.string(), createdAt: z.number() }));
  const KbArticleShape = shaped<KbArticle & { source?: string }>(z.looseObject({ id: z.string(), title: z.string(), url: z.string(), body: z.string() }));
  const KbSummaryShape = shaped<Omit<KbArticle, 'body'> & { source?: string }>(z.looseObject({ id: z.string(), title: z.string(), url: z.string() }));
  const ToneFeedbackShape = z.looseObject({ id: z.string(), cue: z.string(), severity: z.string(), evidence: z.array(z.unknown()), createdAt: z.number() });

  /**
   * Anything -> background (the database owner). Every request is answered with
   * `{ ok: true, data }` or `{ ok: false, error, details }` (see define.ts `Reply`).
   */
  const backgroundProtocol = defineProtocol({
    'prefs.get': message({}, PrefsSchema),
    'prefs.set': message({ patch: patchOf(PrefsSchema) }, PrefsSchema),
    'sites.list': message({}, z.array(SiteEntrySchema)),
    'sites.add': message({ host }, z.array(SiteEntrySchema)),
    'sites.remove': message({ host }, z.array(SiteEntrySchema)),
    'sites.shouldOpen': message({ url: str(4000) }, z.object({ open: z.boolean(), host: z.string() })),
    'picker.get': message({ host }, TaughtSchema.nullable()),
    'picker.set': message({ host, customer: str(1000).nullable().optional(), editor: str(1000).nullable().optional() }, nothing),
    'picker.reset': message({ host }, nothing),
    'packs.list': message({}, z.array(z.object({ pack: PackShape, builtin: z.boolean(), enabled: z.boolean(), installedAt: z.number().optional() }))),
    'packs.install': message(
      { pack: z.unknown(), allowDowngrade: z.boolean().optional() },
      z.object({ installed: z.boolean(), needsConfirmation: z.enum(['downgrade', 'same-version']).optional(), diff: z.unknown().optional(), pack: PackShape.optional() }),
    ),
    'packs.remove': message({ id: str(200) }, nothing),
    'packs.setEnabled': message({ id: str(200), enabled: z.boolean() }, PrefsSchema),
    'rules.silence': message({ key: str(300), silenced: z.boolean() }, PrefsSchema),
    'team.apply': message({ settings: z.unknown() }, PrefsSchema),
    /** One page of Options > KB's list (no bodies), newest first, narrowed by `query`: never the whole knowledge base. */
    'kb.list': message(
      { offset: z.number().int().nonnegative().optional(), limit: z.number().int().min(1).max(KB_PAGE_MAX).optional(), query: z.string().max(KB_QUERY_MAX, { error: `a search can be at most ${KB_QUERY_MAX} characters` }).optional() },
      z.object({ articles: z.array(KbSummaryShape), offset: z.number(), total: z.number(), matching: z.number() }),
    ),
    /** One whole article (with its body), for editing. */
    'kb.get': message({ id: str(300) }, KbArticleShape.nullable()),
    /** Delete every article ("Delete all" in Options > KB) without sending their ids. */
    'kb.clear': message({}, nothing),
    'kb.count': message({}, z.number().int().nonnegative()),
    'kb.upsert': message({ articles: z.array(z.unknown()).max(50_000) }, counts),
    'kb.delete': message({ ids: z.array(str(300)).max(50_000) }, nothing),
    'kb.suggest': message(
      { text, limit: z.number().int().min(1).max(20).optional() },
      z.array(z.object({ articleId: z.string(), score: z.number(), matchedTerms: z.array(z.string()), article: KbArticleShape })),
    ),
    'tags.state': message({}, z.object({ taxonomy: TaxonomyShape, agent: z.string() })),
    'tags.setTaxonomy': message({ taxonomy: z.unknown() }, TaxonomyShape),
    'tags.toggle': message(
      { tagId: str(100), conversation: str(4000), site: str(300), note: str(2000).optional() },
      z.object({ active: z.array(z.string()), action: z.enum(['add', 'remove']), undo: z.array(TagEventShape) }),
    ),
    'tags.restore': message({ events: z.array(z.unknown()).max(100) }, counts.extend({ unchanged: z.number() })),
    'tags.forConversation': message({ conversation: str(4000) }, z.array(z.string())),
    /** Notes of the conversation's live tags, by tag id (tags without a note are left out). */
    'tags.notes': message({ conversation: str(4000) }, z.record(z.string(), z.string())),
    /** Sets (or, with an empty note, clears) the note of a live tag on a conversation. */
    'tags.setNote': message({ tagId: str(100), conversation: str(4000), note: str(2000) }, z.record(z.string(), z.string())),
    'tags.events': message({ from: z.number().optional(), to: z.number().optional() }, z.array(TagEventShape)),
    'tags.import': message({ events: z.array(z.unknown()).max(1_000_000) }, counts.extend({ unchanged: z.number() })),
    /** "This cue was wrong": the cue and its evidence words, never the customer's message. */
    'tone.feedback.add': message(
      {
        cue: z.string().regex(/^[a-z]{2,20}$/),
        severity: z.enum(['info', 'warning', 'strong']),
        evidence: z.array(z.object({ text: str(120), why: str(80).optional() })).max(8),
        language: z.enum(['en', 'fa', 'mixed', 'other']),
        site: str(300),
      },
      ToneFeedbackShape,
    ),
    'tone.feedback.list': message({}, z.array(ToneFeedbackShape)),
    'tone.feedback.counts': message({}, z.array(z.object({ cue: z.string(), count: z.number().int().nonnegative() }))),
    'data.export': message({}, z.looseObject({ format: z.string(), formatVersion: z.number() })),
    'data.import': message({ backup: z.unknown() }, z.object({ counts: z.record(z.string(), z.number()) })),
    /** Toolbar-like toggle of the in-page panel in a tab (the browser tests and the side panel use it). */
    'panel.toggleInTab': message({ tabId: z.number().int().optional() }, nothing),
    /** Loads the page script in a tab without showing the overlay (the native side panel reads the tab through it). */
    'page.attach': message({ tabId: z.number().int() }, z.boolean()),
  });
  return { PrefsSchema, backgroundProtocol };
}

const pageSchemas = once(buildPageSchemas);
const backgroundSchemas = once(buildBackgroundSchemas);
type PageSchemas = ReturnType<typeof buildPageSchemas>;
type BackgroundSchemas = ReturnType<typeof buildBackgroundSchemas>;

export const EditorKindSchema = lazySchema(() => pageSchemas().EditorKindSchema);
export const CustomerMessageSchema = lazySchema(() => pageSchemas().CustomerMessageSchema);
export const PageContextSchema = lazySchema(() => pageSchemas().PageContextSchema);
export type PageContext = z.infer<PageSchemas['PageContextSchema']>;
export const DraftSchema = lazySchema(() => pageSchemas().DraftSchema);
export type Draft = z.infer<PageSchemas['DraftSchema']>;
export const PageStateSchema = lazySchema(() => pageSchemas().PageStateSchema);
export type PageState = z.infer<PageSchemas['PageStateSchema']>;
export const WriteOpSchema = lazySchema(() => pageSchemas().WriteOpSchema);
export type WriteOp = z.infer<PageSchemas['WriteOpSchema']>;
export const WriteResultSchema = lazySchema(() => pageSchemas().WriteResultSchema);
export type WriteResult = z.infer<PageSchemas['WriteResultSchema']>;
export const LayoutSchema = lazySchema(() => pageSchemas().LayoutSchema);
export type Layout = z.infer<PageSchemas['LayoutSchema']>;
export const ExtractedArticleSchema = lazySchema(() => pageSchemas().ExtractedArticleSchema);
export const FrameVisibilitySchema = lazySchema(() => pageSchemas().FrameVisibilitySchema);
export type FrameVisibility = z.infer<PageSchemas['FrameVisibilitySchema']>;

export const PrefsSchema = lazySchema(() => backgroundSchemas().PrefsSchema);
export type Prefs = z.infer<BackgroundSchemas['PrefsSchema']>;
export const defaultPrefs: Prefs = { ...PREF_DEFAULTS, silencedRules: [], disabledPacks: [] };

export const backgroundProtocol = lazyProtocol(() => backgroundSchemas().backgroundProtocol);
export type BackgroundProtocol = BackgroundSchemas['backgroundProtocol'];
export type BackgroundType = keyof BackgroundProtocol;
export type ToBackground = RequestOf<BackgroundProtocol>;
export type ToBackgroundInput = RequestInput<BackgroundProtocol>;
export type BackgroundReply<K extends BackgroundType> = ReplyOf<BackgroundProtocol, K>;
export const ToBackgroundSchema = lazySchema(() => unionOf(backgroundProtocol));

export const pageProtocol = lazyProtocol(once(buildPageProtocol));
export type PageProtocol = ReturnType<typeof buildPageProtocol>;
export type ToPage = RequestOf<PageProtocol>;
export type ToPageInput = RequestInput<PageProtocol>;
export const ToPageSchema = lazySchema(() => unionOf(pageProtocol));

export const PageEventSchema = lazySchema(() => pageSchemas().PageEventSchema);
export type PageEvent = z.infer<PageSchemas['PageEventSchema']>;

/** The loader (helpdesk.content.ts) answers one message, by hand, to stay tiny: `true` once the page script runs. */
export const loaderProtocol = lazyProtocol(() => defineProtocol({ 'page.load': message({}, z.boolean()) }));

export type { Reply } from './define.ts';
