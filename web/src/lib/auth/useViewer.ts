import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { MeQuery } from './operations';
import { canAccess } from './canAccess';

/** Who is signed in, from the `me` query. `viewer` is null when nobody is. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.me ?? null;
  const permissions = viewer?.permissions ?? [];
  const can = useCallback(
    (required?: string | readonly string[]) => canAccess(permissions, required),
    [permissions],
  );
  return { viewer, user: viewer?.user ?? null, permissions, can, loading: loading && !data, error, refetch };
}
