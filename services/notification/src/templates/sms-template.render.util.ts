import { SmsTemplateException, SmsTemplateExceptionCode } from './sms-template.exception';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The variable names a template body uses, in order of first appearance. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * Fills `{variables}`. A variable the body names but the caller did not give (or gave empty) is
 * an error: an SMS with a blank where the receipt number should be is worse than no SMS, and the
 * event is retried (and lands in the failed set) instead.
 */
export function renderTemplate(
  template: { code: string; version: number; body: string },
  variables: Readonly<Record<string, string | null | undefined>>,
): string {
  const missing = templateVariables(template.body).filter((name) => {
    const value = variables[name];
    return value === undefined || value === null || value.trim() === '';
  });
  if (missing.length > 0) {
    throw new SmsTemplateException(
      SmsTemplateExceptionCode.TEMPLATE_VARIABLE_MISSING,
      `template ${template.code} v${template.version} needs ${missing.join(', ')}`,
    );
  }
  return template.body.replace(PLACEHOLDER, (_match, name: string) => variables[name] ?? '');
}

/**
 * SMS segments as Chinese carriers bill them: a text that holds any non-GSM character is sent in
 * UCS-2, 70 code units in one SMS, 67 per part when concatenated (3 units go to the UDH).
 * JavaScript's `length` counts UTF-16 code units, which is what UCS-2/UTF-16 carriers count
 * (an emoji outside the BMP takes two). Every text here is Chinese with the 【】 signature, so
 * the GSM-7 case (160/153) never applies and is deliberately not modelled.
 */
export function smsSegments(text: string): number {
  const units = text.length;
  if (units === 0) return 0;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

/** 2027-03-15 → 2027年3月15日, the way official notices write dates. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The calendar date of an instant in Shanghai (UTC+8, no daylight saving). */
export function shanghaiDateOf(instant: string | Date): string {
  const time = new Date(instant).getTime() + 8 * 3600_000;
  return new Date(time).toISOString().slice(0, 10);
}
