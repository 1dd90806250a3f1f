import type { Terms } from './enum-terms';

// What a refusal reads as in the console. The server's sentence is English and names the detail
// (a version, a date, an id); the people who read the console are Chinese officers, HR staff and
// residents, so the console leads with one of these sentences, picked by the error's
// `extensions.reason` (the module's code), else its `extensions.code`, and keeps the server's
// sentence as a secondary detail. web/src/api/error-terms.spec.ts fails when a code that any
// subgraph or the gateway can send has no sentence here.

/** `extensions.code`: the GraphQL codes of libs/errors and the ones the gateway sends itself. */
export const ERROR_CODE = {
  UNAUTHENTICATED: ['登录已失效，请重新登录。', 'Your session has ended; please log in again.'],
  FORBIDDEN: ['无权进行此操作。', 'You may not do this.'],
  BAD_USER_INPUT: [
    '填写的内容不符合要求，请检查后重试。',
    'Something entered breaks a rule; check and try again.',
  ],
  NOT_FOUND: ['未找到相应记录。', 'Not found.'],
  CONFLICT: [
    '数据已被他人修改或状态已变化，请刷新后重试。',
    'This was changed meanwhile; reload and try again.',
  ],
  TOO_MANY_REQUESTS: ['操作过于频繁，请稍后再试。', 'Too many requests; try again shortly.'],
  RATE_LIMITED: ['操作过于频繁，请稍后再试。', 'Too many requests; try again shortly.'],
  SERVICE_UNAVAILABLE: ['服务暂时不可用，请稍后再试。', 'A service is not answering; try again shortly.'],
  INTERNAL_SERVER_ERROR: ['系统繁忙，请稍后再试。', 'Something went wrong; try again later.'],
  BAD_REQUEST: ['请求无效，请刷新页面后重试。', 'The request is not valid; reload the page and try again.'],
  OPERATION_RESOLUTION_FAILURE: [
    '请求无效，请刷新页面后重试。',
    'The request is not valid; reload the page and try again.',
  ],
  GRAPHQL_PARSE_FAILED: [
    '请求无效，请刷新页面后重试。',
    'The request is not valid; reload the page and try again.',
  ],
  GRAPHQL_VALIDATION_FAILED: [
    '请求无效，请刷新页面后重试。',
    'The request is not valid; reload the page and try again.',
  ],
} as const satisfies Terms;

/**
 * `extensions.reason`: every module exception code of the services and libs (ApplicationException,
 * EmployerException, ...). A code two modules share (STALE_VERSION, CASE_NOT_FOUND) has one
 * sentence that fits both.
 */
export const ERROR_REASON = {
  // Sign-in and access (libs/auth, employer-registration's login).
  MISSING_TOKEN: ['请先登录。', 'Please log in first.'],
  INVALID_TOKEN: ['登录已失效，请重新登录。', 'Your session has ended; please log in again.'],
  ROLE_NOT_ALLOWED: ['您的身份无权进行此操作。', 'Your role may not do this.'],
  NO_RULE: ['无权进行此操作。', 'You may not do this.'],
  OUT_OF_SCOPE: ['超出您的办理范围（区或单位）。', 'Outside your district or employer.'],
  NOT_FROM_GATEWAY: ['请求未经统一入口，已拒绝。', 'Requests must come through the gateway.'],
  INVALID_CREDENTIALS: ['用户名或密码不正确。', 'Wrong username or password.'],
  LOCKED: [
    '连续登录失败次数过多，账户已暂时锁定，请15分钟后再试。',
    'Too many failed logins: locked for 15 minutes.',
  ],
  WRONG_PASSWORD: ['当前密码不正确。', 'The current password is wrong.'],

  // Input in general.
  INVALID_INPUT: [
    '填写的内容不符合要求，请检查后重试。',
    'Something entered breaks a rule; check and try again.',
  ],
  INVALID_ARGUMENT: ['查询条件不正确，请检查后重试。', 'A search condition is not valid.'],
  INVALID_ID: ['编号格式不正确。', 'The id is not valid.'],
  INVALID_CURSOR: [
    '翻页位置已失效，请从第一页重新查看。',
    'The page position is stale; start from the first page.',
  ],
  INVALID_PAGE: ['每页条数或翻页位置不正确。', 'The page size or position is not valid.'],
  INVALID_PAGE_SIZE: ['每页条数不正确。', 'The page size is not valid.'],
  STALE_VERSION: [
    '数据已被他人修改或状态已变化，请刷新后重试。',
    'This was changed meanwhile; reload and try again.',
  ],
  STALE_REVISION: [
    '数据已被他人修改或状态已变化，请刷新后重试。',
    'This was changed meanwhile; reload and try again.',
  ],

  // Applications (application service).
  APPLICATION_NOT_FOUND: ['未找到该申请，或您无权查看。', 'No such application that you may see.'],
  TRANSITION_NOT_ALLOWED: [
    '申请当前所处状态不能进行此操作。',
    'The application’s state does not allow this.',
  ],
  INVALID_FORM: ['申请表填写有误，请按提示更正。', 'The form has mistakes; correct the marked fields.'],
  NOT_EDITABLE: ['申请已提交，当前不能修改。', 'The application can no longer be edited.'],
  EMPLOYER_MAY_NOT_FILE: [
    '用人单位未通过注册审核或处于暂停代办期，不能办理申请。',
    'The employer is not approved or is suspended and may not file.',
  ],
  APPLICANT_NOT_EMPLOYED_HERE: [
    '该申请人不在本单位就业。',
    'The applicant is not employed by this employer.',
  ],
  APPLICANT_BANNED: [
    '申请人因提供虚假材料，在限制期内不得申请。',
    'The applicant may not apply yet (forged materials).',
  ],
  OPEN_APPLICATION_EXISTS: ['已有一份办理中的申请，不能重复申请。', 'An application is open already.'],
  NO_VALID_POINTS: ['申请人没有有效积分，请办理首次申请。', 'No valid points: file a first application.'],
  RENEWAL_OUTSIDE_WINDOW: ['不在续办期限内，请按首次申请办理。', 'Outside the renewal window: apply anew.'],
  NOT_PRINTABLE_YET: ['尚不能打印：申请还未到出具该文书的环节。', 'Not printable yet at this step.'],
  ALREADY_ASSIGNED: [
    '该申请已由其他经办人认领。数据已被他人修改或状态已变化，请刷新后重试。',
    'Another officer has it already; reload and try again.',
  ],
  APPEAL_ALREADY_OPEN: ['该指标已有一份复核申请在办理中。', 'An appeal on this indicator is open already.'],
  INVALID_SCHEDULE: ['节假日安排填写有误，请按提示更正。', 'The holiday schedule has mistakes.'],

  // Scoring.
  INVALID_PROFILE: ['积分信息填写有误，请按提示更正。', 'The scoring details have mistakes.'],
  NO_RULE_SET_IN_FORCE: ['该日期没有生效的积分标准。', 'No rule set is in force on that date.'],
  ASSESSMENT_NOT_FOUND: ['未找到该积分核定结果，或您无权查看。', 'No such assessment that you may see.'],
  NOT_REPRODUCIBLE: ['无法按原参数重新计算该积分结果。', 'The decision cannot be recomputed.'],
  RULE_SET_NOT_FOUND: ['未找到该积分标准版本。', 'No such rule-set version.'],
  INVALID_RULE_SET: ['积分标准参数填写有误，请按提示更正。', 'The rule-set parameters have mistakes.'],
  VERSION_EXISTS: ['该版本号已存在。', 'That version exists already.'],
  NOT_AFTER_LATEST_VERSION: [
    '生效日期须晚于最新版本的生效日期。',
    'It must take effect after the latest version.',
  ],

  // Verification (archive-verification).
  CASE_NOT_FOUND: ['未找到该案件，或您无权查看。', 'No such case that you may see.'],
  TASK_NOT_FOUND: ['未找到该核查任务，或您无权查看。', 'No such verification task that you may see.'],
  NOT_OPEN_FOR_THIS_ACTION: ['该核查任务当前状态不能进行此操作。', 'The task’s status does not allow this.'],
  JOB_NOT_FOUND: ['未找到该后台作业。', 'No such job.'],
  SEEDING_DISABLED: ['当前环境不能写入模拟登记数据。', 'The registry simulator cannot be seeded here.'],
  INVALID_RECORD: ['模拟登记数据有误。', 'A simulator record is not valid.'],
  UNKNOWN_DISTRICT: ['区代码不正确。', 'Unknown district.'],

  // Employers, accounts, forgery cases (employer-registration).
  EMPLOYER_NOT_FOUND: ['未找到该用人单位，或您无权查看。', 'No such employer that you may see.'],
  DUPLICATE_CREDIT_CODE: ['该统一社会信用代码已注册。', 'This credit code is registered already.'],
  ESTABLISHMENT_NOT_ACCEPTED: ['该类机构不能注册。', 'This kind of organisation cannot register.'],
  NOT_PENDING_REVIEW: ['该注册申请已审核，请刷新后查看。', 'This registration was reviewed already; reload.'],
  EMPLOYER_NOT_APPROVED: ['用人单位尚未通过注册审核。', 'The employer is not approved yet.'],
  EMPLOYER_SUSPENDED: ['用人单位处于暂停代办期。', 'The employer is suspended.'],
  FORGERY_CASE_NOT_FOUND: ['未找到该伪造材料案件。', 'No such forgery case.'],
  WRONG_STATUS: ['该案件当前状态不能进行此操作。', 'The case’s status does not allow this.'],
  SAME_PERSON: ['复核须由另一名工作人员作出。', 'The review must be decided by another person.'],
  ACCOUNT_NOT_FOUND: ['未找到该账户。', 'No such account.'],
  DUPLICATE_PERSON: ['此人已有账户（每人一个账户）。', 'This person has an account already.'],
  DUPLICATE_USERNAME: ['该用户名已被使用。', 'This username is taken.'],
  NO_RELEASED_ACCOUNT: [
    '没有可接收的账户：此人尚未开户，或仍与原单位关联。',
    'No account this employer may take over.',
  ],
  ALREADY_LINKED: ['该账户已与本单位关联。', 'The account is linked already.'],
  NOT_ENTITLED: ['无权查看完整的个人信息。', 'You may not see the full personal data.'],

  // SMS (notification).
  TEMPLATE_NOT_FOUND: ['未找到该短信模板。', 'No such SMS template.'],
  TEMPLATE_VARIABLE_MISSING: ['短信模板缺少内容，未能发送。', 'The SMS template lacks a value.'],
  MESSAGE_NOT_FOUND: ['未找到该短信。', 'No such SMS.'],
  ALREADY_DELIVERED: ['该短信已送达，无需重发。', 'The SMS was delivered already.'],
  STILL_IN_FLIGHT: ['该短信仍在发送中，请稍后再试。', 'The SMS is still being sent.'],
  ALREADY_RESENT: ['该短信已重发过。', 'The SMS was resent already.'],
  NO_CONTACT: ['没有可用的手机号码。', 'There is no mobile number to send to.'],
} as const satisfies Terms;

/**
 * `extensions.rule` of a field problem: the rules people meet on the forms. A rule without a
 * sentence here shows the reason's sentence, and the server's own words as the detail.
 */
export const ERROR_RULE = {
  required: ['此项为必填项', 'This field is required'],
  REQUIRED: ['此项为必填项', 'This field is required'],
  REQUIRED_DATE: ['请填写日期', 'Enter a date'],
  'real-date': ['请填写真实存在的日期（YYYY-MM-DD）', 'Enter a real date (YYYY-MM-DD)'],
  DATE_INVALID: ['请填写真实存在的日期（YYYY-MM-DD）', 'Enter a real date (YYYY-MM-DD)'],
  date: ['请填写真实存在的日期（YYYY-MM-DD）', 'Enter a real date (YYYY-MM-DD)'],
  'real-month': ['请填写真实存在的月份（YYYY-MM）', 'Enter a real month (YYYY-MM)'],
  'not-in-future': ['日期不能晚于今天', 'The date may not be in the future'],
  NOT_IN_FUTURE: ['日期不能晚于今天', 'The date may not be in the future'],
  IN_FUTURE: ['日期不能晚于今天', 'The date may not be in the future'],
  'real-date-not-future': ['请填写不晚于今天的真实日期', 'Enter a real date, not in the future'],
  BIRTH_DATE_IN_FUTURE: ['出生日期不能晚于今天', 'The birth date may not be in the future'],
  'to-not-before-from': ['结束日期不能早于开始日期', 'The end may not be before the start'],
  'not-after-to': ['开始日期不能晚于结束日期', 'The start may not be after the end'],
  'no-overlap': ['时间段不能重叠', 'The periods may not overlap'],
  LENGTH: ['长度不正确', 'Wrong length'],
  TOO_LONG: ['内容过长', 'Too long'],
  MAX_LENGTH: ['内容过长', 'Too long'],
  TOO_SHORT: ['内容过短', 'Too short'],
  FORMAT: ['格式不正确', 'Wrong format'],
  CHECK_CHARACTER: ['校验码不正确，请核对号码', 'The check character is wrong: check the number'],
  FORBIDDEN_CHARACTER: ['含有不允许的字符', 'Contains a character that is not allowed'],
  NO_NUL_CHARACTER: ['含有不允许的字符', 'Contains a character that is not allowed'],
  WELL_FORMED_UNICODE: ['含有不允许的字符', 'Contains a character that is not allowed'],
  mobile: ['请填写11位手机号码', 'Enter an 11-digit mobile number'],
  'non-negative': ['不能为负数', 'May not be negative'],
  positive: ['须大于零', 'Must be more than zero'],
  'whole-number': ['须为整数', 'Must be a whole number'],
  range: ['超出允许的范围', 'Out of the allowed range'],
  RANGE: ['超出允许的范围', 'Out of the allowed range'],
  UNIQUE: ['已被使用，不能重复', 'Taken already'],
  unique: ['已被使用，不能重复', 'Taken already'],
  UUID: ['编号格式不正确', 'Not a valid id'],
  uuid: ['编号格式不正确', 'Not a valid id'],
  DISTRICT: ['区代码不正确', 'Unknown district'],
  'district-code': ['区代码不正确', 'Unknown district'],
  STALE_VERSION: [
    '数据已被他人修改或状态已变化，请刷新后重试。',
    'This was changed meanwhile; reload and try again.',
  ],
  'current-revision': [
    '数据已被他人修改或状态已变化，请刷新后重试。',
    'This was changed meanwhile; reload and try again.',
  ],
  NEEDS_LETTER_AND_DIGIT: ['密码须同时包含字母和数字', 'The password needs a letter and a digit'],
  WRONG_PASSWORD: ['当前密码不正确', 'The current password is wrong'],
  LICENCE_REQUIRED: ['人力资源服务机构须填写许可证信息', 'An HR service agency must give its licence'],
  TOO_SOON_AFTER_PERMIT: ['居住证办理满3个工作日后方可开户', 'Only 3 working days after the permit'],
  'renewal-window-closed': ['续办期限已过，请按首次申请办理', 'The renewal window has closed: apply anew'],
  'renewal-not-open-yet': ['尚未到续办期限', 'The renewal window is not open yet'],
  'needs-valid-points': ['申请人没有有效积分', 'No valid points'],
  'no-rule-set-in-force': ['该日期没有生效的积分标准', 'No rule set is in force on that date'],
  'one-open-appeal-per-indicator': ['该指标已有一份复核申请在办理中', 'An appeal on this indicator is open'],
  ALREADY_RETURNED: ['原件已登记退还', 'The originals were returned already'],
  // The scoring profile (libs/scoring-engine's checks).
  'not-after-assessment-date': ['不能晚于评定日期', 'May not be after the assessment date'],
  'not-before-start': ['不能早于开始日期', 'May not be before the start'],
  'not-more-than-a-year-ahead': ['不能晚于一年以后', 'At most a year ahead'],
  'within-working-life': ['须在工作年龄期间内', 'Must be within working life'],
  'at-most-a-life': ['超出合理的期间', 'Longer than a life'],
  'finite-number': ['请填写数字', 'Enter a number'],
  'known-value': ['请从列表中选择', 'Pick a value from the list'],
  'too-many-items': ['条目过多', 'Too many entries'],
  // The holiday schedule (application's calendar years).
  'in-year': ['日期不在该年度内', 'The date is not in that year'],
  'max-count': ['条目过多', 'Too many entries'],
  'max-length': ['内容过长', 'Too long'],
} as const satisfies Terms;
