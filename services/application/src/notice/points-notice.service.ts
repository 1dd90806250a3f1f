import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DISTRICTS, isDistrict, type AuthUser } from '@points/auth';
import { maskName } from '@points/crypto';
import { Sex } from '../applications/application-form.model';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationsService } from '../applications/applications.service';
import { Application } from '../applications/application.entity';
import { ApplicationClock } from '../clock/application-clock';
import type { GeneratedFile, PointsNoticeVerification } from './notice.model';
import { renderPdf, type PdfLine } from './pdf-document.util';

const RELATION_ZH = { SPOUSE: '配偶', CHILD: '子女' } as const;
const PDF = 'application/pdf';

/** The permit number as the residence registry holds it (the verified profile), else the typed one. */
function verifiedPermitNumber(application: Application): string | null {
  return application.verifiedPermit?.number ?? null;
}

function districtName(code: string): string {
  return isDistrict(code) ? DISTRICTS[code] : code;
}

/** 积分通知书 and the printable application form. The notice never shows the score. */
@Injectable()
export class PointsNoticeService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly clock: ApplicationClock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async audit(application: Application, user: AuthUser, field: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO application.pii_access_log (application_id, field, actor, role) VALUES ($1, $2, $3, $4)`,
      [application.id, field, user.sub, user.role],
    );
  }

  async notice(user: AuthUser, id: string): Promise<GeneratedFile> {
    const application = await this.applications.findVisible(user, id);
    if (
      application.state !== ApplicationState.APPROVED ||
      !application.validUntil ||
      !application.noticeCode
    ) {
      throw new ApplicationException(
        ApplicationExceptionCode.NOT_PRINTABLE_YET,
        `The points notice is printable once the application is APPROVED; it is ${application.state}`,
        { field: 'id', rule: 'approved-only' },
      );
    }
    if (application.pointsVoidedOn) {
      throw new ApplicationException(
        ApplicationExceptionCode.NOT_PRINTABLE_YET,
        `The points were voided on ${application.pointsVoidedOn}; there is no valid notice`,
        { field: 'id', rule: 'points-voided' },
      );
    }
    await this.audit(application, user, 'points-notice');
    // Only co-residents the civil registers verified are printed (the notice decides a child's schooling).
    const coResidents = (application.coResidentChecks ?? []).filter((p) => p.verified);
    const lines: PdfLine[] = [
      { text: '上海市居住证积分通知书', size: 20, align: 'center', gapAfter: 1.2 },
      { text: `持证人：${application.applicantName}` },
      { text: `身份证号码：${this.applications.residentIdOf(application)}` },
      {
        text: `居住证号码：${verifiedPermitNumber(application) ?? application.form.residencePermit?.number ?? ''}`,
      },
      { text: `用人单位所在区：${districtName(application.district)}` },
      { text: `经审核，持证人符合上海市居住证积分标准分值，特此通知。`, gapAfter: 0.8 },
      { text: '同住人：' },
      ...(coResidents.length
        ? coResidents.map((p) => ({
            text: `    ${RELATION_ZH[p.relation]}  ${p.name}  出生日期 ${p.birthDate}`,
          }))
        : [{ text: '    无' }]),
      { text: `有效期至：${application.validUntil}（与居住证有效期一致）`, gapAfter: 0.8 },
      { text: `核验码：${application.noticeCode}` },
      { text: '可在本平台“积分通知书核验”(verifyPointsNotice) 输入核验码查询真伪。', size: 10 },
      { text: `打印日期：${this.clock.today()}`, size: 10, align: 'right' },
    ];
    const pdf = await renderPdf('上海市居住证积分通知书', lines);
    return {
      fileName: `points-notice-${application.receiptNo ?? application.id}.pdf`,
      contentType: PDF,
      base64: pdf.toString('base64'),
    };
  }

  /** 《上海市居住证积分申请表》, printable once the employer approved it (domain.md). */
  async applicationForm(user: AuthUser, id: string): Promise<GeneratedFile> {
    const application = await this.applications.findVisible(user, id);
    if (!application.employerApprovedAt) {
      throw new ApplicationException(
        ApplicationExceptionCode.NOT_PRINTABLE_YET,
        'The application form is printable once the employer has approved it',
        { field: 'id', rule: 'after-employer-approval' },
      );
    }
    await this.audit(application, user, 'application-form');
    const form = await this.applications.formView(user, application, true);
    const p = form.personal;
    const lines: PdfLine[] = [
      { text: '上海市居住证积分申请表', size: 18, align: 'center', gapAfter: 1 },
      { text: `收件凭证号：${application.receiptNo ?? '（待受理）'}    申请类别：${application.kind}` },
      { text: `姓名：${p.name}    性别：${p.sex === Sex.MALE ? '男' : '女'}    出生日期：${p.birthDate}` },
      { text: `身份证号码：${p.residentId}    民族：${p.ethnicity ?? ''}    户籍地：${p.hukouPlace ?? ''}` },
      { text: `手机：${p.mobile ?? ''}    婚姻状况：${p.maritalStatus ?? ''}` },
      {
        text: `居住证：${form.residencePermit?.number ?? ''}  ${form.residencePermit?.validFrom ?? ''} 至 ${form.residencePermit?.validTo ?? ''}  ${form.residencePermit?.address ?? ''}`,
      },
      {
        text: `工作岗位：${form.employment?.position ?? ''}  劳动合同 ${form.employment?.contractStart ?? ''} 至 ${form.employment?.contractEnd ?? '无固定期限'}`,
      },
      { text: '教育背景：' },
      ...form.educationHistory.map((e) => ({
        text: `    ${e.level}  ${e.school}  ${e.major ?? ''}  ${e.graduationDate}  ${e.fullTime ? '全日制' : '非全日制'}${e.overseas ? '  境外' : ''}`,
      })),
      { text: '职称/技能等级：' },
      ...form.qualifications.map((q) => ({
        text: `    ${q.level}  ${q.name}  ${q.certificateNo}  ${q.issuedOn}  ${q.matchesPosition ? '与岗位相符' : '与岗位不符'}`,
      })),
      { text: '社会保险（申报）：' },
      ...form.socialInsurance.map((s) => ({ text: `    ${s.from} 至 ${s.to}  缴费基数 ${s.base}` })),
      { text: '同住人：' },
      ...form.coResidents.map((c) => ({ text: `    ${RELATION_ZH[c.relation]}  ${c.name}  ${c.birthDate}` })),
      { text: `人事档案存放：${form.archiveLocation?.holder ?? ''}` },
      {
        text: `本人承诺：无违反计划生育政策 ${form.declarations?.noFamilyPlanningViolation ? '是' : '否'}；无刑事犯罪记录 ${form.declarations?.noCriminalRecord ? '是' : '否'}`,
      },
      { text: '申请人签字：__________    单位盖章：__________', gapAfter: 0 },
    ];
    const pdf = await renderPdf('上海市居住证积分申请表', lines);
    return {
      fileName: `application-form-${application.id}.pdf`,
      contentType: PDF,
      base64: pdf.toString('base64'),
    };
  }

  /** Public: anyone holding a notice checks its code; the answer shows no score and a masked name. */
  async verify(code: string): Promise<PointsNoticeVerification> {
    const normalised = code.trim().toUpperCase();
    const rows: Array<{
      applicant_name: string;
      valid_until: string;
      district: string;
      points_voided_on: string | null;
    }> = /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/.test(normalised)
      ? await this.dataSource.query(
          `SELECT applicant_name, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, district, points_voided_on
               FROM application.application WHERE notice_code = $1 AND state = 'APPROVED'`,
          [normalised],
        )
      : [];
    const row = rows[0];
    if (!row || row.points_voided_on || row.valid_until < this.clock.today()) {
      return { valid: false, holderName: null, validUntil: null, district: null };
    }
    return {
      valid: true,
      holderName: maskName(row.applicant_name),
      validUntil: row.valid_until,
      district: row.district,
    };
  }
}
