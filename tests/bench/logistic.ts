/**
 * The logistic regression the frustration scripts train (frustration.train.ts, frustration.cv34.ts): AdaGrad steps with a
 * lazy L2 term on the features an item has, items visited in an LCG-shuffled order so a seed gives the same weights, and
 * weights below `prune` dropped at the end.
 */
export interface Model {
  bias: number;
  w: Map<string, number>;
}

export const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for one item's weighted features. */
export function prob(m: Model, x: Iterable<readonly [string, number]>): number {
  let z = m.bias;
  for (const [k, v] of x) z += (m.w.get(k) ?? 0) * v;
  return sig(z);
}

export function fitLogistic(xs: readonly (readonly (readonly [string, number])[])[], ys: readonly boolean[], o: { l2: number; epochs: number; seed: number; prune: number }): Model {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gb = 0;
  const lr = 0.3;
  const order = xs.map((_, i) => i);
  let seed = o.seed;
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      let z = bias;
      for (const [k, v] of x) z += (w.get(k) ?? 0) * v;
      const err = sig(z) - (ys[i] ? 1 : 0);
      gb += err * err;
      bias -= (lr / Math.sqrt(gb + 1e-8)) * err;
      for (const [k, v] of x) {
        const wk = w.get(k) ?? 0;
        // L2 shrinkage on every feature each step is approximated by this per-seen-feature term (lazy L2).
        const g = err * v + (o.l2 * wk) / xs.length;
        const a = (g2.get(k) ?? 0) + g * g;
        g2.set(k, a);
        w.set(k, wk - (lr / Math.sqrt(a + 1e-8)) * g);
      }
    }
  }
  for (const [k, v] of w) if (Math.abs(v) < o.prune) w.delete(k);
  return { bias, w };
}
