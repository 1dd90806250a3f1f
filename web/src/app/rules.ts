import type { FormRule } from 'antd';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** YYYY-MM-DD, checked as typed; an empty value is for `required` to judge. */
export const DATE_RULE = (t: T): FormRule => ({
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  message: t('rule.date'),
});

export const MONTH_RULE = (t: T): FormRule => ({
  pattern: /^\d{4}-(0[1-9]|1[0-2])$/,
  message: t('rule.month'),
});

/** A rule from one of the shared validators (@points/validation): passes empty values to `required`. */
export const VALIDATOR_RULE = (
  valid: (value: string) => boolean | string | undefined,
  message: string | ((failure: string) => string),
): FormRule => ({
  validator: (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return Promise.resolve();
    const verdict = valid(value);
    if (verdict === true) return Promise.resolve();
    return Promise.reject(
      new Error(
        typeof message === 'function' ? message(typeof verdict === 'string' ? verdict : '') : message,
      ),
    );
  },
});
