import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal parameters always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}

/** The fingerprint a decision stores next to the rule-set version and revision it used. */
export function parametersSha256(parameters: unknown): string {
  return createHash('sha256').update(canonicalJson(parameters)).digest('hex');
}
