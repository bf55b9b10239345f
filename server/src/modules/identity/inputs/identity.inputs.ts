import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { registerEnumType } from 'type-graphql';

@InputType({ description: 'Credentials for `login`.' })
export class LoginInput {
  @Field(() => String, { description: 'Account e-mail (case-insensitive).' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'Input of `changePassword`.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password, at least 8 characters.' })
  newPassword!: string;
}

@InputType({ description: 'Input of `setMyLocale`.' })
export class SetLocaleInput {
  @Field(() => String, { description: '`zh-CN` or `en`.' })
  locale!: string;
}

@InputType({ description: 'Names one record by id.' })
export class IdInput {
  @Field(() => ID, { description: 'The record’s id.' })
  id!: string;
}

@InputType({ description: 'Input of `createUser`.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in e-mail; must be unique.' })
  email!: string;

  @Field(() => String, { description: 'Display name, at most 80 characters.' })
  name!: string;

  @Field(() => String, { description: 'Initial password, at least 8 characters.' })
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Department the person belongs to.' })
  departmentId?: string | null;

  @Field(() => [ID], { description: 'Roles to grant.' })
  roleIds!: string[];

  @Field(() => String, { nullable: true, description: 'UI language, `zh-CN` (default) or `en`.' })
  locale?: string | null;
}

@InputType({ description: 'Input of `updateUser`; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'New department; pass null to clear.' })
  departmentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the account’s roles.' })
  roleIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables sign-in and ends the account’s sessions.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'UI language.' })
  locale?: string | null;
}

@InputType({ description: 'Input of `resetUserPassword`.' })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: 'The account.' })
  id!: string;

  @Field(() => String, { description: 'The new password, at least 8 characters.' })
  password!: string;
}

@InputType({ description: 'Filters for `users`; all given conditions must hold.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the name or e-mail.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this department.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only holders of this role.' })
  roleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) accounts.' })
  active?: boolean | null;
}

export enum UserSortField { NAME = 'NAME', EMAIL = 'EMAIL', CREATED_AT = 'CREATED_AT', LAST_LOGIN_AT = 'LAST_LOGIN_AT' }
registerEnumType(UserSortField, { name: 'UserSortField', description: 'Columns `users` can be sorted by.' });

@InputType({ description: 'Sort order of `users`.' })
export class UserSort {
  @Field(() => UserSortField, { description: 'Column.' })
  field!: UserSortField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Input of `createRole`.' })
export class CreateRoleInput {
  @Field(() => String, { description: 'Stable code: lower-case letters, digits and dashes.' })
  code!: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the role supervises its department.' })
  isSupervisor?: boolean | null;

  @Field(() => [String], { description: 'Permission names from `permissionCatalog`.' })
  permissions!: string[];
}

@InputType({ description: 'Input of `updateRole`; omitted fields stay as they are.' })
export class UpdateRoleInput {
  @Field(() => ID, { description: 'The role to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name in Chinese.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the role supervises its department.' })
  isSupervisor?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the role’s permissions.' })
  permissions?: string[] | null;
}

@InputType({ description: 'Input of `createDepartment`.' })
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Stable code: lower-case letters, digits and dashes.' })
  code!: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What the department does.' })
  description?: string | null;
}

@InputType({ description: 'Input of `updateDepartment`; omitted fields stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => ID, { description: 'The department to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name in Chinese.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the department does.' })
  description?: string | null;
}
