import { Field, ObjectType } from 'type-graphql';
import { GraphQLError } from 'graphql';

/** An expected failure, returned in a payload's `errors` rather than thrown to the client. */
@ObjectType({ description: 'An expected failure of a mutation: which input field, a readable message and a stable code.' })
export class FieldError {
  @Field(() => String, { nullable: true, description: 'The input field at fault (dot path), or null for the whole request.' })
  field?: string | null;

  @Field(() => String, { description: 'A human-readable message, in the caller’s language where available.' })
  message!: string;

  @Field(() => String, { description: 'A stable machine code, e.g. INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, LOCKED.' })
  code!: string;
}

export type ErrorCode =
  | 'INVALID'
  | 'REQUIRED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'LOCKED'
  | 'INVALID_CREDENTIALS'
  | 'WRONG_STATE'
  | 'SELF_APPROVAL'
  | 'INSUFFICIENT_STOCK'
  | string;

/** Thrown by services for expected failures; the resolver turns it into payload errors. */
export class UserError extends Error {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  static of(code: ErrorCode, message: string, field?: string): UserError {
    return new UserError([{ code, message, field: field ?? null }]);
  }
}

/** Collects field errors and throws them together, so a form can show every problem at once. */
export class Check {
  readonly errors: FieldError[] = [];
  add(field: string | null, message: string, code: ErrorCode = 'INVALID'): this {
    this.errors.push({ field, message, code });
    return this;
  }
  require(field: string, value: unknown, label = field): this {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(field, `${label} is required`, 'REQUIRED');
    }
    return this;
  }
  when(condition: boolean, field: string | null, message: string, code: ErrorCode = 'INVALID'): this {
    return condition ? this.add(field, message, code) : this;
  }
  get ok(): boolean {
    return this.errors.length === 0;
  }
  throwIfAny(): void {
    if (this.errors.length) throw new UserError(this.errors);
  }
}

/** Runs a service call and turns expected failures into `{ errors }`; anything else propagates. */
export async function toPayload<T extends object>(work: () => Promise<T>): Promise<T & { errors: FieldError[] }> {
  try {
    const result = await work();
    return { errors: [], ...result };
  } catch (error) {
    if (error instanceof UserError) return { errors: error.errors } as T & { errors: FieldError[] };
    throw error;
  }
}

/** Top-level GraphQL errors with a code, for refused requests (unauthenticated, forbidden, limits). */
export function forbidden(message = 'You do not have permission for this operation'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}
export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
