import type { EntityManager } from '@mikro-orm/core';
import { ALL_PERMISSIONS, type Permission } from '../core/auth/permissions.js';
import { Department } from '../modules/identity/entities/department.entity.js';
import { Role } from '../modules/identity/entities/role.entity.js';

/** The departments of domain.md (Organisation). */
export const DEPARTMENTS = [
  { code: 'operations', name: '运营管理部', nameEn: 'Operations management', description: '运营总监与店长：目标、审批与全店报表' },
  { code: 'customer-service', name: '客服部', nameEn: 'Customer service', description: '客户资料、分配、回访、咨询与会员' },
  { code: 'after-sales', name: '售后部', nameEn: 'After-sales', description: '投诉闭环、退换货与评价处理' },
  { code: 'procurement-warehouse', name: '采购与发货中心', nameEn: 'Procurement & shipping centre', description: '采购、供应商、库房、打包与发货' },
  { code: 'marketing', name: '网络部', nameEn: 'Marketing', description: '促销、推广渠道、关键词与定价' },
  { code: 'editorial', name: '编辑部', nameEn: 'Editorial', description: '新品发布、软文与广告文案' },
  { code: 'design', name: '设计部', nameEn: 'Design', description: '店铺装修、详情页、图片拍摄与处理' },
  { code: 'tech', name: '技术部', nameEn: 'Tech', description: '系统、账号与接口' },
  { code: 'data-analysis', name: '数据分析', nameEn: 'Data analysis', description: '经营数据分析与报表' },
] as const;

const READ_ALL = ALL_PERMISSIONS.filter((p) => p.endsWith(':read') && p !== 'customer:pii:read');
const CS_BASE: Permission[] = ['customer:read', 'customer:pii:read', 'customer:write', 'callback:work', 'conversation:write', 'complaint:read', 'complaint:write', 'order:read', 'order:confirm', 'product:read', 'stock:read', 'return:read'];
const AS_BASE: Permission[] = ['complaint:read', 'complaint:write', 'return:read', 'return:write', 'review:read', 'review:write', 'customer:read', 'customer:pii:read', 'order:read', 'product:read', 'stock:read', 'callback:work'];
const WH_BASE: Permission[] = ['stock:read', 'transfer:write', 'stocktake:write', 'order:read', 'order:ship', 'product:read', 'receipt:write', 'purchase:read', 'supplier:read'];
const CONTENT: Permission[] = ['content:read', 'content:write', 'product:read'];

/** The roles of domain.md with their permissions. A `.lead` account holds the department's supervisor role. */
export const ROLES: { code: string; name: string; nameEn: string; isSupervisor: boolean; permissions: readonly Permission[] }[] = [
  { code: 'admin', name: '系统管理员', nameEn: 'Administrator', isSupervisor: true, permissions: ALL_PERMISSIONS },
  { code: 'director', name: '运营总监', nameEn: 'Operations director', isSupervisor: true,
    permissions: [...READ_ALL, 'customer:pii:read', 'price:approve', 'complaint:approve', 'return:approve', 'purchase:approve', 'stocktake:approve', 'order:override', 'customer:assign', 'callback:manage'] },
  { code: 'shop-manager', name: '店长', nameEn: 'Shop manager', isSupervisor: true,
    permissions: [...READ_ALL, 'customer:pii:read', 'price:approve', 'complaint:approve', 'return:approve', 'purchase:approve', 'stocktake:approve', 'order:override', 'order:write', 'order:confirm', 'ledger:write', 'customer:assign', 'callback:manage', 'member:manage', 'promotion:write'] },
  { code: 'cs-supervisor', name: '客服主管', nameEn: 'Customer service supervisor', isSupervisor: true,
    permissions: [...CS_BASE, 'customer:assign', 'callback:manage', 'member:manage', 'user:read', 'report:read', 'order:write'] },
  { code: 'cs-specialist', name: '客服专员', nameEn: 'Customer service specialist', isSupervisor: false, permissions: CS_BASE },
  { code: 'aftersales-supervisor', name: '售后主管', nameEn: 'After-sales supervisor', isSupervisor: true,
    permissions: [...AS_BASE, 'complaint:approve', 'return:approve', 'user:read', 'report:read', 'ledger:read'] },
  { code: 'aftersales-specialist', name: '售后专员', nameEn: 'After-sales specialist', isSupervisor: false, permissions: AS_BASE },
  { code: 'warehouse-supervisor', name: '库房主管', nameEn: 'Warehouse supervisor', isSupervisor: true,
    permissions: [...WH_BASE, 'stock:adjust', 'stock:reserve', 'stocktake:approve', 'warehouse:manage', 'courier:manage', 'order:override', 'user:read', 'report:read'] },
  { code: 'warehouse-specialist', name: '库管专员', nameEn: 'Warehouse specialist', isSupervisor: false, permissions: WH_BASE },
  { code: 'purchasing-specialist', name: '采购专员', nameEn: 'Purchasing specialist', isSupervisor: false,
    permissions: ['purchase:read', 'purchase:write', 'purchase:approve', 'purchase:confirm', 'supplier:read', 'supplier:write', 'contract:manage', 'receipt:write', 'product:read', 'stock:read', 'partner:read', 'partner:manage', 'ledger:read'] },
  { code: 'marketing-specialist', name: '推广专员', nameEn: 'Marketing specialist', isSupervisor: false,
    permissions: ['promotion:read', 'promotion:write', 'product:read', 'product:write', 'price:propose', 'stock:read', 'report:read'] },
  { code: 'editor', name: '编辑', nameEn: 'Editor', isSupervisor: false, permissions: CONTENT },
  { code: 'designer', name: '美工设计', nameEn: 'Designer', isSupervisor: false, permissions: CONTENT },
  { code: 'tech-specialist', name: '技术专员', nameEn: 'Tech specialist', isSupervisor: false, permissions: ['user:read', 'token:manage', 'audit:read', 'partner:read'] },
  { code: 'analyst', name: '数据分析师', nameEn: 'Data analyst', isSupervisor: false, permissions: [...READ_ALL.filter((p) => !/^(user|audit):/.test(p)), 'analytics:read'] },
];

/**
 * Makes sure the departments and roles exist. Runs at every start (production too): it adds
 * what is missing and never takes back what an admin has changed. A built-in role gains a
 * permission its definition gained in a newer release (once: if an admin removes it again, it
 * stays removed), so an upgraded shop's staff can use the new screens.
 */
export async function ensureOrganisation(em: EntityManager): Promise<void> {
  const departments = new Set((await em.find(Department, {})).map((d) => d.code));
  for (const d of DEPARTMENTS) if (!departments.has(d.code)) em.persist(em.create(Department, { ...d }));
  const roles = new Map((await em.find(Role, {})).map((r) => [r.code, r]));
  for (const r of ROLES) {
    const defaults = [...new Set(r.permissions)].sort();
    const role = roles.get(r.code);
    if (!role) em.persist(em.create(Role, { ...r, permissions: defaults, grantedDefaults: defaults, system: true }));
    else if (role.system) grantNewDefaults(role, defaults);
  }
  await em.flush();
}

/**
 * Grants a built-in role the defaults it has not been offered yet. Rows from before offers were
 * recorded count as offered nothing, so they gain every missing default once.
 */
export function grantNewDefaults(role: Role, defaults: readonly string[]): string[] {
  const offered = new Set(role.grantedDefaults ?? []);
  const added = defaults.filter((p) => !offered.has(p) && !role.permissions.includes(p));
  if (added.length) role.permissions = [...role.permissions, ...added].sort();
  if (defaults.some((p) => !offered.has(p))) role.grantedDefaults = [...new Set([...offered, ...defaults])].sort();
  return added;
}
