import { Ctx as Context, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context.js';
import { Public } from '../../core/auth/allow.js';
import { dialectOf } from '../../core/db/orm.js';

@ObjectType({ description: 'Server health.' })
export class Health {
  @Field(() => Boolean, { description: 'True when the database answered.' })
  ok!: boolean;

  @Field(() => String, { description: '`sqlite` or `postgresql`.' })
  database!: string;

  @Field(() => String, { description: 'The shop’s time zone for business days and hours.' })
  shopTimezone!: string;
}

export async function checkHealth(ctx: Pick<Ctx, 'em' | 'config'>): Promise<Health> {
  let ok = true;
  try {
    await ctx.em.getConnection().execute('select 1');
  } catch {
    ok = false;
  }
  return { ok, database: dialectOf(ctx.config.databaseUrl), shopTimezone: ctx.config.shopTimezone };
}

@Resolver()
export class HealthResolver {
  @Public()
  @Query(() => Health, { description: 'Checks the database. Public.' })
  health(@Context() ctx: Ctx) {
    return checkHealth(ctx);
  }
}
