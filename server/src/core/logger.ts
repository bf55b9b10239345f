import pino from 'pino';

/** Structured JSON logs; every request logs through a child carrying its request id. */
export function createLogger(level: string) {
  return pino({ level, base: { app: 'shopops' }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type Logger = ReturnType<typeof createLogger>;
