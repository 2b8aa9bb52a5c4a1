/**
 * "This cue was wrong": one report per click in the panel's cue popover, so trainers can see which
 * cues mislead. A report keeps the cue, its severity, the words it showed as evidence (at most 8
 * short snippets, each with its reason), the message's language, the site and the agent; never
 * the customer's message itself. Reports live in one row of the kv table (newest 2,000 kept), so
 * the schema needs no new version.
 */
import { z } from 'zod';
import type { TactfulDb } from '../db.ts';
import { UserError, defineStore, zodErrors } from '../store.ts';
import { getPrefs } from './prefs.ts';

export const ToneFeedbackRowSchema = z.object({
  id: z.string().min(1).max(100),
  cue: z.string().regex(/^[a-z]{2,20}$/),
  severity: z.enum(['info', 'warning', 'strong']),
  evidence: z.array(z.object({ text: z.string().max(120), why: z.string().max(80).optional() })).max(8),
  language: z.enum(['en', 'fa', 'mixed', 'other']),
  site: z.string().max(300),
  agent: z.string().max(120),
  createdAt: z.number(),
});
export type ToneFeedbackRow = z.infer<typeof ToneFeedbackRowSchema>;

const KV_TONE_FEEDBACK = 'toneFeedback';
export const MAX_REPORTS = 2000;

export interface WrongCueInput {
  cue: string;
  severity: ToneFeedbackRow['severity'];
  evidence: { text: string; why?: string }[];
  language: ToneFeedbackRow['language'];
  site: string;
}

/** Every report, oldest first (a damaged row reads as none rather than blocking the agent). */
export async function wrongCueReports(db: TactfulDb): Promise<ToneFeedbackRow[]> {
  const row = await db.kv.get(KV_TONE_FEEDBACK);
  const parsed = z.array(ToneFeedbackRowSchema).safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Stores one "wrong cue" report; evidence snippets are cut to 120 characters. */
export async function reportWrongCue(db: TactfulDb, input: WrongCueInput, now = Date.now()): Promise<ToneFeedbackRow> {
  const parsed = ToneFeedbackRowSchema.safeParse({
    cue: input.cue,
    severity: input.severity,
    language: input.language,
    site: input.site,
    evidence: input.evidence.slice(0, 8).map((e) => ({ text: e.text.slice(0, 120), ...(e.why ? { why: e.why.slice(0, 80) } : {}) })),
    id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    agent: (await getPrefs(db)).agentName,
    createdAt: now,
  });
  if (!parsed.success) throw new UserError('The report was not saved.', zodErrors(parsed.error));
  return db.transaction('rw', db.kv, async () => {
    const reports = [...(await wrongCueReports(db)), parsed.data].slice(-MAX_REPORTS);
    await db.kv.put({ key: KV_TONE_FEEDBACK, value: reports });
    return parsed.data;
  });
}

/** How often each cue was reported wrong, most first. */
export async function wrongCueCounts(db: TactfulDb): Promise<{ cue: string; count: number }[]> {
  const counts = new Map<string, number>();
  for (const r of await wrongCueReports(db)) counts.set(r.cue, (counts.get(r.cue) ?? 0) + 1);
  return [...counts].map(([cue, count]) => ({ cue, count })).sort((a, b) => b.count - a.count || a.cue.localeCompare(b.cue));
}

export const toneFeedbackStore = defineStore({
  id: 'toneFeedback',
  // Its one row lives in the kv table (owned by the prefs store).
  versions: {},
  handlers: {
    'tone.feedback.add': (db, msg) => reportWrongCue(db, msg),
    'tone.feedback.list': (db) => wrongCueReports(db),
    'tone.feedback.counts': (db) => wrongCueCounts(db),
  },
  // Not in the backup: a backup restores an agent's setup; trainers read the reports with
  // tone.feedback.list / tone.feedback.counts.
  backup: null,
});
