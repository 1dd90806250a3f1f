import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV download', () => {
  it('writes RFC 4180 rows with a byte-order mark for Excel', () => {
    const csv = toCsv(['区', '原因', '件数'], [
      ['徐汇区', '材料不全, 需补交', 2],
      ['浦东新区', '他说"不符"', 1],
      ['黄浦区', null, 0],
    ]);
    expect(csv).toBe(
      '\uFEFF区,原因,件数\r\n徐汇区,"材料不全, 需补交",2\r\n浦东新区,"他说""不符""",1\r\n黄浦区,,0\r\n',
    );
  });
});
