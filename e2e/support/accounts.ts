/** Demo accounts seeded on a fresh database (all share one password). */
export const DEMO_PASSWORD = 'shopops-demo';

export const demo = (name: string) => `${name}@demo.shop`;
