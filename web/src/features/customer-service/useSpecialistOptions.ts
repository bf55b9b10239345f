import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../lib/auth';
import { CsStaffQuery, SpecialistsQuery } from './operations';

export interface SpecialistOption { id: string; name: string; email?: string }

/**
 * Who can take customers or callback tasks: specialists with an ability profile, plus (for viewers who may
 * read staff) the members of the customer-service department; the server checks eligibility again.
 */
export function useSpecialistOptions(): SpecialistOption[] {
  const { can } = useViewer();
  const profiles = useQuery(SpecialistsQuery).data?.specialists ?? [];
  const staff = useQuery(CsStaffQuery, { skip: !can('user:read') }).data;
  return useMemo(() => {
    const byId = new Map<string, SpecialistOption>();
    for (const p of profiles) byId.set(p.user.id, { id: p.user.id, name: p.user.name, email: p.user.email });
    for (const u of staff?.users.nodes ?? []) {
      if (u.department?.code === 'customer-service' && !byId.has(u.id)) byId.set(u.id, { id: u.id, name: u.name, email: u.email });
    }
    return [...byId.values()];
  }, [profiles, staff]);
}
