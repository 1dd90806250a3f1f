/**
 * Associated data of each encrypted column (PiiCipher AAD = the column): a token copied into
 * another column fails to decrypt. Blind index domains keep each column's indexes apart.
 */
export const PII_COLUMN = {
  residentId: 'employer_registration.account.resident_id',
  mobile: 'employer_registration.account.mobile',
} as const;

export const BLIND_INDEX_DOMAIN = {
  residentId: 'resident-id',
  mobile: 'mobile',
  /** Login names of every kind (an applicant's is their resident ID number). */
  loginName: 'login-name',
} as const;
