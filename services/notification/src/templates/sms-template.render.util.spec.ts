import {
  chineseDate,
  renderTemplate,
  shanghaiDateOf,
  smsSegments,
  templateVariables,
} from './sms-template.render.util';

const rejected = {
  code: 'APPLICATION_REJECTED',
  version: 1,
  body: '【上海人社】居住证积分申请未通过审核，原因：{reason}。如有异议，可申请复核。',
};

describe('renderTemplate', () => {
  it('fills every variable', () => {
    expect(renderTemplate(rejected, { reason: '社保缴费不足' })).toBe(
      '【上海人社】居住证积分申请未通过审核，原因：社保缴费不足。如有异议，可申请复核。',
    );
  });

  it('refuses a missing, null or blank variable instead of sending a blank', () => {
    expect(() => renderTemplate(rejected, {})).toThrow(/APPLICATION_REJECTED v1 needs reason/);
    expect(() => renderTemplate(rejected, { reason: null })).toThrow(/needs reason/);
    expect(() => renderTemplate(rejected, { reason: '  ' })).toThrow(/needs reason/);
  });

  it('lists the variables in order of first appearance', () => {
    expect(templateVariables('{b}x{a}y{b}')).toEqual(['b', 'a']);
  });
});

describe('smsSegments', () => {
  // The fixed text of the rejection template is 34 characters: 【上海人社】(6) 居住证积分申请未通过审核(12)
  // ，(1) 原因(2) ：(1) 。(1) 如有异议(4) ，(1) 可申请复核(5) 。(1).
  const withReason = (length: number) => renderTemplate(rejected, { reason: '缴'.repeat(length) });

  it('fits 70 UCS-2 units in one SMS', () => {
    expect(withReason(36)).toHaveLength(70);
    expect(smsSegments(withReason(36))).toBe(1);
  });

  it('bills 67 units per part beyond 70', () => {
    expect(smsSegments(withReason(37))).toBe(2); // 71 units
    expect(smsSegments(withReason(100))).toBe(2); // 134 = 2 × 67
    expect(smsSegments(withReason(101))).toBe(3); // 135
  });

  it('counts a character outside the BMP as two units, as carriers do', () => {
    expect(smsSegments('中'.repeat(69) + '😀')).toBe(2); // 69 + 2 = 71
    expect(smsSegments('')).toBe(0);
  });
});

describe('dates in texts', () => {
  it('writes dates the Chinese way and takes the Shanghai calendar day', () => {
    expect(chineseDate('2027-03-05')).toBe('2027年3月5日');
    expect(shanghaiDateOf('2026-11-21T16:30:00Z')).toBe('2026-11-22'); // 00:30 in Shanghai
    expect(shanghaiDateOf('2026-11-21T15:59:59Z')).toBe('2026-11-21');
  });
});
