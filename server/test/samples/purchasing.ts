import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the purchasing module (see operation-samples.ts). */
export const PURCHASING_SAMPLES: Record<string, OperationSample> = {
};
