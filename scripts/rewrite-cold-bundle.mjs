/**
 * The first analysis in a fresh process, on esbuild bundles of two trees (closer to the panel than tsx: no transform in
 * the figures). Each child imports one bundle, then times (CPU, process.cpuUsage) compilePack of the built-in packs the
 * draft's languages need, then the first suggestRewrites of the draft; the two bundles alternate run by run.
 *
 *   # in each tree: an entry exporting builtinPacks, suggestRewrites and compilePack, e.g.
 *   npx esbuild .output/p41/entry-min.ts --bundle --platform=node --format=esm --outfile=.output/p41/min.mjs
 *   node scripts/rewrite-cold-bundle.mjs <A.mjs> <B.mjs> [runs=5] [en,fa,mixed]
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DRAFTS = {
  en: "Hi Sara,\n\nUnfortunately we can't refund the order because it was shipped last week. You must send the item back first, and we won't be able to help until we receive it. Sorry for the inconvenience, that is just our policy.\n\nBest,\nAlex",
  fa: 'سلام،\n\nمتأسفانه نمی‌توانیم سفارش شما را لغو کنیم چون ارسال شده است. شما باید اول کالا را برگردانید و تا آن را دریافت نکنیم کاری از دست ما برنمی‌آید. این قانون شرکت است.\n\nبا احترام',
  mixed: "Hi Sara,\n\nUnfortunately we can't refund the order because it was shipped last week. You must send the item back first.\n\nسلام، متأسفانه نمی‌توانیم سفارش شما را لغو کنیم چون ارسال شده است. شما باید اول کالا را برگردانید.\n\nBest,\nAlex",
};
const ms = (d) => (d.user + d.system) / 1000;
if (process.argv[2] === '--child') {
  const [, , , bundle, lang] = process.argv;
  const t0 = process.cpuUsage();
  const m = await import(pathToFileURL(bundle).href);
  const imported = ms(process.cpuUsage(t0));
  const t1 = process.cpuUsage();
  for (const p of m.builtinPacks) if (lang === 'mixed' || p.languages[0] === lang) m.compilePack(p);
  const compiled = ms(process.cpuUsage(t1));
  const t2 = process.cpuUsage();
  const n = m.suggestRewrites(DRAFTS[lang], m.builtinPacks).length;
  const rest = ms(process.cpuUsage(t2));
  process.stdout.write(JSON.stringify({ imported, compiled, rest, n }));
} else {
  const [a, b, runs = '5', langs = 'en,fa,mixed'] = process.argv.slice(2);
  const got = {};
  for (let r = 0; r < Number(runs); r++) {
    for (const lang of langs.split(',')) {
      const order = r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]];
      for (const [name, file] of order) {
        const res = spawnSync(process.execPath, [resolve(import.meta.dirname, 'rewrite-cold-bundle.mjs'), '--child', resolve(file), lang], { encoding: 'utf8' });
        if (res.status !== 0) throw new Error(res.stderr);
        const j = JSON.parse(res.stdout);
        const g = (got[`${name} ${lang}`] ??= { imported: [], compiled: [], rest: [], first: [], n: j.n });
        g.imported.push(j.imported);
        g.compiled.push(j.compiled);
        g.rest.push(j.rest);
        g.first.push(j.compiled + j.rest);
      }
    }
  }
  const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
  const f = (x) => `${Math.min(...x).toFixed(0)}/${med(x).toFixed(0)}`;
  console.log('CPU ms, min/median of the runs');
  for (const [k, g] of Object.entries(got).sort()) console.log(`${k.padEnd(8)} import ${f(g.imported)} | compilePack ${f(g.compiled)} | rest of the first analysis ${f(g.rest)} | first analysis ${f(g.first)} | ${g.n} suggestions`);
}
