import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Version 1 of the "points void" texts (第二十条 permit cancelled, 第二十一条 correction) and of the expiry. */
export const POINTS_VOIDED_TEMPLATES_V1: ReadonlyArray<{ code: string; body: string }> = [
  {
    code: 'POINTS_VOIDED_PERMIT_CANCELLED',
    body: '【上海人社】因《上海市居住证》已注销，您的居住证积分自{voidedOn}起失效（{reason}）。',
  },
  {
    code: 'POINTS_VOIDED_CORRECTED',
    body: '【上海人社】经市人力资源社会保障局核查，您的居住证积分已予纠正，自{voidedOn}起不再达到标准分值，积分失效。原因：{reason}。如有异议，可申请复核。',
  },
  {
    code: 'APPLICATION_EXPIRED',
    body: '【上海人社】居住证积分申请自{waitingSince}起等待受理，逾期未办理，已于{expiredOn}失效。如需申请，请重新提交。',
  },
];

export class PointsVoidedTemplates1764900000000 implements MigrationInterface {
  name = 'PointsVoidedTemplates1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const template of POINTS_VOIDED_TEMPLATES_V1) {
      await runner.query(
        `INSERT INTO notification.sms_template (code, version, body, active) VALUES ($1, 1, $2, true)`,
        [template.code, template.body],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DELETE FROM notification.sms_template WHERE code IN ('POINTS_VOIDED_PERMIT_CANCELLED', 'POINTS_VOIDED_CORRECTED', 'APPLICATION_EXPIRED')`,
    );
  }
}
