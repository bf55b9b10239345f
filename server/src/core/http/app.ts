import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import type { Ctx } from '../context.js';
import { createLogger, type Logger } from '../logger.js';
import { getSchema } from '../graphql/schema.js';
import { requestPlugin } from '../graphql/request-plugin.js';
import { readCredential } from './credentials.js';
import { checkHealth } from '../../modules/system/health.resolver.js';
import { mountProductImages } from '../../modules/catalog/http/product-images.route.js';

export interface ShopOpsServer {
  app: Express;
  apollo: ApolloServer<Ctx>;
  log: Logger;
  stop(): Promise<void>;
}

function createApollo(config: Config, schema: Awaited<ReturnType<typeof getSchema>>) {
  const production = config.env === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.depth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: config.limits.aliases, exposeLimits: true },
    maxTokens: { n: config.limits.tokens, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    costLimit: { enabled: false }, // our own cost rule counts pages by `first` (core/graphql/cost.ts)
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<Ctx>({
    schema,
    csrfPrevention: true,
    introspection: true, // gated to signed-in callers by requestPlugin
    includeStacktraceInErrorResponses: !production,
    plugins: [...protection.plugins, requestPlugin()],
    validationRules: protection.validationRules,
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      if (production && (!code || code === 'INTERNAL_SERVER_ERROR')) {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      if (!code && unwrapResolverError(error) instanceof Error) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
      return formatted;
    },
  });
}

/** Express with Apollo at /graphql, /healthz and the built web app (history-API fallback). */
export async function createHttpApp(config: Config, orm: MikroORM): Promise<ShopOpsServer> {
  const log = createLogger(config.logLevel);
  const apollo = createApollo(config, await getSchema());
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const requestId = (req.get('x-request-id') ?? '').slice(0, 64) || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      log.info({ requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    next();
  });

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth({ em: orm.em.fork(), config });
    res.status(health.ok ? 200 : 503).json(health);
  });

  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Ctx> => {
        const requestId = res.locals.requestId as string;
        return {
          em: orm.em.fork(),
          config,
          log: log.child({ requestId }),
          requestId,
          credential: readCredential(req, config.session.cookieName),
          viewer: null,
          loaders: new Map(),
          req,
          res,
        };
      },
    }),
  );

  mountProductImages(app, config);
  serveWebApp(app, config.webDist); // last: its catch-all serves index.html
  return { app, apollo, log, stop: () => apollo.stop() };
}

function serveWebApp(app: Express, dist: string) {
  const index = path.join(dist, 'index.html');
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('The web app is not built yet: run `pnpm start` from the repository root.');
  });
}
