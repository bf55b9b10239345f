import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { ProductImagePayload } from '../types/catalog.types.js';
import { AddProductImageInput, RemoveProductImageInput } from '../inputs/product.inputs.js';
import * as images from '../services/images.service.js';

@Resolver()
export class ProductImagesResolver {
  @Allow('product:write')
  @Mutation(() => ProductImagePayload, { description: 'Adds a picture to a product: JPEG, PNG or WebP (checked by its bytes), at most 2 MB. Needs `product:write`.' })
  addProductImage(@Context() ctx: Ctx, @Arg('input', () => AddProductImageInput, { description: 'Product and file.' }) input: AddProductImageInput) {
    return toPayload(() => images.addProductImage(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => ProductImagePayload, { description: 'Removes a product picture and its file. Needs `product:write`.' })
  removeProductImage(@Context() ctx: Ctx, @Arg('input', () => RemoveProductImageInput, { description: 'The picture.' }) input: RemoveProductImageInput) {
    return toPayload(() => images.removeProductImage(ctx, input));
  }
}
