import { SupplierGrade, SupplierStatus } from '../modules/suppliers/entities/supplier-profile.entity.js';

/** A demo supplier: partner fields, profile, and the catalogue products (code prefixes) it supplies. */
export interface DemoSupplier {
  code: string; name: string; contact: [name: string, phone: string]; grade: SupplierGrade; status: SupplierStatus; paymentTerms: string;
  categories: string[]; contacts: { name: string; role: string; phone?: string; email?: string }[];
  /** Products supplied as the preferred source. */
  primary: string[];
  /** Products also supplied, as a second source. */
  secondary?: string[];
  /** Typical quality of the evaluations, 0–100 (varied a little per quarter). */
  level: number;
}

const { A, B, C, D } = SupplierGrade;
const { APPROVED, PROSPECTIVE, SUSPENDED } = SupplierStatus;

export const DEMO_SUPPLIERS: DemoSupplier[] = [
  { code: 'SUP-ANXI', name: '安溪铁观音茶业有限公司', contact: ['黄经理', '13905951234'], grade: A, status: APPROVED, paymentTerms: '月结30天', categories: ['乌龙茶', '铁观音', '茶礼盒'],
    contacts: [{ name: '黄经理', role: '销售', phone: '13905951234', email: 'huang@anxi-tea.example' }, { name: '林质检', role: '质量', phone: '13905957788' }],
    primary: ['WL01', 'WL02', 'WL08', 'LH01', 'LH04'], secondary: ['WL06'], level: 88 },
  { code: 'SUP-YIXING', name: '宜兴紫砂工艺厂', contact: ['蒋师傅', '13861512345'], grade: A, status: APPROVED, paymentTerms: '预付30%，到货付清', categories: ['紫砂壶', '茶具套装'],
    contacts: [{ name: '蒋师傅', role: '厂长', phone: '13861512345' }, { name: '蒋小姐', role: '财务', email: 'finance@yixing-zisha.example' }],
    primary: ['ZS01', 'ZS02', 'ZS03', 'ZS04', 'ZS06', 'LH03'], secondary: ['ZS05'], level: 90 },
  { code: 'SUP-XIHU', name: '杭州西湖龙井茶叶专业合作社', contact: ['汪社长', '13706812233'], grade: A, status: APPROVED, paymentTerms: '月结15天', categories: ['绿茶', '龙井'],
    contacts: [{ name: '汪社长', role: '销售', phone: '13706812233' }, { name: '汪会计', role: '财务', phone: '13706815566' }],
    primary: ['GT01', 'GT02', 'GT07', 'HC06'], secondary: ['GT04', 'GT08'], level: 86 },
  { code: 'SUP-HUANGSHAN', name: '黄山徽茶茶业有限公司', contact: ['方经理', '13905592211'], grade: B, status: APPROVED, paymentTerms: '月结30天', categories: ['绿茶', '红茶'],
    contacts: [{ name: '方经理', role: '销售', phone: '13905592211', email: 'fang@huicha.example' }],
    primary: ['GT03', 'GT04', 'GT05', 'GT06', 'HC03', 'GT08'], secondary: ['GT02'], level: 80 },
  { code: 'SUP-WUYI', name: '武夷山岩上茶厂', contact: ['游厂长', '13859912345'], grade: A, status: APPROVED, paymentTerms: '月结30天', categories: ['岩茶', '红茶', '乌龙茶'],
    contacts: [{ name: '游厂长', role: '厂长', phone: '13859912345' }, { name: '游小妹', role: '客服', phone: '13859916789', email: 'service@yanshang.example' }],
    primary: ['WL03', 'WL04', 'WL05', 'HC01', 'HC02', 'HC07', 'LH02'], secondary: ['WL07'], level: 84 },
  { code: 'SUP-MENGHAI', name: '勐海古树普洱茶厂', contact: ['岩温', '13988112233'], grade: B, status: APPROVED, paymentTerms: '预付50%', categories: ['普洱', '滇红'],
    contacts: [{ name: '岩温', role: '销售', phone: '13988112233' }],
    primary: ['PE01', 'PE02', 'PE03', 'PE04', 'PE06', 'HC04'], level: 78 },
  { code: 'SUP-FUDING', name: '福鼎白茶产业有限公司', contact: ['陈经理', '13905933344'], grade: B, status: APPROVED, paymentTerms: '月结30天', categories: ['白茶'],
    contacts: [{ name: '陈经理', role: '销售', phone: '13905933344', email: 'chen@fuding-white.example' }],
    primary: ['BC01', 'BC02', 'BC03', 'BC04', 'BC05'], secondary: ['LH02'], level: 82 },
  { code: 'SUP-CHAOZHOU', name: '潮州凤凰茶具商行', contact: ['李老板', '13802512345'], grade: C, status: APPROVED, paymentTerms: '货到付款', categories: ['单丛', '手拉壶', '茶盘'],
    contacts: [{ name: '李老板', role: '老板', phone: '13802512345' }],
    primary: ['WL06', 'ZS05', 'CP04', 'PE05', 'WL07', 'HC05'], secondary: ['CP01'], level: 70 },
  { code: 'SUP-DEHUA', name: '德化白瓷陶瓷厂', contact: ['郑厂长', '13905951100'], grade: B, status: APPROVED, paymentTerms: '月结45天', categories: ['盖碗', '茶杯', '茶盘'],
    contacts: [{ name: '郑厂长', role: '厂长', phone: '13905951100' }, { name: '郑质检', role: '质量' }],
    primary: ['GW01', 'CB05', 'CP03', 'CB02', 'CB01'], secondary: ['GW02', 'GW03', 'CB04'], level: 81 },
  { code: 'SUP-JDZ', name: '景德镇青花瓷业', contact: ['余师傅', '13907981234'], grade: C, status: SUSPENDED, paymentTerms: '月结30天', categories: ['青花瓷', '汝窑', '茶杯'],
    contacts: [{ name: '余师傅', role: '销售', phone: '13907981234' }],
    primary: ['GW02', 'GW03', 'CB04'], secondary: ['CB01'], level: 62 },
  { code: 'SUP-GLASS', name: '河北耐热玻璃器皿厂', contact: ['孙经理', '13931112233'], grade: B, status: APPROVED, paymentTerms: '月结30天', categories: ['玻璃茶具', '茶盘'],
    contacts: [{ name: '孙经理', role: '销售', phone: '13931112233', email: 'sun@glassware.example' }],
    primary: ['GW04', 'CB03', 'CP01', 'CP02'], level: 76 },
  { code: 'SUP-PACK', name: '杭州印象包装印刷有限公司', contact: ['吴经理', '13588123456'], grade: D, status: PROSPECTIVE, paymentTerms: '月结30天', categories: ['包装', '礼盒', '赠品'],
    contacts: [{ name: '吴经理', role: '销售', phone: '13588123456', email: 'wu@yinxiang-pack.example' }, { name: '设计部', role: '打样' }],
    primary: ['ZP01', 'ZP02', 'ZP03', 'ZP04'], secondary: ['LH01', 'LH03'], level: 66 },
];
