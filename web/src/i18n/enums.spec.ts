import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS, enumLabel } from './enums';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

describe('enum labels', () => {
  it('has a Chinese and an English label for every value the API schema has', () => {
    for (const name of Object.keys(ENUM_LABELS) as Array<keyof typeof ENUM_LABELS>) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const values = (type as GraphQLEnumType).getValues().map((v) => v.name);
      const labels = ENUM_LABELS[name] as Record<string, readonly [string, string]>;
      expect({ name, values: Object.keys(labels).sort() }).toEqual({ name, values: [...values].sort() });
      for (const value of values) expect(labels[value]?.[0]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('shows the official terms, never the enum names', () => {
    expect(enumLabel('DiplomaLevel', 'BACHELOR_WITH_DEGREE', 'zh')).toBe('大学本科学历和学士学位');
    expect(enumLabel('QualificationLevel', 'MID_TITLE', 'zh')).toBe('中级专业技术职务任职资格');
    expect(enumLabel('ApplicationState', 'SUBMITTED', 'zh')).toBe('等待受理');
    expect(enumLabel('ApplicationState', 'APPROVED', 'en')).toBe('Approved');
  });
});
