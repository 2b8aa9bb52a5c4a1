/**
 * Word tables without a prototype: a lookup by a word the writer typed ("constructor", "toString",
 * "__proto__") must find nothing, not Object.prototype's members.
 */
export function dict<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
