import { DefaultLogger, type LoggerNamespace, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts every SQL statement the ORM runs. Tests read it to prove that refused
 * operations run no SQL and that list pages cost the same at 10 and 100 rows.
 */
let statements = 0;
export const sqlCounter = {
  get count(): number {
    return statements;
  },
};

export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly print: boolean) {
    super(options);
  }
  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') statements++;
    if (this.print) super.log(namespace, message, context);
  }
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === 'query' || super.isEnabled(namespace, context);
  }
}
