import { Arg, Args, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { paginate, PageArgs } from '../../../core/graphql/pagination.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { Reservation } from '../entities/reservation.entity.js';
import { AbcRowType, ReservationConnection, ReservationPayload, StockLevelConnection, StockLevelPayload, StockMovementConnection, StockMovementPayload, WarehousePayload, WarehouseSummaryType } from '../types/inventory.types.js';
import { CreateWarehouseInput, PostStockMovementInput, ReservationFilter, ReserveStockInput, SetSafetyStockInput, StockLevelFilter, StockLevelSort, StockMovementFilter, TimeSort, UpdateWarehouseInput } from '../inputs/inventory.inputs.js';
import { IdInput } from '../../identity/inputs/identity.inputs.js';
import * as warehouses from '../services/warehouses.service.js';
import * as stock from '../services/stock.service.js';
import * as reservations from '../services/reservations.service.js';
import * as analysis from '../services/analysis.service.js';
import { stockLevelsCsv } from '../services/stock-export.service.js';

@Resolver()
export class StockResolver {
  @Allow('stock:read')
  @Query(() => [Warehouse], { description: 'All warehouses (reference data, a short list). Needs `stock:read`.' })
  warehouses(@Context() ctx: Ctx) {
    return warehouses.listWarehouses(ctx);
  }

  @Allow('warehouse:manage')
  @Mutation(() => WarehousePayload, { description: 'Creates a warehouse. Needs `warehouse:manage`.' })
  createWarehouse(@Context() ctx: Ctx, @Arg('input', () => CreateWarehouseInput, { description: 'The warehouse.' }) input: CreateWarehouseInput) {
    return toPayload(() => warehouses.createWarehouse(ctx, input));
  }

  @Allow('warehouse:manage')
  @Mutation(() => WarehousePayload, { description: 'Changes a warehouse. Needs `warehouse:manage`.' })
  updateWarehouse(@Context() ctx: Ctx, @Arg('input', () => UpdateWarehouseInput, { description: 'The changes.' }) input: UpdateWarehouseInput) {
    return toPayload(() => warehouses.updateWarehouse(ctx, input));
  }

  @Allow('stock:read')
  @Query(() => StockLevelConnection, { description: 'Stock per SKU × warehouse: on hand, reserved, available, in transit, safety stock. Needs `stock:read`.' })
  stockLevels(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => StockLevelFilter, { nullable: true, description: 'Filters.' }) where?: StockLevelFilter,
    @Arg('sort', () => StockLevelSort, { nullable: true, description: 'Sort order (default: SKU code).' }) sort?: StockLevelSort,
  ) {
    return stock.listStockLevels(ctx, { ...page, where, sort });
  }

  @Allow('stock:read')
  @Query(() => StockLevelConnection, { description: 'The low-stock alert list: available below safety stock, worst first, with a suggested reorder quantity. Needs `stock:read`.' })
  lowStock(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('warehouseId', () => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string,
  ) {
    return stock.listStockLevels(ctx, { ...page, where: { warehouseId, belowSafety: true, gift: false }, sort: { field: 'SAFETY_GAP', direction: 'ASC' as never } });
  }

  @Allow('stock:read')
  @Query(() => String, { description: 'Stock levels matching the filter as CSV (UTF-8 with BOM, up to 10,000 rows). Needs `stock:read`.' })
  stockLevelsCsv(@Context() ctx: Ctx, @Arg('where', () => StockLevelFilter, { nullable: true, description: 'Filters.' }) where?: StockLevelFilter) {
    return stockLevelsCsv(ctx, where ?? {});
  }

  @Allow('stock:read')
  @Query(() => StockMovementConnection, { description: 'The stock ledger, newest first by default. Needs `stock:read`.' })
  stockMovements(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => StockMovementFilter, { nullable: true, description: 'Filters.' }) where?: StockMovementFilter,
    @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort,
  ) {
    return stock.listMovements(ctx, { ...page, where, sort });
  }

  @Allow('stock:adjust')
  @Mutation(() => StockMovementPayload, { description: 'Posts a manual movement (other in, other out, gift out) with a reason. Needs `stock:adjust`.' })
  postStockMovement(@Context() ctx: Ctx, @Arg('input', () => PostStockMovementInput, { description: 'The movement.' }) input: PostStockMovementInput) {
    return toPayload(() => stock.postManualMovement(ctx, input));
  }

  @Allow('stock:adjust')
  @Mutation(() => StockLevelPayload, { description: 'Sets the safety stock of a SKU in a warehouse. Needs `stock:adjust`.' })
  setSafetyStock(@Context() ctx: Ctx, @Arg('input', () => SetSafetyStockInput, { description: 'SKU, warehouse and level.' }) input: SetSafetyStockInput) {
    return toPayload(() => stock.setSafetyStock(ctx, input));
  }

  @Allow('stock:reserve')
  @Mutation(() => ReservationPayload, { description: 'Reserves available stock for an order; never oversells under concurrency. Needs `stock:reserve`.' })
  reserveStock(@Context() ctx: Ctx, @Arg('input', () => ReserveStockInput, { description: 'What to reserve, and for what.' }) input: ReserveStockInput) {
    return toPayload(() => reservations.reserveStock(ctx, input));
  }

  @Allow('stock:reserve')
  @Mutation(() => ReservationPayload, { description: 'Releases an active reservation. Needs `stock:reserve`.' })
  releaseStock(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The reservation.' }) input: IdInput) {
    return toPayload(() => reservations.releaseStock(ctx, input));
  }

  @Allow('stock:read')
  @Query(() => ReservationConnection, { description: 'Reservations, newest first. Needs `stock:read`.' })
  reservations(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => ReservationFilter, { nullable: true, description: 'Filters.' }) where?: ReservationFilter) {
    const f = where ?? {};
    const filter: FilterQuery<Reservation> = {};
    if (f.status) filter.status = f.status;
    if (f.referenceType) filter.referenceType = f.referenceType;
    if (f.referenceId) filter.referenceId = f.referenceId;
    if (f.skuId) filter.sku = Number(f.skuId);
    return paginate(ctx.em, Reservation, { ...page, where: filter, orderBy: [{ id: 'desc' }] });
  }

  @Allow('stock:read')
  @Query(() => [WarehouseSummaryType], { description: 'Out-of-stock, below-safety and overstock counts per warehouse. Needs `stock:read`.' })
  warehouseSummary(@Context() ctx: Ctx) {
    return analysis.warehouseSummary(ctx);
  }

  @Allow('stock:read')
  @Query(() => [AbcRowType], { description: 'ABC classification by sales value and turnover days, from the ledger’s sale-out movements. Needs `stock:read`.' })
  abcAnalysis(
    @Context() ctx: Ctx,
    @Arg('days', () => Int, { nullable: true, description: 'Period in days, 1–730 (default 90).' }) days?: number,
    @Arg('warehouseId', () => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string,
  ) {
    return analysis.abcAnalysis(ctx, { days, warehouseId });
  }
}
