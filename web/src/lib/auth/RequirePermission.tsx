import type { ReactNode } from 'react';
import { useViewer } from './useViewer';
import { NoAccess } from './NoAccess';

/** Renders children only when the viewer holds every named permission; otherwise the no-access message. */
export function RequirePermission({ perm, children }: { perm: string | readonly string[]; children: ReactNode }) {
  const { can, loading } = useViewer();
  if (loading) return null;
  return can(perm) ? <>{children}</> : <NoAccess perm={perm} />;
}

/** Renders children only when the viewer holds the permission; nothing otherwise (for buttons). */
export function IfPermitted({ perm, children }: { perm: string | readonly string[]; children: ReactNode }) {
  const { can } = useViewer();
  return can(perm) ? <>{children}</> : null;
}
