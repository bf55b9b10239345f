import type { ResultOf } from '@graphql-typed-document-node/core';
import type { StaffOptionsQuery, StaffUsersQuery } from './operations';

export type StaffRow = ResultOf<typeof StaffUsersQuery>['users']['nodes'][number];
export type StaffOptions = ResultOf<typeof StaffOptionsQuery>;

/** Locked by too many failed sign-ins: lockedUntil lies in the future. */
export function isLocked(user: Pick<StaffRow, 'lockedUntil'>): boolean {
  return Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now());
}
