import * as TERMS from '.';

describe('official terms', () => {
  it('gives every value a Chinese term and an English one', () => {
    const tables = Object.entries(TERMS).filter(([, v]) => typeof v === 'object' && !Array.isArray(v));
    expect(tables.length).toBeGreaterThan(15);
    for (const [table, terms] of tables) {
      for (const [value, [zh, en]] of Object.entries(terms as Record<string, readonly [string, string]>)) {
        expect({ table, value, zh: /[\u4e00-\u9fff]/.test(zh) }).toEqual({ table, value, zh: true });
        expect({ table, value, en: /^[\x20-\x7e’]+$/.test(en) }).toEqual({ table, value, en: true });
      }
    }
  });

  it('uses the policy text’s words for the form’s levels', () => {
    expect(TERMS.DIPLOMA_LEVEL.BACHELOR_WITH_DEGREE[0]).toBe('大学本科学历和学士学位');
    expect(TERMS.QUALIFICATION_LEVEL.MID_TITLE[0]).toBe('中级专业技术职务任职资格');
  });
});
