// @vitest-environment node
/**
 * Every file picker of the UI is a FileInput: the browser draws a bare <input type="file"> in the
 * browser's language ("Choose File · No file chosen" on a Persian page), so only FileInput, which
 * draws it as one button with our own words, may hold one. Read from the TypeScript syntax tree.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const OWNER = join('components', 'ui', 'FileInput.tsx');

function tsxUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return tsxUnder(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** `<input type="file" …>` elements of one file, as "file:line". */
function bareFileInputs(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(sf) === 'input') {
      const isFile = node.attributes.properties.some((a) => ts.isJsxAttribute(a) && a.name.getText(sf) === 'type' && !!a.initializer && ts.isStringLiteral(a.initializer) && a.initializer.text === 'file');
      if (isFile) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('file pickers', () => {
  it('finds a bare file input (the check can fail)', () => {
    expect(bareFileInputs('x.tsx', 'export const A = () => <label>Import <input type="file" onChange={() => {}} /></label>;')).toEqual(['x.tsx:1']);
    expect(bareFileInputs('x.tsx', 'export const A = () => <input type="text" />;')).toEqual([]);
  });

  it('are all FileInput outside FileInput itself', () => {
    const files = [...tsxUnder('components'), ...tsxUnder('entrypoints')].filter((f) => f !== OWNER);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => bareFileInputs(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
