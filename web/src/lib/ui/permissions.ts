import { permissionDescriptionsZh } from '../i18n/permission-descriptions.zh-CN';

/** The domain a permission belongs to: `customer` for `customer:pii:read`. */
export function permissionGroup(name: string): string {
  return name.split(':')[0];
}

/** Permissions grouped by domain, keeping the order they come in. */
export function groupPermissions<T>(items: readonly T[], nameOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = permissionGroup(nameOf(item));
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return [...groups.entries()];
}

/** The description to show: Chinese from the web's table, otherwise the server's English text. */
export function permissionDescription(name: string, serverDescription: string | undefined, lang: string): string {
  if (lang !== 'en' && permissionDescriptionsZh[name]) return permissionDescriptionsZh[name];
  return serverDescription ?? name;
}
