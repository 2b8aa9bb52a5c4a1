// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchZones, offsetLabel, zoneList } from '../../../components/ui/TimeZonePicker.tsx';
import { jsonErrorPlace, plainErrors, plainMessage, plainWhere } from '../../../components/ui/plainErrors.ts';
import { translator } from '../../../lib/i18n/index.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');

describe('time-zone picker (issue 14: UTC showed as "Africa/Abidjan", 420 names, no search)', () => {
  it('lists UTC first, once', () => {
    const zones = zoneList();
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((z) => z === 'UTC')).toHaveLength(1);
  });
  it('finds zones by city with spaces, by UTC/GMT and by offset', () => {
    const zones = zoneList();
    expect(matchZones('utc', zones, NOW)[0]).toBe('UTC');
    expect(matchZones('gmt', zones, NOW)[0]).toBe('UTC');
    expect(matchZones('new york', zones, NOW)).toContain('America/New_York');
    expect(matchZones('tehran', zones, NOW)).toEqual(['Asia/Tehran']);
    expect(matchZones('+03:30', zones, NOW)).toContain('Asia/Tehran');
    expect(matchZones('', zones, NOW)).toHaveLength(zones.length);
  });
  it('labels offsets', () => {
    expect(offsetLabel('UTC', NOW)).toBe('UTC');
    expect(offsetLabel('Asia/Tehran', NOW)).toBe('UTC+03:30');
    expect(offsetLabel('America/New_York', NOW)).toBe('UTC−05:00');
  });
});

describe('backup errors in plain words (issue 14: a raw schema message)', () => {
  const en = translator('en');
  const fa = translator('fa');
  it('names the item (counted from 1) and the field, in English and Persian', () => {
    expect(plainWhere('tagEvents[2].createdAt', en)).toBe('tag event 3, “createdAt”');
    expect(plainWhere('kbArticles[0]', en)).toBe('knowledge-base article 1');
    expect(plainWhere('prefs.timeZone', en)).toBe('preferences, “timeZone”');
    expect(plainWhere('format', en)).toContain('is this a Tactful backup?');
    expect(plainWhere('tagEvents[2].createdAt', fa)).toBe('رویداد برچسب ۳، «\u2068createdAt\u2069»');
    expect(plainWhere('something.else', en)).toBe('something.else');
  });
  it('says what was expected and what was found', () => {
    expect(plainMessage('Invalid input: expected number, received string', en)).toBe('should be a number, but it is text');
    expect(plainMessage('Invalid input: expected string, received undefined', en)).toBe('is missing (it should be text)');
    expect(plainMessage('Invalid input: expected "tactful-backup"', en)).toBe('should be “tactful-backup”');
    expect(plainMessage('Invalid input: expected number, received string', fa)).toBe('باید عدد باشد، ولی متن است');
    expect(plainMessage('a colour like #1a2b3c', en)).toBe('a colour like #1a2b3c');
    expect(plainErrors([{ path: 'sites[0].host', message: 'Invalid input: expected string, received number' }], en)).toEqual([{ where: 'site 1, “host”', message: 'should be text, but it is a number' }]);
  });
  it('finds the line and column of a JSON error', () => {
    const text = '{"a":1,\n"b":[1,2\n';
    let err: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      err = e;
    }
    const at = jsonErrorPlace(text, err);
    expect(at?.line).toBeGreaterThanOrEqual(2);
    expect(jsonErrorPlace('{"a":1}x', new SyntaxError('Unexpected non-whitespace character after JSON at position 7'))).toEqual({ line: 1, column: 8 });
  });
});
