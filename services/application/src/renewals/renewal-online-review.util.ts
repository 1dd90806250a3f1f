// The online review (网审) of an unchanged renewal, decided on what the registries answered
// (verification.renewal-facts-verified), never on what HR typed: the renewal checks of the
// engine (domain.md RENEWAL) on the registry facts, against the routes the approval it
// continues rests on. Pure: the lifecycle service applies the outcome through transition().
import type { EventPayload } from '@points/events';
import {
  assess,
  checkRenewal,
  normaliseProfile,
  SH_2017_RULE_SET,
  validateProfile,
  type ScoreProfileInput,
} from '@points/scoring-engine';

type Facts = EventPayload<'verification.renewal-facts-verified'>;

/**
 * The profile fields the review's registries establish (social insurance and tax, the
 * employment they show, the permit, the title and its position). The rest (education, awards,
 * a person's confirmed claims...) is the verified profile of the approval being renewed.
 */
const RECHECKED = [
  'socialInsurance',
  'employmentStartDate',
  'employmentEndDate',
  'residencePermitIssuedOn',
  'residencePermitValidUntil',
  'qualification',
  'qualificationMatchesPosition',
] as const satisfies ReadonlyArray<keyof ScoreProfileInput>;

export type RenewalReview =
  | { decision: 'APPROVE'; profile: ScoreProfileInput; reason: string }
  /** CHANGED: a changed employer, marriage or household (窗口受理); FAILED: a check did not hold. */
  | { decision: 'WINDOW'; cause: 'CHANGED' | 'FAILED'; reasons: string[] };

export interface RenewalReviewInput {
  /** The verified profile of the approval being renewed (what its points rest on). */
  granted: ScoreProfileInput;
  /** That approval's validity: the endorsed permit must run past it. */
  grantedValidUntil: string | null;
  facts: Facts;
  today: string;
}

/** The profile to renew on: the granted one with every re-checked field as the registries hold it. */
export function renewalProfileOf(granted: ScoreProfileInput, facts: Facts, today: string): ScoreProfileInput {
  const verified = facts.verifiedProfile;
  const recheckedFacts = Object.fromEntries(RECHECKED.map((field) => [field, verified[field] ?? null]));
  const profile: ScoreProfileInput = { ...granted, ...recheckedFacts, assessmentDate: today };
  // Each fact's evidence: the registry answer of this review, or the check of the granted decision.
  const rechecked = new Set<string>(RECHECKED);
  profile.evidence = [
    ...(granted.evidence ?? []).filter((e) => !rechecked.has(e.field)),
    ...(verified.evidence ?? []),
  ];
  return profile;
}

export function reviewRenewalOnFacts(input: RenewalReviewInput): RenewalReview {
  const { facts, today } = input;
  const verified = facts.verifiedProfile;

  // A change of employer, marital status or household goes to the window (seed 000, domain.md).
  const changed: string[] = [];
  if (!verified.employmentStartDate || verified.employmentEndDate) {
    changed.push(
      verified.employmentEndDate
        ? `社保登记显示与申报单位的劳动关系已于 ${verified.employmentEndDate} 结束，单位有变化 (the social-insurance registry shows the employment with the filing employer ended on ${verified.employmentEndDate})`
        : '社保登记近期无申报单位缴费记录，单位有变化 (the social-insurance registry shows no recent month paid by the filing employer)',
    );
  }
  const marriedOn = input.granted.spouseHukouMarriageDate ?? null;
  if (marriedOn !== null && (verified.spouseHukouMarriageDate ?? null) !== marriedOn) {
    changed.push(
      `婚姻登记与原核定（${marriedOn} 结婚，配偶本市户籍）不一致，婚姻状况有变化 (the marriage and hukou registers no longer show the marriage of ${marriedOn} to a Shanghai hukou holder)`,
    );
  }
  for (const person of facts.coResidents.filter((p) => !p.verified)) {
    changed.push(
      `同住人 ${person.name} 未通过核查，同住人有变化 (co-resident ${person.name}: ${person.reason ?? 'not verified'})`,
    );
  }
  if (changed.length > 0) return { decision: 'WINDOW', cause: 'CHANGED', reasons: changed };

  const failed: string[] = [];
  if (facts.outcome === 'FAILED') {
    failed.push(...facts.findings.map((f) => `${f.code}: ${f.note}`));
  }
  const permitUntil = verified.residencePermitValidUntil ?? null;
  if (!permitUntil || permitUntil < today) {
    failed.push('居住证管理系统无有效居住证 (no valid residence permit in the residence registry)');
  } else if (input.grantedValidUntil && permitUntil <= input.grantedValidUntil) {
    failed.push(
      `居住证未签注延期：有效期至 ${permitUntil}，未超过原积分有效期 ${input.grantedValidUntil} (the permit was not endorsed: it runs to ${permitUntil}, not past the points' ${input.grantedValidUntil})`,
    );
  }
  const profile = renewalProfileOf(input.granted, facts, today);
  const problems = [...validateProfile(input.granted, { today }), ...validateProfile(profile, { today })];
  if (problems.length > 0) {
    failed.push(...problems.map((p) => `${p.field}: ${p.message}`));
    return { decision: 'WINDOW', cause: 'FAILED', reasons: failed };
  }
  const result = checkRenewal(normaliseProfile(profile), SH_2017_RULE_SET, {
    granted: assess(normaliseProfile(input.granted), SH_2017_RULE_SET),
  });
  failed.push(...result.checks.filter((c) => !c.passed).map((c) => c.reason));
  if (failed.length > 0) return { decision: 'WINDOW', cause: 'FAILED', reasons: failed };
  return {
    decision: 'APPROVE',
    profile,
    reason: `网审通过，积分确认 (renewal reviewed online on the registry facts and confirmed): ${result.checks
      .map((c) => c.reason)
      .join('; ')}`,
  };
}
