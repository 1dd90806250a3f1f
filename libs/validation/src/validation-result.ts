/**
 * What every validator in this lib returns. A failure carries a stable `rule` code (for
 * `extensions` and tests) and a plain-English `message` that names the rule; the caller prefixes the
 * field name ("Resident ID number " + message), so messages start in lower case and never echo the
 * input (it may be personal data that would end up in logs).
 */
export type ValidationResult<T, R extends string = string> = ValidationSuccess<T> | ValidationFailure<R>;

export interface ValidationSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

export interface ValidationFailure<R extends string = string> {
  readonly ok: false;
  readonly rule: R;
  readonly message: string;
}

export function pass<T>(value: T): ValidationSuccess<T> {
  return { ok: true, value };
}

export function fail<R extends string>(rule: R, message: string): ValidationFailure<R> {
  return { ok: false, rule, message };
}
