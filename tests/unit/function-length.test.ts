// @vitest-environment node
/**
 * No function in entrypoints/ or components/ over 80 lines (issue 11): a long component or
 * orchestrator hides its state and steps; split it into named sub-components and hooks. Read from
 * the TypeScript syntax tree, so every function declaration, function expression, arrow function,
 * method, accessor and constructor counts, nested ones included, from its first to its last line.
 *
 * ALLOWED lists the offenders found when the rule came in (file + function name). It only shrinks:
 * an entry whose function is gone or now fits fails too, so a split removes its line. Never add one.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const MAX_LINES = 80;
/** The page script's entry and the function that wires its parts: each reads at a glance. */
const PAGE_ENTRY = ['entrypoints/tactful-page/index.ts', 'entrypoints/tactful-page/app.ts'];
const MAX_ENTRY_LINES = 60;

/** file -> function names that were over the limit when the rule came in. */
const ALLOWED: Record<string, string[]> = {
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    const isTest = /\.(test|spec)\.tsx?$/.test(name);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !isTest ? [path] : [];
  });
}

interface FunctionSpan {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** What a reader would call the function: its own name, or the variable, property or method it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration, sf: ts.SourceFile): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  let p: ts.Node = node.parent;
  // memo(function X() {}), forwardRef((props, ref) => ...), useCallback(() => ...): name it after what holds the call.
  while (ts.isCallExpression(p) || ts.isParenthesizedExpression(p) || ts.isAsExpression(p)) p = p.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isExportAssignment(p)) return 'default';
  return `<anonymous@${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}>`;
}

function functionsIn(file: string, text = readFileSync(join(ROOT, file), 'utf8')): FunctionSpan[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FunctionSpan[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const first = sf.getLineAndCharacterOfPosition(fn.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(fn.getEnd()).line;
      found.push({ file, name: nameOf(fn, sf), line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = [...sourceFiles('entrypoints'), ...sourceFiles('components')];
const functions = files.flatMap((file) => functionsIn(file));
const isAllowed = (f: FunctionSpan) => ALLOWED[f.file]?.includes(f.name) ?? false;

describe(`functions in entrypoints/ and components/ (at most ${MAX_LINES} lines)`, () => {
  it('reads every source file and finds its functions', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('.tsx'))).toBe(true);
    expect(functions.length).toBeGreaterThan(200);
  });

  it(`no function is over ${MAX_LINES} lines, except the listed ones`, () => {
    const tooLong = functions.filter((f) => f.lines > MAX_LINES && !isAllowed(f));
    expect(tooLong.map((f) => `${f.file}:${f.line} ${f.name} is ${f.lines} lines: split it into named parts`)).toEqual([]);
  });

  it('every listed function still exists and is still over the limit (the list only shrinks)', () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, names]) =>
      names
        .filter((name) => !functions.some((f) => f.file === file && f.name === name && f.lines > MAX_LINES))
        .map((name) => `${file} ${name} fits now (or is gone): delete its line from ALLOWED`),
    );
    expect(stale).toEqual([]);
  });

  it(`the page script's entry files are under ${MAX_ENTRY_LINES} lines`, () => {
    const long = PAGE_ENTRY.map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').trimEnd().split('\n').length })).filter((e) => e.lines >= MAX_ENTRY_LINES);
    expect(long.map((e) => `${e.file} is ${e.lines} lines`)).toEqual([]);
  });
});

describe('the function-length check itself', () => {
  it('counts a long arrow component by its variable name and a short method by its own', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const src = `export const Big = memo(() => {\n${body}\n  return null;\n});\nclass C { small() { return 1; } }\n`;
    const spans = functionsIn('x.tsx', src).map(({ name, lines }) => ({ name, lines }));
    expect(spans).toEqual([
      { name: 'Big', lines: MAX_LINES + 3 },
      { name: 'small', lines: 1 },
    ]);
  });
});
