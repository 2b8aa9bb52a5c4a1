// @vitest-environment node
/**
 * The page script checks its messages without zod (lib/messaging/pageSide.ts, from JSON Schema
 * that scripts/page-schemas.ts writes from the zod schemas). These tests hold those checks to
 * zod's own answers on valid messages and on every one-field change of them, and keep zod out of
 * the page script's imports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SUPPORTED_KEYWORDS, checkJson } from '../../../lib/messaging/jsonCheck.ts';
import { PAGE_SENDS, checkPageReply, createPageSideRouter, parsePageRequest } from '../../../lib/messaging/pageSide.ts';
import { backgroundReplySchemas, pageReplySchemas, pageRequestSchemas } from '../../../lib/messaging/pageSchemas.generated.ts';
import { backgroundProtocol, defaultPrefs, pageProtocol } from '../../../lib/messaging/protocol.ts';
import { panelEnvelope } from '../../../lib/messaging/serve.ts';
import { GENERATED_FILE, pageSchemasSource } from '../../../scripts/page-schemas.ts';
import { pageHandlersFake } from '../page/fakes.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
type PageType = keyof typeof pageProtocol;

const LONG = 'a'.repeat(200_001);
const ODD_VALUES: unknown[] = [undefined, null, true, 0, -1, 1.5, 1e20, Number.NaN, Infinity, '', 'x', 'customer', 'right', 'https://example.com/a', LONG, [], {}, [1, 2], { x: 1 }];

const REMOVE = Symbol('remove');

/** Every one-place change of `root`. */
function mutations(root: unknown): { what: string; value: unknown }[] {
  const out: { what: string; value: unknown }[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    const at = path.join('.') || '(root)';
    const put = (x: unknown) => {
      if (!path.length) return x;
      const copy = structuredClone(root) as Record<string | number, unknown>;
      let o = copy;
      for (const p of path.slice(0, -1)) o = o[p] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (x === REMOVE) delete o[last];
      else o[last] = x;
      return copy;
    };
    for (const odd of ODD_VALUES) out.push({ what: `${at} = ${String(odd).slice(0, 20)}`, value: put(odd) });
    if (path.length) out.push({ what: `${at} removed`, value: put(REMOVE) });
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') {
      out.push({ what: `${at} + extra key`, value: put({ ...(v as object), extra: 1 }) });
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(root, []);
  return out;
}

const replace = { op: 'replace', start: 3, end: 8, expected: 'until', text: 'by' };
const REQUESTS: Record<PageType, object[]> = {
  'panel.toggle': [{}],
  'panel.open': [{}],
  'panel.close': [{}],
  'panel.visibility': [{}],
  'page.unhighlight': [{}],
  'page.write': [
    { write: replace, draftVersion: 3 },
    { write: { op: 'replaceMany', edits: [replace, { ...replace, start: 0, end: 0, expected: '' }] } },
    { write: { op: 'insert', text: 'Hi' }, draftVersion: 0 },
    { write: { op: 'link', title: 'Refunds', url: 'https://help.example.com/refunds' } },
    { write: { op: 'link', title: 'Bad', url: 'javascript:alert(1)' } },
    { write: { op: 'link', title: 'Bad', url: ' data:text/html,x' } },
  ],
  'page.pick': [{ target: 'customer' }, { target: 'editor' }, { target: null }],
  'page.highlight': [{ start: 1, end: 4 }],
  'panel.layout': [{}, { side: 'left', collapsed: true, width: 400, placement: 'push' }, { width: 240 }, { width: 720, placement: 'side' }],
};

const REPLIES: Record<PageType, unknown[]> = {
  'panel.toggle': [null],
  'panel.open': [null],
  'panel.close': [null],
  'page.unhighlight': [null],
  'page.highlight': [null],
  'page.write': [{ ok: true, strategy: 'textarea' }, { ok: false, strategy: 'version', error: 'changed', relocated: true }],
  'page.pick': [true, false],
  'panel.layout': [{ side: 'left', width: 360, collapsed: false, pushed: true }, { side: 'right', width: 16, collapsed: true }],
  'panel.visibility': [{ visible: true, settledMs: 800 }, { visible: false, reason: 'covered', settledMs: 0 }],
};

const BACKGROUND_REPLIES: Record<(typeof PAGE_SENDS)[number], unknown[]> = {
  'prefs.get': [defaultPrefs, {}, { panelSide: 'left', panelWidth: 500, weekStartsOn: 6, silencedRules: ['a'] }],
  'prefs.set': [defaultPrefs],
  'picker.get': [null, {}, { customer: '.msg', editor: null }, { editor: 'textarea#r' }],
  'picker.set': [null],
};

const zodAnswer = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? { ok: true, data: r.data } : { ok: false };
};
const throws = (f: () => void) => {
  try {
    f();
    return false;
  } catch {
    return true;
  }
};

describe('the page script checks its messages as zod does, without zod', () => {
  it('the JSON Schema file is written from the current zod schemas', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8'), 'stale: run `npx tsx scripts/page-schemas.ts`').toBe(pageSchemasSource());
  });

  it('uses only keywords the checker reads', () => {
    const used = new Set<string>();
    const walk = (s: unknown): void => {
      if (Array.isArray(s)) return s.forEach(walk);
      if (!s || typeof s !== 'object') return;
      for (const [k, v] of Object.entries(s)) {
        used.add(k);
        if (k === 'properties') Object.values(v as object).forEach(walk);
        else if (k !== 'const' && k !== 'enum' && k !== 'default' && k !== 'required') walk(v);
      }
    };
    [pageRequestSchemas, pageReplySchemas, backgroundReplySchemas].forEach((t) => Object.values(t).forEach(walk));
    expect([...used].filter((k) => !SUPPORTED_KEYWORDS.has(k))).toEqual([]);
  });

  it('parses every request, and every one-place change of one, as the zod schema does', () => {
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(pageProtocol).sort());
    let compared = 0;
    for (const [type, samples] of Object.entries(REQUESTS) as [PageType, object[]][]) {
      for (const sample of samples) {
        for (const { what, value } of [{ what: 'as is', value: { type, ...sample } }, ...mutations({ type, ...sample })]) {
          const want = zodAnswer(pageProtocol[type].request, value);
          const got = parsePageRequest(value);
          expect(got === null ? { ok: false } : { ok: true, data: got }, `${type} ${what}`).toEqual(want);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    for (const raw of [null, undefined, 'panel.toggle', [], { type: 'page.read' }, { type: 7 }, { type: 'constructor' }, { type: 'toString' }]) expect(parsePageRequest(raw)).toBeNull();
  });

  it('refuses what zod refuses in the page replies and the background replies it reads, and nothing else', () => {
    expect(Object.keys(REPLIES).sort()).toEqual(Object.keys(pageProtocol).sort());
    expect(Object.keys(BACKGROUND_REPLIES).sort()).toEqual([...PAGE_SENDS].sort());
    let compared = 0;
    for (const [type, samples] of Object.entries(REPLIES) as [PageType, unknown[]][]) {
      for (const sample of samples) {
        for (const { what, value } of [{ what: 'as is', value: sample }, ...mutations(sample)]) {
          expect(throws(() => checkPageReply(type, value)), `${type} ${what}`).toBe(!pageProtocol[type].reply.safeParse(value).success);
          compared++;
        }
      }
    }
    // The background replies the page reads: the same checker, through askBackground.
    for (const [type, samples] of Object.entries(BACKGROUND_REPLIES) as [(typeof PAGE_SENDS)[number], unknown[]][]) {
      const schema = backgroundReplySchemas[type]!;
      for (const sample of samples) {
        for (const { what, value } of [{ what: 'as is', value: sample }, ...mutations(sample)]) {
          expect(checkJson(schema, value).ok, `${type} ${what}`).toBe(backgroundProtocol[type].reply.safeParse(value).success);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('checks the page router\'s replies in tests: a handler answering the wrong shape is an error reply', async () => {
    const fake = pageHandlersFake();
    const router = createPageSideRouter({ ...fake.handlers, 'page.pick': () => 'yes' as unknown as boolean });
    expect(await router.dispatch(router.parse({ type: 'page.pick', target: null })!)).toMatchObject({ ok: false, error: expect.stringContaining('reply to page.pick does not match') });
    expect(await router.dispatch(router.parse({ type: 'panel.toggle', extra: 1 })!)).toEqual({ ok: true, data: null });
  });

  it('reads the panel port envelope as the zod schema did', () => {
    const schema = z.object({ id: z.number().int().nonnegative(), request: z.unknown() });
    for (const { what, value } of [{ what: 'as is', value: { id: 3, request: { type: 'panel.toggle' } } }, ...mutations({ id: 3, request: { type: 'panel.toggle' } })]) {
      const want = schema.safeParse(value);
      const got = panelEnvelope(value);
      expect(got !== null, what).toBe(want.success);
      if (got && want.success) expect(got, what).toEqual(want.data);
    }
  });
});


/** Value imports and re-exports of a file (type-only ones left out). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  for (const node of sf.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specs.push(node.moduleSpecifier.text);
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      if (!named || !named.every((e) => e.isTypeOnly)) specs.push(node.moduleSpecifier.text);
    }
  }
  return specs;
}

describe('the page script bundle', () => {
  it('imports no zod, from any of its modules', () => {
    const seen = new Set<string>();
    const withZod: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of valueImports(file)) {
        if (spec === 'zod' || spec.startsWith('zod/')) withZod.push(file.slice(ROOT.length + 1));
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
      }
    };
    visit(join(ROOT, 'entrypoints/tactful-page/index.ts'));
    expect(seen.size).toBeGreaterThan(30);
    expect(withZod).toEqual([]);
  });
});
