import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeHistory, historyCodeLabel } from './history';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

describe('history labels', () => {
  it('labels every history code the API has, in Chinese and in English', () => {
    const codes = (schema.getType('HistoryCode') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(codes.length).toBeGreaterThan(20);
    const unlabelled = codes.filter(
      (code) => !/[\u4e00-\u9fff]/.test(historyCodeLabel(code, 'zh') ?? '') || !historyCodeLabel(code, 'en'),
    );
    expect(unlabelled).toEqual([]);
  });

  it('names the form sections of an edit as the form labels them, not by their field names', () => {
    const entry = {
      code: 'FORM_EDITED',
      fields: ['archiveLocation', 'socialInsurance'],
      reason: '表单修改: archiveLocation, socialInsurance (form edited)',
      toState: 'DRAFT',
    } as const;
    expect(describeHistory(entry, 'zh')).toEqual({
      title: '修改申请表',
      detail: '人事档案存放、本市职工社会保险缴费（申报）',
    });
    expect(describeHistory(entry, 'en')).toEqual({
      title: 'Form edited',
      detail: 'Personnel archive, Shanghai social insurance (declared)',
    });
  });

  it('shows what a person typed (a return, a rejection) and hides the system’s English gloss', () => {
    expect(
      describeHistory(
        { code: 'RETURN_TO_APPLICANT', fields: null, reason: '请补充学位证书编号', toState: 'DRAFT' },
        'zh',
      ),
    ).toEqual({ title: '单位退回修改', detail: '请补充学位证书编号' });
    expect(
      describeHistory(
        { code: 'OPENED', fields: null, reason: 'NEW application opened', toState: 'DRAFT' },
        'zh',
      ),
    ).toEqual({ title: '创建申请', detail: null });
  });

  it('falls back to the state and the stored reason for an old entry without a code', () => {
    expect(
      describeHistory({ code: null, fields: null, reason: '旧记录', toState: 'SUBMITTED' }, 'zh'),
    ).toEqual({
      title: '等待受理',
      detail: '旧记录',
    });
  });
});
