/** Shanghai's 16 districts, each with one talent service centre (人才服务中心). */
export const DISTRICTS = {
  HUANGPU: '黄浦区',
  XUHUI: '徐汇区',
  CHANGNING: '长宁区',
  JINGAN: '静安区',
  PUTUO: '普陀区',
  HONGKOU: '虹口区',
  YANGPU: '杨浦区',
  MINHANG: '闵行区',
  BAOSHAN: '宝山区',
  JIADING: '嘉定区',
  PUDONG: '浦东新区',
  JINSHAN: '金山区',
  SONGJIANG: '松江区',
  QINGPU: '青浦区',
  FENGXIAN: '奉贤区',
  CHONGMING: '崇明区',
} as const;

export type District = keyof typeof DISTRICTS;
export const DISTRICT_CODES = Object.keys(DISTRICTS) as District[];

export function isDistrict(value: unknown): value is District {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DISTRICTS, value);
}
