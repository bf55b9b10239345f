/**
 * The desk's clock. Deadlines, quiet hours and overdue lists read the time here, so tests can
 * pin it to a known shop-local hour instead of depending on when they happen to run.
 */
let current: () => Date = () => new Date();

export function now(): Date {
  return current();
}

/** Tests only: fix the clock (pass null to restore real time). */
export function setClock(fixed: Date | (() => Date) | null): void {
  current = fixed === null ? () => new Date() : typeof fixed === 'function' ? fixed : () => new Date(fixed.getTime());
}

export const DAY_MS = 86_400_000;
