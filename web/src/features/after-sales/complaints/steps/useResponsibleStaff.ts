import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../../../lib/auth';
import { ResponsibleStaffQuery, SupplierOptionsQuery } from '../operations';

export interface StaffOption { id: string; name: string; email?: string }

/** Staff who may be named responsible: the desk's specialists for everyone, every active account for staff readers. */
export function useResponsibleStaff(): StaffOption[] {
  const { can } = useViewer();
  const { data } = useQuery(ResponsibleStaffQuery, { variables: { withUsers: can('user:read') } });
  return useMemo(() => {
    const byId = new Map<string, StaffOption>();
    for (const u of data?.users?.nodes ?? []) byId.set(u.id, { id: u.id, name: u.name, email: u.email });
    for (const s of data?.specialists ?? []) if (!byId.has(s.user.id)) byId.set(s.user.id, { id: s.user.id, name: s.user.name, email: s.user.email });
    return [...byId.values()];
  }, [data]);
}

/** Suppliers (their partner ids) for tracing a quality complaint; empty without supplier:read. */
export function useSupplierOptions(): { options: { id: string; label: string }[]; allowed: boolean } {
  const { can } = useViewer();
  const allowed = can('supplier:read');
  const { data } = useQuery(SupplierOptionsQuery, { variables: { search: null }, skip: !allowed });
  return { allowed, options: (data?.suppliers.nodes ?? []).map((s) => ({ id: s.partner.id, label: `${s.code} ${s.name}` })) };
}
