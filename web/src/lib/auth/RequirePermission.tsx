import type { ReactNode } from 'react';
import { useViewer } from './useViewer';
import { canAccessAny } from './canAccess';
import { NoAccess } from './NoAccess';

/**
 * Renders children only when the viewer holds every permission in `perm` (and, if given, at least one of
 * `anyOf`); otherwise the no-access message.
 */
export function RequirePermission({ perm, anyOf, children }: { perm: string | readonly string[]; anyOf?: readonly string[]; children: ReactNode }) {
  const { can, permissions, loading } = useViewer();
  if (loading) return null;
  const allowed = can(perm) && (!anyOf || canAccessAny(permissions, anyOf));
  return allowed ? <>{children}</> : <NoAccess perm={perm} anyOf={anyOf} />;
}

/** Renders children only when the viewer holds the permission; nothing otherwise (for buttons). */
export function IfPermitted({ perm, children }: { perm: string | readonly string[]; children: ReactNode }) {
  const { can } = useViewer();
  return can(perm) ? <>{children}</> : null;
}
