import { Field, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { User } from '../entities/user.entity.js';
import { Role } from '../entities/role.entity.js';
import { Department } from '../entities/department.entity.js';

@ObjectType({ description: 'A page of staff accounts.' })
export class UserConnection extends ConnectionType(User, 'User', 'staff account') {}

@ObjectType({ description: 'Result of `login`.' })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Session token for `Authorization: Bearer`; the web app uses the cookie set alongside. Null on failure.' })
  token!: string | null;

  @Field(() => User, { nullable: true, description: 'The signed-in user; null on failure.' })
  user!: User | null;

  @Field(() => [FieldError], { description: 'Why sign-in failed: INVALID_CREDENTIALS, LOCKED, DISABLED or REQUIRED.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True when a session was ended.' })
  ok!: boolean;

  @Field(() => [FieldError], { description: 'Expected failures.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a staff account.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The account after the change; null on failure.' })
  user?: User | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a role.' })
export class RolePayload {
  @Field(() => Role, { nullable: true, description: 'The role after the change; null on failure.' })
  role?: Role | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a department.' })
export class DepartmentPayload {
  @Field(() => Department, { nullable: true, description: 'The department after the change; null on failure.' })
  department?: Department | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'A permission in the catalogue.' })
export class PermissionInfo {
  @Field(() => String, { description: 'The name operations declare, e.g. `customer:pii:read`.' })
  name!: string;

  @Field(() => String, { description: 'What it allows.' })
  description!: string;

  @Field(() => String, { description: 'The domain it belongs to, e.g. `customer`.' })
  group!: string;
}
