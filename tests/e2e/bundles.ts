/**
 * Real editors that npm ships only as ES modules (ProseMirror, Lexical, Draft.js, Slate), bundled once per test
 * process with esbuild into .output/e2e-vendor/ and served at /vendor/bundles/<name>.js, each as one global the
 * test page reads (window.PM, window.Lexical, ...). Editors that ship a browser build (Quill, Roosterjs, CKEditor,
 * TinyMCE) are served straight from node_modules instead (harness.ts).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Global name and entry source of each bundle; the entries only re-export the packages. */
const BUNDLES: Record<string, { global: string; entry: string }> = {
  prosemirror: {
    global: 'PM',
    entry: `export * as state from 'prosemirror-state'; export * as view from 'prosemirror-view'; export * as model from 'prosemirror-model';
      export { schema } from 'prosemirror-schema-basic'; export { history, undo, redo } from 'prosemirror-history';
      export { keymap } from 'prosemirror-keymap'; export { baseKeymap } from 'prosemirror-commands';`,
  },
  lexical: {
    global: 'Lexical',
    entry: `export * from 'lexical'; export { registerRichText, HeadingNode, QuoteNode, $createQuoteNode } from '@lexical/rich-text';
      export { registerHistory, createEmptyHistoryState } from '@lexical/history';`,
  },
  draftjs: {
    global: 'DraftBundle',
    entry: `export * as Draft from 'draft-js'; export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  },
  slate: {
    global: 'SlateBundle',
    entry: `export * as Slate from 'slate'; export * as SlateReact from 'slate-react'; export { withHistory } from 'slate-history';
      export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  },
};

export const BUNDLE_NAMES = Object.keys(BUNDLES);

const built = new Map<string, Promise<string>>();

/** The file of bundle `name` (built on the first call in this process), or null for an unknown name. */
export function editorBundle(root: string, name: string): Promise<string> | null {
  const spec = BUNDLES[name];
  if (!spec) return null;
  let file = built.get(name);
  if (!file) {
    file = (async () => {
      const dir = join(root, '.output', 'e2e-vendor');
      mkdirSync(dir, { recursive: true });
      const out = await build({
        stdin: { contents: spec.entry, resolveDir: root, loader: 'js' },
        bundle: true,
        write: false,
        format: 'iife',
        globalName: spec.global,
        platform: 'browser',
        target: 'chrome120',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        logLevel: 'silent',
      });
      const path = join(dir, `${name}.js`);
      // Two test processes may build at once: each writes its own file and renames it into place.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, out.outputFiles[0].contents);
      renameSync(tmp, path);
      return path;
    })();
    built.set(name, file);
  }
  return file;
}
