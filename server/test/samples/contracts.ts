import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the contracts module (see operation-samples.ts). */
export const CONTRACTS_SAMPLES: Record<string, OperationSample> = {
};
