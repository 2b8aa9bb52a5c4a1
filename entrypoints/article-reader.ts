/**
 * "Add this page to the knowledge base" (context menu): reads the tab's article with Readability
 * (lib/sites/article.ts). The background injects this script into the tab for that one read
 * (`scripting.executeScript` with `files`, entrypoints/background.ts `readArticleIn`) and gets the
 * article back as the script's result (WXT returns an unlisted script's `main` value to
 * executeScript). It runs in the extension's isolated world, as the page script does, and reads
 * the same document.
 *
 * Kept apart from the page script (tactful-page) on purpose: Readability is a quarter of that
 * script's code and only this read needs it, so opening the panel no longer loads, compiles and
 * runs it on the host page's main thread; and adding a page no longer starts the page script.
 * Not web-accessible: only the background injects it.
 */
import { readArticle } from '../lib/sites/article.ts';

export default defineUnlistedScript(() => readArticle(document));
