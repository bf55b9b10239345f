import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the returns module (see operation-samples.ts). */
export const RETURNS_SAMPLES: Record<string, OperationSample> = {
};
