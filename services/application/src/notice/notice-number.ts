import type { EntityManager } from 'typeorm';

/**
 * The notice's document number (文号): 沪人社积〔year〕NNNNNN号, numbered per year of the decision in
 * the order decided. Taken inside the approving transaction, so a number is used once or not at
 * all (a rolled-back approval returns its number with the row lock), and stored on the
 * application, so a reprint shows the same number.
 */
export async function nextNoticeNo(manager: EntityManager, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  const rows: Array<{ last_no: number }> = await manager.query(
    `INSERT INTO application.notice_number_sequence (year, last_no) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_no = application.notice_number_sequence.last_no + 1
       RETURNING last_no`,
    [year],
  );
  return formatNoticeNo(year, rows[0]!.last_no);
}

export function formatNoticeNo(year: number, n: number): string {
  return `沪人社积〔${year}〕${String(n).padStart(6, '0')}号`;
}
