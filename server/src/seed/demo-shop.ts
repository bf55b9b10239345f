import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { hashPassword } from '../core/auth/secrets.js';
import { Department } from '../modules/identity/entities/department.entity.js';
import { Role } from '../modules/identity/entities/role.entity.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { Partner, PartnerType } from '../modules/partners/entities/partner.entity.js';
import { createLogger } from '../core/logger.js';

export const DEMO_PASSWORD = 'shopops-demo';

/** The demo staff: e-mail prefix, name, department, role. A `.lead` is the department's supervisor. */
export const DEMO_STAFF = [
  ['admin', '系统管理员 Admin', 'tech', 'admin'],
  ['director', '王总监', 'operations', 'director'],
  ['manager', '李店长', 'operations', 'shop-manager'],
  ['cs.lead', '张客服主管', 'customer-service', 'cs-supervisor'],
  ['cs1', '陈小雨', 'customer-service', 'cs-specialist'],
  ['cs2', '刘晓晴', 'customer-service', 'cs-specialist'],
  ['aftersales.lead', '赵售后主管', 'after-sales', 'aftersales-supervisor'],
  ['aftersales1', '孙丽', 'after-sales', 'aftersales-specialist'],
  ['warehouse.lead', '周库房主管', 'procurement-warehouse', 'warehouse-supervisor'],
  ['warehouse1', '吴强', 'procurement-warehouse', 'warehouse-specialist'],
  ['purchasing', '郑采购', 'procurement-warehouse', 'purchasing-specialist'],
  ['marketing', '冯推广', 'marketing', 'marketing-specialist'],
  ['editor', '何编辑', 'editorial', 'editor'],
  ['designer', '林美工', 'design', 'designer'],
  ['analyst', '高分析', 'data-analysis', 'analyst'],
] as const;

export const DEMO_PARTNERS = [
  { type: PartnerType.SUPPLIER, code: 'SUP-ANXI', name: '安溪铁观音茶业有限公司', contactName: '黄经理', contactPhone: '13905951234' },
  { type: PartnerType.SUPPLIER, code: 'SUP-YIXING', name: '宜兴紫砂工艺厂', contactName: '蒋师傅', contactPhone: '13861512345' },
  { type: PartnerType.AGENT, code: 'AGT-HZ01', name: '杭州茶韵代理店', contactName: '钱店主', contactPhone: '13757123456' },
];

/** Seeds the demo shop on a fresh database only (no staff yet). Never runs in production. */
export async function seedDemoShop(em: EntityManager, config: Config): Promise<boolean> {
  if (config.env === 'production') return false;
  if ((await em.count(User, {})) > 0) return false;
  const departments = new Map((await em.find(Department, {})).map((d) => [d.code, d]));
  const roles = new Map((await em.find(Role, {})).map((r) => [r.code, r]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [prefix, name, department, role] of DEMO_STAFF) {
    const user = em.create(User, { email: `${prefix}@demo.shop`, name, passwordHash, department: departments.get(department), locale: 'zh-CN' });
    user.roles.add(roles.get(role)!);
    em.persist(user);
  }
  for (const partner of DEMO_PARTNERS) em.persist(em.create(Partner, { ...partner, active: true }));
  await em.flush();
  createLogger(config.logLevel).info({ accounts: DEMO_STAFF.length }, `demo shop seeded; every account's password is ${DEMO_PASSWORD}`);
  return true;
}
