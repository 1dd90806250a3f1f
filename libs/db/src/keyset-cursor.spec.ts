import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

const id = '6f1f6c1e-0000-4000-8000-000000000001';
const isDate = (key: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(key);

describe('keyset cursor', () => {
  it('gives back the position it was made from', () => {
    expect(decodeKeysetCursor(encodeKeysetCursor('2026-03-02', id), isDate)).toEqual({
      key: '2026-03-02',
      id,
    });
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a key of the wrong kind', encodeKeysetCursor('yesterday', id)],
    ['an id that is not a uuid', encodeKeysetCursor('2026-03-02', '42')],
    ['three parts', Buffer.from(JSON.stringify(['2026-03-02', id, 'x'])).toString('base64url')],
  ])('refuses %s', (_label, cursor) => {
    expect(decodeKeysetCursor(cursor, isDate)).toBeNull();
  });
});
