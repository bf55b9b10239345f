import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the complaints module (see operation-samples.ts). */
export const COMPLAINTS_SAMPLES: Record<string, OperationSample> = {
};
