import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the suppliers module (see operation-samples.ts). */
export const SUPPLIERS_SAMPLES: Record<string, OperationSample> = {
};
