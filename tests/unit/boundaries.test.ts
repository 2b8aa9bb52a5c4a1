// @vitest-environment node
/**
 * Import boundaries (ENGINEERING.md, layout): components take props and emit events, so they
 * neither import the messaging client nor touch `browser.*`; pure lib/ modules run without a
 * browser, so they use no DOM or extension globals. Only lib/sites (page adapters), lib/db and
 * lib/messaging may. Read from the TypeScript syntax tree, so comments and strings never count.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Use {
  file: string;
  line: number;
  what: string;
}

/** Value imports (not `import type`) and global identifiers used as values, per file. */
function scan(file: string, globals: ReadonlySet<string>, text = readFileSync(join(ROOT, file), 'utf8')): { imports: { spec: string; typeOnly: boolean; line: number }[]; globals: Use[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const imports: { spec: string; typeOnly: boolean; line: number }[] = [];
  const used: Use[] = [];
  const declared = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      imports.push({ spec: node.moduleSpecifier.text, typeOnly, line: lineOf(node) });
      clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.forEach((e) => declared.add(e.name.text));
      if (clause?.name) declared.add(clause.name.text);
    }
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) && node.name && ts.isIdentifier(node.name)) declared.add(node.name.text);
    if (ts.isIdentifier(node) && globals.has(node.text) && isValueUse(node)) used.push({ file, line: lineOf(node), what: node.text });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // A local or imported binding of the same name (a parameter called `document`, `browser` from wxt) is not the global.
  return { imports, globals: used.filter((u) => !declared.has(u.what) || u.what === 'browser') };
}

/** An identifier read as a value: not a property name, a type, a declaration name or an object key. */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (p as ts.PropertyAccessExpression).name === id) return false;
  if (ts.isTypeReferenceNode(p) || ts.isExpressionWithTypeArguments(p) || ts.isTypeQueryNode(p)) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p) || ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isShorthandPropertyAssignment(p)) && (p as { name?: ts.Node }).name === id) return false;
  if (ts.isJsxAttribute(p)) return false;
  return true;
}

const EXTENSION_API = new Set(['browser', 'chrome']);
const DOM = new Set([
  ...EXTENSION_API,
  'document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'DOMParser', 'XMLSerializer',
  'HTMLElement', 'Element', 'Node', 'NodeFilter', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'XMLHttpRequest',
]);

/** Pure lib modules allowed a DOM global, each with its reason. */
const PURE_LIB_EXCEPTIONS: Record<string, { globals: string[]; why: string }> = {
  'lib/kb/fetch.ts': {
    globals: ['DOMParser'],
    why: 'parses a fetched help page into a document for the article reader (lib/sites/article.ts); runs in the options page and says "no HTML parser here" where there is none',
  },
};

const isMessaging = (spec: string) => /(^|\/)lib\/messaging\//.test(spec) || /^\.\.?\/.*messaging\//.test(spec);
const isExtensionApi = (spec: string) => spec === 'wxt/browser' || spec === 'webextension-polyfill' || spec.startsWith('@wxt-dev/browser');

describe('import boundaries', () => {
  it('components import neither the extension API nor the messaging client (types of the protocol are props)', () => {
    const bad: string[] = [];
    for (const file of filesUnder('components')) {
      const s = scan(file, EXTENSION_API);
      for (const i of s.imports) {
        if (isExtensionApi(i.spec) || (isMessaging(i.spec) && !(i.typeOnly && i.spec.endsWith('protocol.ts')))) bad.push(`${file}:${i.line} imports ${i.spec}`);
      }
      for (const g of s.globals) bad.push(`${g.file}:${g.line} uses ${g.what}`);
    }
    expect(bad).toEqual([]);
  });

  it('pure lib modules use no DOM or extension globals (lib/sites, lib/db and lib/messaging may)', () => {
    const pure = filesUnder('lib').filter((f) => !/^lib\/(sites|db|messaging)\//.test(f));
    expect(pure.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const file of pure) {
      const s = scan(file, DOM);
      for (const i of s.imports) if (isExtensionApi(i.spec) || (isMessaging(i.spec) && !i.typeOnly)) bad.push(`${file}:${i.line} imports ${i.spec}`);
      const allowed = new Set(PURE_LIB_EXCEPTIONS[file]?.globals ?? []);
      for (const g of s.globals) if (!allowed.has(g.what)) bad.push(`${g.file}:${g.line} uses ${g.what}`);
    }
    expect(bad).toEqual([]);
  });

  it('every exception is still needed', () => {
    for (const [file, { globals }] of Object.entries(PURE_LIB_EXCEPTIONS)) {
      const used = new Set(scan(file, DOM).globals.map((g) => g.what));
      for (const g of globals) expect(used.has(g), `${file} no longer uses ${g}: drop the exception`).toBe(true);
    }
  });

  it('the scanner finds value uses and imports, and ignores types, keys, properties, comments and shadowing names', () => {
    const code = [
      "import { browser } from 'wxt/browser';",
      "import type { PageState } from '../../lib/messaging/protocol.ts';",
      "import { sendToBackground } from '../../lib/messaging/client.ts';",
      '// document.title in a comment',
      "const a = document.querySelector('x'); // line 5",
      'const b = { document: 1, window: 2 }.document;',
      'function f(el: Element, n: typeof Node) { return el; }',
      'void browser.permissions.request({ origins: [] }); // line 8',
      "const s = 'window.open()';",
    ].join('\n');
    const r = scan('probe.ts', DOM, code);
    expect(r.globals.map((g) => `${g.line}:${g.what}`)).toEqual(['5:document', '8:browser']);
    expect(r.imports.map((i) => `${i.spec}${i.typeOnly ? ' (type)' : ''}`)).toEqual(['wxt/browser', '../../lib/messaging/protocol.ts (type)', '../../lib/messaging/client.ts']);
    expect(scan('shadow.ts', DOM, 'export const read = (document: { title: string }) => document.title;').globals).toEqual([]);
  });
});
