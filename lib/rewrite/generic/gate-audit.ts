/**
 * The audit of a family of reader gates (tests only), shared by the Persian and English dispatchers
 * (dispatch.fa.ts, dispatch.en.ts): while `run` runs every gate passes, and a reader its gate would have skipped but
 * that reads something is recorded as a miss. A gate written wider than its reader costs only time; one narrower loses
 * that reader's hits silently, so the gates tests ask for no miss on the development splits. What `run` returns is the
 * ungated reading.
 */

/** A reader its gate skipped at a word where it reads something: the gate is narrower than the reader. */
export interface GateMiss {
  reader: string;
  word: string;
}

export interface GateAudit {
  /** The misses of the audit under way, or null when none is. */
  current(): GateMiss[] | null;
  /** Runs `run` audited and returns the misses it recorded (an audit inside another keeps its own list). */
  run(run: () => void): GateMiss[];
  /** Records a miss while auditing (nothing otherwise). */
  note(reader: string, word: string): void;
}

/** One family's audit state. */
export function gateAudit(): GateAudit {
  let audit: GateMiss[] | null = null;
  return {
    current: () => audit,
    run(run) {
      const outer = audit;
      const misses: GateMiss[] = [];
      audit = misses;
      try {
        run();
      } finally {
        audit = outer;
      }
      return misses;
    },
    note(reader, word) {
      audit?.push({ reader, word });
    },
  };
}
