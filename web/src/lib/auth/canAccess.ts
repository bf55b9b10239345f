/**
 * True when the granted permissions include every required one. No requirement means any signed-in
 * caller. The server enforces the same names; this only decides what the UI offers.
 */
export function canAccess(granted: readonly string[], required?: string | readonly string[]): boolean {
  if (!required) return true;
  const needed = typeof required === 'string' ? [required] : required;
  return needed.every((perm) => granted.includes(perm));
}

/** True when at least one of the permissions is granted. */
export function canAccessAny(granted: readonly string[], anyOf: readonly string[]): boolean {
  return anyOf.some((perm) => granted.includes(perm));
}
