/** A value from YAML as a message quotes it: JSON, cut to `limit` characters; "nothing" for an empty value. */
export function describeValue(value: unknown, limit = 60): string {
  if (value === null || value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
