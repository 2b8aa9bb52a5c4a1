// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostMatches, parseSiteInput } from '../../../lib/sites/hosts.ts';

describe('hostMatches: ports', () => {
  it('a bare host matches it on every port; a host with a port matches that port only', () => {
    expect(hostMatches('127.0.0.1', '127.0.0.1:8081')).toBe(true);
    expect(hostMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(hostMatches('rt.example.com', 'rt.example.com:8443')).toBe(true);
    expect(hostMatches('*.example.com', 'rt.example.com:8443')).toBe(true);
    expect(hostMatches('127.0.0.1:8081', '127.0.0.1')).toBe(false);
    expect(hostMatches('127.0.0.1', '127.0.0.10:8081')).toBe(false);
    expect(hostMatches('[::1]', '[::1]:8080')).toBe(true);
    expect(hostMatches('[::1]:8080', '[::1]:9090')).toBe(false);
  });
});

describe('parseSiteInput', () => {
  const host = (s: string) => {
    const r = parseSiteInput(s);
    return r.ok ? r.host : r.code;
  };
  it('takes a host, a host and port, a wildcard, or a pasted page address', () => {
    expect(host('Support.Example.com')).toBe('support.example.com');
    expect(host(' 127.0.0.1:8081 ')).toBe('127.0.0.1:8081');
    expect(host('localhost:8080')).toBe('localhost:8080');
    expect(host('*.example.com')).toBe('*.example.com');
    expect(host('https://rt.example.com/Ticket/Display.html?id=42')).toBe('rt.example.com');
    expect(host('http://127.0.0.1:8081/?_task=mail&_uid=3')).toBe('127.0.0.1:8081');
    expect(host('rt.example.com/Ticket/Display.html?id=4')).toBe('rt.example.com');
    expect(host('example.com.')).toBe('example.com');
  });
  it('refuses what is not a web site, with the reason', () => {
    expect(host('')).toBe('empty');
    expect(host('javascript:alert(1)')).toBe('notWeb');
    expect(host('ftp://files.example.com/')).toBe('notWeb');
    expect(host('exa mple.com')).toBe('badHost');
    expect(host('-bad.com')).toBe('badHost');
    expect(host('example.com:99999')).toBe('badPort');
    expect(host('example.com:')).toBe('badPort');
  });
  it('refuses wildcards that cover a public suffix', () => {
    for (const s of ['*', '*.com', '*.co.uk', '*.ir', '*.co.ir', '*.github.io', '*.COM.']) {
      const r = parseSiteInput(s);
      expect(r.ok, s).toBe(false);
      expect(!r.ok && r.code, s).toBe('tooWide');
    }
    expect(host('*.acme.co.uk')).toBe('*.acme.co.uk');
    expect(host('*.zendesk.com')).toBe('*.zendesk.com');
  });
});
