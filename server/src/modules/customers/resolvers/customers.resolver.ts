import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerConnection, CustomerPayload, ImportCustomersPayload, MergeCustomersPayload } from '../types/customer.types.js';
import { CreateCustomerInput, CustomerFilter, CustomerSort, ImportCustomersInput, MergeCustomersInput, UpdateCustomerInput } from '../inputs/customer.inputs.js';
import { getCustomer, listCustomers } from '../services/customer-query.js';
import { createCustomer, updateCustomer } from '../services/customers.service.js';
import { importCustomers } from '../services/customer-import.service.js';
import { mergeCustomers } from '../services/merge.service.js';
import { customersCsv } from '../services/customer-export.service.js';

@Resolver()
export class CustomersResolver {
  @Allow('customer:read')
  @Query(() => CustomerConnection, { description: 'The customer archive, paged, filtered and sorted. Specialists see their own customers by default. Contact fields are masked without `customer:pii:read`; a partner token sees only the customers it brought. Needs `customer:read`.' })
  customers(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => CustomerFilter, { nullable: true, description: 'Filters.' }) where?: CustomerFilter,
    @Arg('sort', () => CustomerSort, { nullable: true, description: 'Sort order (default: name ascending).' }) sort?: CustomerSort,
  ) {
    return listCustomers(ctx, { ...page, where, sort });
  }

  @Allow('customer:read')
  @Query(() => Customer, { nullable: true, description: 'One customer, with history. Needs `customer:read`.' })
  customer(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Customer id.' }) id: string) {
    return getCustomer(ctx, id);
  }

  @Allow('customer:read')
  @Query(() => String, { description: 'Customers matching the filter as CSV (UTF-8 with BOM, up to 10,000 rows); contact columns masked without `customer:pii:read`. Needs `customer:read`.' })
  customersCsv(
    @Context() ctx: Ctx,
    @Arg('where', () => CustomerFilter, { nullable: true, description: 'Filters.' }) where?: CustomerFilter,
    @Arg('sort', () => CustomerSort, { nullable: true, description: 'Sort order.' }) sort?: CustomerSort,
  ) {
    return customersCsv(ctx, where ?? {}, sort);
  }

  @Allow('customer:write')
  @Mutation(() => CustomerPayload, { description: 'Adds a customer (daily intake); refused as DUPLICATE when an active customer has the phone or platform account. Needs `customer:write`.' })
  createCustomer(@Context() ctx: Ctx, @Arg('input', () => CreateCustomerInput, { description: 'The customer.' }) input: CreateCustomerInput) {
    return toPayload(() => createCustomer(ctx, input));
  }

  @Allow('customer:write')
  @Mutation(() => CustomerPayload, { description: 'Edits a customer’s profile, tags and notes; contact fields also need `customer:pii:read`. Needs `customer:write`.' })
  updateCustomer(@Context() ctx: Ctx, @Arg('input', () => UpdateCustomerInput, { description: 'The changes.' }) input: UpdateCustomerInput) {
    return toPayload(() => updateCustomer(ctx, input));
  }

  @Allow('customer:write')
  @Mutation(() => ImportCustomersPayload, { description: 'Imports customers from CSV, matching existing ones by phone or platform account instead of duplicating them; all rows or none. Needs `customer:write`.' })
  importCustomers(@Context() ctx: Ctx, @Arg('input', () => ImportCustomersInput, { description: 'The file and options.' }) input: ImportCustomersInput) {
    return toPayload(() => importCustomers(ctx, input));
  }

  @Allow('customer:assign')
  @Mutation(() => MergeCustomersPayload, { description: 'Merges duplicate customers into one, moving their history; the duplicates stay readable as MERGED. Needs `customer:assign`.' })
  mergeCustomers(@Context() ctx: Ctx, @Arg('input', () => MergeCustomersInput, { description: 'Kept record and duplicates.' }) input: MergeCustomersInput) {
    return toPayload(() => mergeCustomers(ctx, input));
  }
}
