/**
 * Urgency, session 24 (toneen24), English, tried on scripts/tone-kinds24-matrix.ts (URGENCY24):
 * - **a hazard word naming a safety device or check**: "whether the engineer will check the carbon monoxide alarm", "is
 *   the gas safety certificate included", "do you fit smoke detectors": the hazard is the device's or the check's name,
 *   not a danger now. Not when the device is sounding ("the carbon monoxide alarm is beeping", "smoke alarm went off"),
 *   nor "smoke coming out of the fuse box".
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';

/** Devices and checks a hazard word names. */
const DEVICE = new Set(['alarm', 'alarms', 'detector', 'detectors', 'sensor', 'sensors', 'certificate', 'certificates', 'cert', 'check', 'checks', 'test', 'tests', 'testing', 'inspection', 'inspections', 'extinguisher', 'extinguishers', 'blanket', 'blankets', 'door', 'doors', 'exit', 'exits', 'escape', 'safety', 'regulations', 'rating', 'risk', 'assessment', 'drill', 'insurance', 'cover', 'policy']);
/** A device that is sounding or set off: the danger is there. */
const SOUNDING = /^(?:beep|beeping|beeped|beeps|going|went|goes|sounding|sounded|sounds|triggered|trigger|triggering|flashing|flashed|activated|ringing|screaming|chirping|off|reading|reads|detected|detecting|showing|shows)$/;

/** Safety hit h names a device or check ("carbon monoxide alarm", "fire safety certificate"), and nothing in its sentence says it is sounding. */
export function safetyDevice24(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  const next = t[h.to];
  if (!next || next.sentence !== x.sentence || !DEVICE.has(next.key)) return false;
  for (let k = h.to + 1; k < t.length && t[k].sentence === x.sentence; k++) if (SOUNDING.test(t[k].key)) return false;
  return true;
}
