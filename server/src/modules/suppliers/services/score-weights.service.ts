import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { SupplierScoreSettings } from '../entities/supplier-score.entity.js';
import { SCORE_KEYS, type Weights } from './scoring.js';

const SETTINGS_ID = 1;

/** The weights row; until someone saves weights, the defaults (35/25/20/10/10), unsaved, so reads never write. */
export async function scoreWeights(em: EntityManager): Promise<SupplierScoreSettings> {
  const existing = await em.findOne(SupplierScoreSettings, SETTINGS_ID);
  if (existing) return existing;
  return Object.assign(new SupplierScoreSettings(), { id: SETTINGS_ID });
}

/** Changes the weights: whole numbers 0–100 that sum to exactly 100. */
export async function setScoreWeights(ctx: Ctx, input: Weights) {
  const check = new Check();
  for (const key of SCORE_KEYS) check.when(!Number.isInteger(input[key]) || input[key] < 0 || input[key] > 100, key, 'A weight is a whole number from 0 to 100');
  const sum = SCORE_KEYS.reduce((s, k) => s + (input[k] ?? 0), 0);
  check.when(check.ok && sum !== 100, null, `The weights must sum to 100 (they sum to ${sum})`, 'WEIGHTS_SUM');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const settings = (await tx.findOne(SupplierScoreSettings, SETTINGS_ID)) ?? tx.create(SupplierScoreSettings, { id: SETTINGS_ID });
    const before = Object.fromEntries(SCORE_KEYS.map((k) => [k, settings[k]]));
    for (const key of SCORE_KEYS) settings[key] = input[key];
    tx.persist(settings);
    audit(ctx, tx, { operation: 'setSupplierScoreWeights', entityType: 'SupplierScoreSettings', entityId: settings.id, summary: describeChanges(before, input as unknown as Record<string, unknown>) });
    return { weights: settings };
  });
}
