import { isUuid } from './uuid.validator';

describe('isUuid', () => {
  it('accepts a uuid in either case, and nothing else', () => {
    expect(isUuid('6f1f6c1e-0000-4000-8000-000000000001')).toBe(true);
    expect(isUuid('6F1F6C1E-0000-4000-8000-00000000000A')).toBe(true);
    for (const value of ['', '42', '6f1f6c1e-0000-4000-8000-00000000000', 'demo-officer', null, undefined])
      expect(isUuid(value)).toBe(false);
  });
});
