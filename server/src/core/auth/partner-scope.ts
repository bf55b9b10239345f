import type { Viewer } from './viewer.js';

/**
 * The partner whose rows a caller is limited to, or null for staff and analysts.
 * Services add it to every query over partner-owned rows; callers cannot widen it.
 */
export function partnerScope(viewer: Viewer | null): number | null {
  if (!viewer || viewer.kind !== 'partner') return null;
  // A partner token always carries its partner; a missing one must see nothing, not everything.
  return viewer.partnerId ?? -1;
}
