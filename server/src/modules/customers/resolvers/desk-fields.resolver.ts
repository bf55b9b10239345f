import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { ContactLog } from '../entities/contact-log.entity.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';
import { workloadOf } from '../services/overview.service.js';

const workload = (ctx: Ctx) => loader(ctx, 'specialist.workload', (ids: readonly number[]) => workloadOf(ctx, ids), { customers: 0, overdue: 0 });

@Resolver(() => SpecialistProfile)
export class SpecialistProfileFieldsResolver {
  @FieldResolver(() => User, { description: 'The staff member.' })
  user(@Root() p: SpecialistProfile) { return p.user.load(); }

  @FieldResolver(() => Int, { description: 'Active customers they own now.' })
  async customerCount(@Root() p: SpecialistProfile, @Context() ctx: Ctx) { return (await workload(ctx).load(p.user.id)).customers; }

  @FieldResolver(() => Int, { description: 'Of those, first contacts overdue.' })
  async overdueFirstContacts(@Root() p: SpecialistProfile, @Context() ctx: Ctx) { return (await workload(ctx).load(p.user.id)).overdue; }
}

@Resolver(() => ContactLog)
export class ContactLogFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The customer.' })
  customer(@Root() log: ContactLog) { return log.customer.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member who logged it.' })
  staff(@Root() log: ContactLog) { return log.staff?.load() ?? null; }
}
