import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A vitest sequencer that starts the files that take longest first, so that the workers finish together (longest
 * processing time first). A fresh clone has no timing cache: vitest would then start the largest files first, and the
 * slowest unit files (the gate audits) are some of the smallest, so one of them ran alone at the end of the run. `order`
 * lists file names (the end of the path), longest first, from a measured full run; files not listed keep vitest's order
 * after them.
 */
export function longestFirst(order: readonly string[]): typeof BaseSequencer {
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const rank = (f: TestSpecification) => {
        const i = order.findIndex((name) => f.moduleId.endsWith(`/${name}`));
        return i < 0 ? order.length : i;
      };
      const base = await super.sort(files);
      return [...base].sort((a, b) => rank(a) - rank(b));
    }
  };
}
