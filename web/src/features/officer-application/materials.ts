// The window's materials list (书面材料), as the guides in /work/shared/reference (002, 001) name
// them: what an officer can say is missing (当场告知补齐) with one click each.
export const WINDOW_MATERIALS: readonly string[] = [
  '单位人事专员介绍信及身份证（原件和复印件）',
  '《上海市居住证》积分申请表（签字盖章）',
  '持证人身份证及《居住证》（原件和复印件）',
  '劳动（聘用）合同（原件和复印件）',
  '最近6个月个人所得税完税证明',
  '毕业证书和学位证书（原件和复印件）',
  '专科、本科学历证书（专升本，原件和复印件）',
  '境外学历学位认证书',
  '专业技术职称或职业资格证书（原件和复印件）',
  '户口簿或户籍证明',
  '结婚证明',
  '同住人材料（子女出生医学证明、在读高中证明）',
  '上一家单位的退工单或离职证明',
  '投资纳税或带动本地就业材料',
];
