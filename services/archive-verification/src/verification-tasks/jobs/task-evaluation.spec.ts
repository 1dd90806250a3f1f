import type { CivilRecord, ResidencePermitRecord } from '../../registries/registry.types';
import { ageOn, judgeCoResident, judgePermit } from './task-evaluation';

const ACCEPTED = '2026-12-01';
const permit = (over: Partial<ResidencePermitRecord> = {}): ResidencePermitRecord => ({
  number: 'SH31000001',
  issuedOn: '2025-12-10',
  endorsedOn: null,
  validUntil: '2026-12-09',
  cancelledOn: null,
  ...over,
});
const child = (name: string, born: string, fullTimeHighSchool = false): CivilRecord => ({
  kind: 'CHILD',
  date: born,
  details: { name, fullTimeHighSchool },
});

describe('judgePermit', () => {
  it('passes a permit valid on the acceptance day with the registry dates as facts', () => {
    expect(judgePermit(permit(), ACCEPTED)).toEqual({
      status: 'PASSED',
      facts: {
        number: 'SH31000001',
        issuedOn: '2025-12-10',
        endorsedOn: null,
        validUntil: '2026-12-09',
        cancelledOn: null,
      },
    });
  });

  it('fails no permit, a cancelled one (第二十条) and one that expired before the acceptance', () => {
    expect(judgePermit(null, ACCEPTED)).toMatchObject({ status: 'FAILED', forgedMaterial: false });
    expect(judgePermit(permit({ cancelledOn: '2026-11-30' }), ACCEPTED)).toMatchObject({
      status: 'FAILED',
      reason: 'The residence permit SH31000001 was cancelled (注销) on 2026-11-30',
    });
    expect(judgePermit(permit({ validUntil: '2026-11-30' }), ACCEPTED)).toMatchObject({
      status: 'FAILED',
      reason: 'The residence permit SH31000001 expired on 2026-11-30, before the acceptance',
    });
    // Valid through the acceptance day itself.
    expect(judgePermit(permit({ validUntil: ACCEPTED }), ACCEPTED).status).toBe('PASSED');
  });
});

describe('judgeCoResident', () => {
  const claim = (name: string, birthDate: string, relation = 'CHILD') => ({ relation, name, birthDate });

  it('counts full years to the acceptance day', () => {
    expect(ageOn('2010-12-01', ACCEPTED)).toBe(16);
    expect(ageOn('2010-12-02', ACCEPTED)).toBe(15);
  });

  it('verifies a child under 16 on the household register, by name and birth date', () => {
    expect(
      judgeCoResident(claim('李小明', '2010-12-02'), [child('李小明', '2010-12-02')], ACCEPTED).status,
    ).toBe('PASSED');
    expect(
      judgeCoResident(claim('李小明', '2010-12-03'), [child('李小明', '2010-12-02')], ACCEPTED),
    ).toMatchObject({
      status: 'FAILED',
      reason: 'No child 李小明 born 2010-12-03 on the household register',
    });
  });

  it('needs the full-time high-school enrolment from 16, and refuses 18 and over', () => {
    expect(
      judgeCoResident(claim('李大宝', '2010-12-01'), [child('李大宝', '2010-12-01')], ACCEPTED),
    ).toMatchObject({
      status: 'FAILED',
      reason: '李大宝 is 16: no full-time high-school enrolment (全日制普通高中学籍) on record',
    });
    expect(
      judgeCoResident(claim('李大宝', '2010-12-01'), [child('李大宝', '2010-12-01', true)], ACCEPTED).status,
    ).toBe('PASSED');
    expect(
      judgeCoResident(claim('李二宝', '2008-12-01'), [child('李二宝', '2008-12-01', true)], ACCEPTED),
    ).toMatchObject({ status: 'FAILED', reason: '李二宝 is 18: a co-resident child must be under 18' });
    expect(
      judgeCoResident(claim('李二宝', '2008-12-02'), [child('李二宝', '2008-12-02', true)], ACCEPTED).status,
    ).toBe('PASSED');
  });

  it('verifies the spouse named on the latest marriage record', () => {
    const marriage = (date: string, spouseName?: string): CivilRecord => ({
      kind: 'MARRIAGE',
      date,
      details: spouseName ? { spouseName } : {},
    });
    const spouse = claim('王芳', '1991-03-08', 'SPOUSE');
    expect(judgeCoResident(spouse, [marriage('2016-05-01', '王芳')], ACCEPTED).status).toBe('PASSED');
    expect(
      judgeCoResident(spouse, [marriage('2016-05-01', '王芳'), marriage('2022-01-01', '赵敏')], ACCEPTED),
    ).toMatchObject({
      status: 'FAILED',
      reason: 'The marriage register names another spouse, not 王芳',
    });
    expect(judgeCoResident(spouse, [], ACCEPTED).status).toBe('FAILED');
    expect(judgeCoResident(spouse, [marriage('2016-05-01')], ACCEPTED).status).toBe('NEEDS_MANUAL');
  });
});
