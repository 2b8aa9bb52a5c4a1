// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  csvField,
  defaultTaxonomy,
  eventsToCsv,
  eventsToJson,
  mergeEvents,
  neutralise,
  parseCsv,
  parseEventsFile,
  retireTag,
  tally,
  tallyToCsv,
  unneutralise,
  type TagEvent,
} from '../../../lib/tags/index.ts';

const tax = defaultTaxonomy();
const Z = (s: string) => Date.parse(s);

const events: TagEvent[] = [
  { id: 'e1', tagId: 'billing', conversation: 'acme.zendesk.com|4521', site: 'acme.zendesk.com', agent: 'سارا', createdAt: Z('2026-01-05T10:00:00.123Z'), note: 'مشتری گفت: «دو بار» پول کم شده، لطفاً بررسی شود' },
  { id: 'e2', tagId: 'ux', conversation: 'https://help.example.com/t/1?a=1&b=2', site: 'help.example.com', agent: 'Reza, Jr.', createdAt: Z('2026-01-06T10:00:00Z'), note: 'He said "it\'s hidden",\nthen\r\nhung up' },
  { id: 'e3', tagId: 'policy', conversation: 'c3', site: 's', agent: '=HYPERLINK("http://evil","x")', createdAt: Z('2026-01-07T10:00:00Z'), note: '+1 555 0100', removedAt: Z('2026-01-07T10:05:00Z'), updatedAt: Z('2026-01-07T10:05:00Z') },
  { id: '-e4', tagId: 'billing', conversation: '@c4', site: 's', agent: '\tTab', createdAt: Z('2026-01-08T10:00:00Z'), note: "'=already quoted" },
  { id: 'e5', tagId: 'billing', conversation: 'c5', site: 's', agent: "'plain", createdAt: Z('2026-01-08T11:00:00Z'), note: "'" },
];

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(42)).toBe('42');
  });
  it('neutralises formula cells and undoes it exactly', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    for (const s of ['=1', "'=1", "''", "'", "'abc", 'abc', '', '-', "'-x"]) expect(unneutralise(neutralise(s))).toBe(s);
    expect(neutralise("'abc")).toBe("'abc");
  });
  it('reads RFC 4180 with line numbers across quoted line breaks', () => {
    const { records } = parseCsv('\uFEFFa,b\r\n"x\r\ny",2\r\n3,"q""q"\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', '2'] },
      { line: 4, fields: ['3', 'q"q'] },
    ]);
    expect(parseCsv('a,b\n\n1,\n"",x').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', ''] },
      { line: 4, fields: ['', 'x'] },
    ]);
    expect(parseCsv('a\n"open').error).toEqual({ path: 'row 2', message: 'a quoted field is never closed' });
  });
});

describe('eventsToCsv', () => {
  const csv = eventsToCsv(events, tax, 'fa');
  it('starts with a BOM, ends lines with CRLF, names tags in the UI language', () => {
    // Issue 14: a Persian UI exports Persian column names (the English file keeps the English keys).
    expect(csv.startsWith('\uFEFFشناسه,زمان ثبت,شناسهٔ برچسب,برچسب,گفتگو,سایت,کارشناس,یادداشت,زمان برداشتن,آخرین تغییر\r\n')).toBe(true);
    expect(eventsToCsv(events, tax, 'en').startsWith('\uFEFFid,created_at,tag_id,tag,conversation,site,agent,note,removed_at,updated_at\r\n')).toBe(true);
    expect(csv).toContain('e1,2026-01-05T10:00:00.123Z,billing,خطای صورت‌حساب یا فاکتور,');
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every record line ends in CRLF (the only bare LF is inside e2's quoted note).
    expect(csv.split('\r\n').length).toBe(events.length + 3);
  });
  it('neutralises formula cells', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'+1 555 0100`);
    expect(csv).toContain(`'-e4,`);
    expect(csv).toContain(`,'@c4,`);
    expect(csv).toContain(`''=already quoted`);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
  it('round-trips exactly through parseEventsFile, from a Persian or an English header', () => {
    expect(parseEventsFile(csv)).toEqual({ ok: true, kind: 'csv', events });
    expect(parseEventsFile(eventsToCsv(events, tax, 'en'))).toEqual({ ok: true, kind: 'csv', events });
  });
  it('round-trips through JSON and merges idempotently', () => {
    const json = eventsToJson(events, { exportedAt: 123, agent: 'سارا' });
    const head = JSON.parse(json);
    expect(head).toMatchObject({ format: 'tactful-tag-events', formatVersion: 1, exportedAt: 123, agent: 'سارا' });
    const r = parseEventsFile(json);
    expect(r).toEqual({ ok: true, kind: 'json', events, agent: 'سارا' });
    const fromCsv = parseEventsFile(csv);
    if (!r.ok || !fromCsv.ok) throw new Error('parse failed');
    const once = mergeEvents([], r.events);
    const twice = mergeEvents(once.events, fromCsv.events);
    expect(twice).toMatchObject({ added: 0, updated: 0, unchanged: events.length });
  });
});

describe('parseEventsFile errors', () => {
  it('names the row and column in a CSV and imports nothing', () => {
    const csv = eventsToCsv(events.slice(0, 2), tax, 'en').replace('2026-01-06T10:00:00.000Z', 'yesterday');
    const r = parseEventsFile(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // e1 is row 2; e2 starts on row 3 (its note spans lines but starts there).
    expect(r.errors).toEqual([{ path: 'row 3, created_at', message: expect.stringMatching(/not a date/) }]);
    expect('events' in r).toBe(false);
  });
  it('rejects a CSV without the needed columns, short rows and empty ids', () => {
    expect(parseEventsFile('name,count\r\nx,1\r\n')).toMatchObject({ ok: false, errors: [{ path: 'row 1', message: expect.stringMatching(/missing column\(s\) id, created_at, tag_id, conversation/) }] });
    const short = 'id,created_at,tag_id,conversation\r\na,2026-01-01T00:00:00Z,billing\r\n';
    expect(parseEventsFile(short)).toMatchObject({ ok: false, errors: [{ path: 'row 2', message: 'expected 4 fields, found 3' }] });
    const empty = 'id,created_at,tag_id,conversation\r\n,2026-01-01T00:00:00Z,billing,c\r\n';
    expect(parseEventsFile(empty)).toMatchObject({ ok: false, errors: [{ path: 'row 2, id' }] });
  });
  it('gives JSON paths for a bad JSON export', () => {
    const bad = { format: 'tactful-tag-events', formatVersion: 1, exportedAt: 1, events: [events[0], { ...events[1], createdAt: 'soon' }] };
    const r = parseEventsFile(JSON.stringify(bad));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'events[1].createdAt' }] });
    expect(parseEventsFile('{"format":"other","formatVersion":1,"events":[]}')).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
    expect(parseEventsFile('{ broken')).toMatchObject({ ok: false, errors: [{ path: '$' }] });
  });
});

describe('tallyToCsv', () => {
  it('writes Persian headers and names, the retired marker, and per-agent columns', () => {
    const t2 = retireTag(tax, 'policy');
    const live = events.map((e) => ({ ...e, removedAt: undefined, updatedAt: undefined }));
    const { rows } = tally(live, t2, { bucket: 'week', timeZone: 'UTC', groupBy: 'agent' });
    const csv = tallyToCsv(rows, t2, 'fa');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('بازه,آغاز بازه (UTC),شناسهٔ برچسب,برچسب,تیم مسئول,کارشناس,تعداد');
    expect(lines[1]).toBe('2026-W02,2026-01-05T00:00:00.000Z,billing,خطای صورت‌حساب یا فاکتور,finance,\'\tTab,1');
    expect(csv).toContain('policy,ابهام در قوانین و شرایط (بایگانی‌شده),operations-policy,"\'=HYPERLINK(');
    const en = tallyToCsv(tally(live, tax, { bucket: 'none', timeZone: 'UTC' }).rows, tax, 'en');
    expect(en.split('\r\n')[0]).toBe('\uFEFFPeriod,Period start (UTC),Tag id,Tag,Owner team,Count');
    expect(en).toContain('all,2026-01-05T10:00:00.123Z,billing,Billing or invoice error,finance,3');
  });
});
