/** A value from YAML as a message quotes it: JSON, cut to `limit` characters; "nothing" for an empty value. */
export function describeValue(value: unknown, limit = 60): string {
  if (value === null || value === undefined) return 'nothing';
  // JSON writes Infinity and NaN as null, and a Map or Set (YAML's !!omap, !!set) as {}.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value instanceof Set) return `a set of ${value.size}`;
  if (value instanceof Map) return `a mapping of ${value.size}`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
