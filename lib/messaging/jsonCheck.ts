/**
 * A small checker for the JSON Schema that zod writes (`z.toJSONSchema`), for the page script:
 * it checks the page's messages without bundling zod (pageSide.ts). It reads only the keywords
 * our page schemas use (SUPPORTED_KEYWORDS; a unit test fails on any other) and gives what zod's
 * `safeParse` gives for them: the value with unknown object keys left out, or the problems.
 * Lengths count UTF-16 code units and numbers must be finite, as in zod.
 */

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

export type JsonSchema = {
  /** One type, or several (zod writes a nullable string as ["string", "null"]). */
  type?: JsonType | readonly JsonType[];
  const?: unknown;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minItems?: number;
  items?: JsonSchema;
  prefixItems?: readonly JsonSchema[];
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  default?: unknown;
};

export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set(['type', 'const', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'maxItems', 'minItems', 'items', 'prefixItems', 'properties', 'required', 'anyOf', 'oneOf', 'default']);

export type Checked = { ok: true; value: unknown } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeFits(type: JsonSchema['type'], v: unknown): boolean {
  if (Array.isArray(type)) return type.some((t: JsonType) => typeFits(t, v));
  switch (type) {
    case undefined:
      return true;
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isSafeInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    default:
      return false;
  }
}

/** The first alternative that fits, or every alternative's problems. */
function firstFit(options: readonly JsonSchema[], v: unknown, path: string): Checked {
  const problems: string[] = [];
  for (const o of options) {
    const r = checkJson(o, v, path);
    if (r.ok) return r;
    problems.push(...r.problems);
  }
  return { ok: false, problems: problems.length ? [`${path || '(root)'}: fits none of ${options.length} shapes (${problems[0]})`] : [`${path}: no shape`] };
}

function checkObject(s: JsonSchema, v: Record<string, unknown>, path: string): Checked {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of s.required ?? []) if (!(key in v)) problems.push(`${path}${key}: required`);
  for (const [key, field] of Object.entries(s.properties ?? {})) {
    if (!(key in v)) continue;
    // zod leaves an optional key that holds undefined as it is.
    if (v[key] === undefined && !s.required?.includes(key)) {
      out[key] = undefined;
      continue;
    }
    const r = checkJson(field, v[key], `${path}${key}.`);
    if (r.ok) out[key] = r.value;
    else problems.push(...r.problems);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: out };
}

function checkArray(s: JsonSchema, v: unknown[], path: string): Checked {
  if (s.maxItems !== undefined && v.length > s.maxItems) return { ok: false, problems: [`${path}: more than ${s.maxItems} items`] };
  if (s.minItems !== undefined && v.length < s.minItems) return { ok: false, problems: [`${path}: fewer than ${s.minItems} items`] };
  const prefix = s.prefixItems ?? [];
  if (s.prefixItems && !s.items && v.length > prefix.length) return { ok: false, problems: [`${path}: more than ${prefix.length} items`] };
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const item = prefix[i] ?? s.items;
    const r = item ? checkJson(item, v[i], `${path}${i}.`) : { ok: true as const, value: v[i] };
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Checks `v` against `s`: the value as zod's parse would give it, or where and why it does not fit. */
export function checkJson(s: JsonSchema, v: unknown, path = ''): Checked {
  const at = path.replace(/\.$/, '') || '(root)';
  if (s.anyOf) return firstFit(s.anyOf, v, at);
  if (s.oneOf) return firstFit(s.oneOf, v, at);
  if (!typeFits(s.type, v)) return { ok: false, problems: [`${at}: expected ${String(s.type)}`] };
  if ('const' in s && v !== s.const) return { ok: false, problems: [`${at}: expected ${JSON.stringify(s.const)}`] };
  if (s.enum && !s.enum.includes(v)) return { ok: false, problems: [`${at}: not one of ${s.enum.join(', ')}`] };
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) return { ok: false, problems: [`${at}: below ${s.minimum}`] };
    if (s.maximum !== undefined && v > s.maximum) return { ok: false, problems: [`${at}: above ${s.maximum}`] };
  }
  if (typeof v === 'string') {
    if (s.maxLength !== undefined && v.length > s.maxLength) return { ok: false, problems: [`${at}: longer than ${s.maxLength}`] };
    if (s.minLength !== undefined && v.length < s.minLength) return { ok: false, problems: [`${at}: shorter than ${s.minLength}`] };
  }
  if (Array.isArray(v) && (s.type === 'array' || s.items || s.prefixItems)) return checkArray(s, v, path);
  if (isObject(v) && (s.type === 'object' || s.properties)) return checkObject(s, v, path);
  return { ok: true, value: v };
}
