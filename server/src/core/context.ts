import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Logger } from './logger.js';
import type { Viewer } from './auth/viewer.js';

/** Per-request state handed to every resolver and service. */
export interface Ctx {
  /** A fork of the ORM's EntityManager, private to this request. */
  em: EntityManager;
  config: Config;
  log: Logger;
  requestId: string;
  /** The raw credential presented (bearer token or session cookie), resolved into `viewer` after limits pass. */
  credential?: { token: string; source: 'bearer' | 'cookie' };
  /** Null until authenticated, and for anonymous callers. */
  viewer: Viewer | null;
  /** Per-request DataLoaders, created on first use (see core/graphql/loaders.ts). */
  loaders: Map<string, unknown>;
  req?: Request;
  res?: Response;
}

/** The viewer of a resolver that declared a permission; the guard has already ensured it is set. */
export function viewerOf(ctx: Ctx): Viewer {
  if (!ctx.viewer) throw new Error('viewerOf called on an unauthenticated context');
  return ctx.viewer;
}
