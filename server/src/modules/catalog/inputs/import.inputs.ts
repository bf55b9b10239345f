import { Field, InputType } from 'type-graphql';
import { ImportMode } from '../entities/import-job.entity.js';

@InputType({ description: 'Input of `startProductImport`.' })
export class StartProductImportInput {
  @Field(() => String, {
    description: 'The CSV text (UTF-8, at most 5 MB) with a header row: product_code, title, category_path, price_tier, sku_code, barcode, spec, weight_grams, price_yuan, vip_price_yuan, is_gift, warehouse_code, opening_qty.',
  })
  csv!: string;

  @Field(() => ImportMode, { nullable: true, description: 'ALL_OR_NOTHING (default) or VALID_ROWS_ONLY.' })
  mode?: ImportMode | null;

  @Field(() => String, { nullable: true, description: 'The file’s name, for display.' })
  fileName?: string | null;
}
