/**
 * An in-process V8 CPU profile for the measuring scripts (scripts/start-cost.ts, scripts/rewrite-cold.ts): started only
 * when asked, sampled every 100 µs, stopped with the profile returned (the inspector's own cost is then in the figures).
 */
import type { Profiler, Session } from 'node:inspector/promises';

export interface CpuProfile {
  stop(): Promise<Profiler.Profile>;
}

export async function startCpuProfile(on: boolean): Promise<CpuProfile | null> {
  if (!on) return null;
  const session: Session = new (await import('node:inspector/promises')).Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return { stop: async () => (await session.post('Profiler.stop')).profile };
}
