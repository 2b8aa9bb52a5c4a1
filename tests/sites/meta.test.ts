/**
 * Every site adapter is registered, has saved pages with their provenance and a test of its own,
 * and is listed in the README's table of supported sites.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAdapters, hostMatches, adapterFor } from '../../lib/sites/registry.ts';
import type { SiteAdapter } from '../../lib/sites/types.ts';
import { builtinSites, hostsOf, matchPatternFor } from '../../lib/sites/hosts.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const adapterFiles = readdirSync(join(ROOT, 'lib/sites/adapters')).filter((f) => /^[a-z0-9]+\.ts$/.test(f) && !f.startsWith('util'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const tableStart = readme.indexOf('## Supported sites');
const table = readme.slice(tableStart, readme.indexOf('\n## ', tableStart + 5));

describe('site adapters', () => {
  it('every adapter file is registered, once, under its file name', () => {
    const ids = siteAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(adapterFiles.map((f) => f.replace('.ts', '')).sort());
  });

  for (const a of siteAdapters) {
    describe(a.id, () => {
      it('has saved pages that say where they come from, and its own test', () => {
        const dir = join(ROOT, 'tests/sites', a.id);
        expect(existsSync(dir)).toBe(true);
        const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
        expect(pages.length).toBeGreaterThanOrEqual(2);
        for (const p of pages) {
          const head = readFileSync(join(dir, p), 'utf8').slice(0, 2000);
          expect(head, `${a.id}/${p} needs a provenance comment`).toMatch(/<!--[\s\S]*(reconstructed|captured|derived|based on|source)[\s\S]*-->/i);
        }
        expect(existsSync(join(ROOT, 'tests/sites', `${a.id}.test.ts`))).toBe(true);
      });

      it('is listed in the README table of supported sites', () => {
        const row = table.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${a.id}\``));
        expect(row, `README row for ${a.id}`).toBeTruthy();
      });

      it('does not claim pages it has no business with', () => {
        const blank = document.implementation.createHTMLDocument('x');
        expect(a.matches(new URL('https://example.org/inbox'), blank)).toBe(false);
      });
    });
  }
});

describe('host patterns as data (lib/sites/hosts.ts)', () => {
  it('lists every adapter once, in registry order, with the hosts the adapter uses', () => {
    expect(builtinSites.map((s) => s.adapterId)).toEqual(siteAdapters.map((a) => a.id));
    for (const a of siteAdapters) expect(a.hosts, a.id).toEqual(hostsOf(a.id));
  });

  it('turns host patterns into match patterns without their port', () => {
    expect(matchPatternFor('*.zendesk.com', 'https')).toBe('https://*.zendesk.com/*');
    expect(matchPatternFor('127.0.0.1:8080')).toBe('*://127.0.0.1/*');
    expect(matchPatternFor('Desk.Example.com.')).toBe('*://desk.example.com/*');
  });
});

describe('host patterns', () => {
  it('match exact hosts and subdomain wildcards, never look-alikes', () => {
    expect(hostMatches('mail.google.com', 'mail.google.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'acme.zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'ACME.Zendesk.com.')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'zendesk.com')).toBe(false);
    expect(hostMatches('*.zendesk.com', 'acme.zendesk.com.evil.io')).toBe(false);
    expect(hostMatches('*.zendesk.com', 'evilzendesk.com')).toBe(false);
    expect(hostMatches('127.0.0.1:8080', '127.0.0.1:8080')).toBe(true);
    expect(hostMatches('127.0.0.1:8080', '127.0.0.1:9090')).toBe(false);
  });

  it('an adapter that throws does not stop the others', () => {
    const list = siteAdapters as SiteAdapter[];
    const broken: SiteAdapter = { ...list[0], id: 'broken', matches: () => { throw new Error('bad selector'); } };
    list.unshift(broken);
    try {
      const doc = document.implementation.createHTMLDocument('x');
      const second = list[1];
      const url = new URL(`https://${second.hosts[0].replace('*.', 'acme.')}/`);
      expect(() => adapterFor(url, doc)).not.toThrow();
      expect(adapterFor(new URL('https://example.org/'), doc)).toBeNull();
    } finally {
      list.shift();
    }
  });
});
