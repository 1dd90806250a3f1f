import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DISTRICTS, isDistrict, type AuthUser } from '@points/auth';
import type { ServiceConfig } from '@points/config';
import { maskName } from '@points/crypto';
import { SERVICE_CONFIG } from '@points/subgraph';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationsService } from '../applications/applications.service';
import { Application } from '../applications/application.entity';
import { ApplicationClock } from '../clock/application-clock';
import type { GeneratedFile, PointsNoticeReference, PointsNoticeVerification } from './notice.model';
import { drawQrCode, drawSealArea } from './notice-seal-and-code';
import { renderPdf, type PdfLine } from './pdf-document.util';
import { chineseDate, zh } from './chinese-terms';

/** The issuing authority as the policy texts name it; the district's 人才服务中心 receives the application. */
const ISSUING_AUTHORITY = '上海市人力资源和社会保障局';
const RECEIVING_CENTRE = '人才服务中心';
const PDF = 'application/pdf';

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
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.consoleUrl = config.publicConsoleUrl;
  }

  private readonly consoleUrl: string;

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
    const reference = this.referenceOf(application);
    if (!reference) {
      throw new ApplicationException(
        ApplicationExceptionCode.NOT_PRINTABLE_YET,
        'This approval has no document number yet',
        { field: 'id', rule: 'approved-only' },
      );
    }
    const coResidents = application.form.coResidents ?? [];
    const centre = `${districtName(application.district)}${RECEIVING_CENTRE}`;
    const lines: PdfLine[] = [
      { text: '上海市居住证积分通知书', size: 20, align: 'center', gapAfter: 0.3 },
      { text: reference.documentNo, size: 11, align: 'center', gapAfter: 1.2 },
      { text: `持证人：${application.applicantName}` },
      { text: `身份证号码：${this.applications.residentIdOf(application)}` },
      { text: `居住证号码：${application.form.residencePermit?.number ?? ''}` },
      { text: `受理机构：${centre}` },
      { text: `经审核，持证人符合上海市居住证积分标准分值，特此通知。`, gapAfter: 0.8 },
      { text: '同住人：' },
      ...(coResidents.length
        ? coResidents.map((p) => ({
            text: `    ${zh('relation', p.relation)}  ${p.name}  出生日期 ${chineseDate(p.birthDate)}`,
          }))
        : [{ text: '    无' }]),
      {
        text: `有效期至：${chineseDate(application.validUntil)}（与居住证有效期一致）`,
        gapAfter: 0.8,
      },
      { text: `核验码：${reference.verificationCode}` },
      { text: '扫描左下方二维码，或在下列网址输入核验码，查询本通知书真伪：', size: 10 },
      { text: `${this.consoleUrl}/verify-notice`, size: 10 },
    ];
    const pdf = await renderPdf('上海市居住证积分通知书', lines, (doc) => {
      const bottom = doc.page.height - doc.page.margins.bottom;
      const left = doc.page.margins.left;
      drawQrCode(doc, reference.verifyUrl, left, bottom - 150, 120);
      doc.fontSize(9).text('扫码核验', left, bottom - 24, { width: 120, align: 'center' });
      drawSealArea(
        doc,
        ISSUING_AUTHORITY,
        chineseDate(this.clock.today()),
        doc.page.width - doc.page.margins.right - 120,
        bottom - 90,
      );
    });
    return {
      fileName: `points-notice-${application.receiptNo ?? application.id}.pdf`,
      contentType: PDF,
      base64: pdf.toString('base64'),
    };
  }

  /**
   * What the holder and the employer may know of the notice: its document number, its
   * verification code and the check page it links to. Null until a notice is printable.
   */
  referenceOf(application: Application): PointsNoticeReference | null {
    if (
      application.state !== ApplicationState.APPROVED ||
      application.pointsVoidedOn ||
      !application.noticeCode ||
      !application.noticeNo
    ) {
      return null;
    }
    return {
      documentNo: application.noticeNo,
      verificationCode: application.noticeCode,
      verifyUrl: `${this.consoleUrl}/verify-notice?code=${encodeURIComponent(application.noticeCode)}`,
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
    const yes = (value: boolean | undefined): string => (value ? '是' : '否');
    const bonus = form.bonusClaims;
    const bonusLines: string[] = bonus
      ? [
          bonus.entrepreneur ? '创业人才' : '',
          bonus.innovationIntermediary ? '创新创业中介服务人才' : '',
          bonus.shortageMajor ? '紧缺急需专业' : '',
          bonus.averageAnnualTaxCny ? `投资纳税 年均 ${bonus.averageAnnualTaxCny} 元` : '',
          bonus.averageAnnualLocalHires ? `带动本地就业 年均 ${bonus.averageAnnualLocalHires} 人` : '',
          bonus.publicServiceYears ? `特定的公共服务领域 ${bonus.publicServiceYears} 年` : '',
          bonus.remoteSuburbYears ? `远郊重点区域 ${bonus.remoteSuburbYears} 年` : '',
          bonus.freshGraduate ? '全日制应届毕业生' : '',
          ...bonus.awards.map((a) => zh('award', a)),
          bonus.spouseHukouMarriageDate
            ? `夫妻一方是本市户籍 结婚日期 ${chineseDate(bonus.spouseHukouMarriageDate)}`
            : '',
        ].filter(Boolean)
      : [];
    const none = [{ text: '    无' }];
    const lines: PdfLine[] = [
      { text: '上海市居住证积分申请表', size: 18, align: 'center', gapAfter: 1 },
      {
        text: `收件凭证号：${application.receiptNo ?? '（待受理）'}    申请类别：${zh('kind', application.kind)}    受理机构：${districtName(application.district)}${RECEIVING_CENTRE}`,
      },
      {
        text: `姓名：${p.name}    性别：${zh('sex', p.sex)}    出生日期：${chineseDate(p.birthDate)}`,
      },
      { text: `身份证号码：${p.residentId}    民族：${p.ethnicity ?? ''}    户籍地：${p.hukouPlace ?? ''}` },
      { text: `手机：${p.mobile ?? ''}    婚姻状况：${zh('marital', p.maritalStatus)}` },
      {
        text: `居住证号码：${form.residencePermit?.number ?? ''}    有效期：${chineseDate(form.residencePermit?.validFrom)} 至 ${chineseDate(form.residencePermit?.validTo)}`,
      },
      { text: `居住地址：${form.residencePermit?.address ?? ''}` },
      {
        text: `工作岗位：${form.employment?.position ?? ''}    劳动合同期限：${chineseDate(form.employment?.contractStart)} 至 ${form.employment?.contractEnd ? chineseDate(form.employment.contractEnd) : '无固定期限'}`,
      },
      { text: '教育背景（学历学位）：' },
      ...(form.educationHistory.length
        ? form.educationHistory.map((e) => ({
            text: `    ${zh('diploma', e.level)}  ${e.school}  ${e.major ?? ''}  毕业日期 ${chineseDate(e.graduationDate)}  ${e.fullTime ? '全日制' : '非全日制'}${e.overseas ? '  国(境)外' : ''}`,
          }))
        : none),
      { text: '专业技术职称和技能等级：' },
      ...(form.qualifications.length
        ? form.qualifications.map((q) => ({
            text: `    ${zh('qualification', q.level)}  ${q.name}  证书编号 ${q.certificateNo}  发证日期 ${chineseDate(q.issuedOn)}  ${q.matchesPosition ? '与岗位相符' : '与岗位不符'}`,
          }))
        : none),
      { text: '本市职工社会保险缴费（申报）：' },
      ...(form.socialInsurance.length
        ? form.socialInsurance.map((s) => ({
            text: `    ${chineseDate(s.from)} 至 ${chineseDate(s.to)}  缴费基数 ${s.base} 元${s.backPaid ? '  补缴' : ''}`,
          }))
        : none),
      { text: '加分指标（申报）：' },
      ...(bonusLines.length ? bonusLines.map((text) => ({ text: `    ${text}` })) : none),
      { text: '同住人：' },
      ...(form.coResidents.length
        ? form.coResidents.map((c) => ({
            text: `    ${zh('relation', c.relation)}  ${c.name}  出生日期 ${chineseDate(c.birthDate)}`,
          }))
        : none),
      {
        text: `人事档案存放：${zh('archiveHolder', form.archiveLocation?.kind)}  ${form.archiveLocation?.holder ?? ''}`,
      },
      {
        text: `本人承诺：无违反计划生育政策 ${yes(form.declarations?.noFamilyPlanningViolation)}；无刑事犯罪记录 ${yes(form.declarations?.noCriminalRecord)}`,
        gapAfter: 1.5,
      },
      { text: '申请人签字：__________        单位盖章：__________', gapAfter: 0.4 },
      { text: `打印日期：${chineseDate(this.clock.today())}`, size: 10, align: 'right', gapAfter: 0 },
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
      notice_no: string | null;
    }> = /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/.test(normalised)
      ? await this.dataSource.query(
          `SELECT applicant_name, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, district, points_voided_on, notice_no
               FROM application.application WHERE notice_code = $1 AND state = 'APPROVED'`,
          [normalised],
        )
      : [];
    const row = rows[0];
    if (!row || row.points_voided_on || row.valid_until < this.clock.today()) {
      return {
        valid: false,
        holderName: null,
        validUntil: null,
        district: null,
        districtName: null,
        documentNo: null,
      };
    }
    return {
      valid: true,
      holderName: maskName(row.applicant_name),
      validUntil: row.valid_until,
      district: row.district,
      districtName: districtName(row.district),
      documentNo: row.notice_no,
    };
  }
}
