import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Input of `createCategory`.' })
export class CreateCategoryInput {
  @Field(() => String, { description: 'Name, at most 30 characters, without `/` (it separates levels in CSV paths); unique among its siblings.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Parent category; omit for a top-level category.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among siblings (default 0).' })
  sortOrder?: number | null;
}

@InputType({ description: 'Input of `updateCategory`; omitted fields stay as they are.' })
export class UpdateCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among siblings.' })
  sortOrder?: number | null;
}

@InputType({ description: 'Input of `moveCategory`.' })
export class MoveCategoryInput {
  @Field(() => ID, { description: 'The category to move, with everything under it.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The new parent; null makes it a top-level category. Cannot be the category itself or one of its descendants.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among its new siblings (kept when omitted).' })
  sortOrder?: number | null;
}
