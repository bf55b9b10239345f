import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the reviews module (see operation-samples.ts). */
export const REVIEWS_SAMPLES: Record<string, OperationSample> = {
};
