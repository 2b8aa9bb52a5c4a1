/**
 * The blank a template replacement leaves for the agent ("What I can do is ___"); the page's writer
 * selects the first one after inserting. The packs' BLANK (lib/packs/pattern.ts) is this constant.
 * In a file of its own so the page script imports no rewrite engine: engine.ts builds
 * the pack schemas and the lexicons when it loads, which cost the host page at panel open.
 */
export const TEMPLATE_BLANK = '___';
