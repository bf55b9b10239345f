import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 4100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// A fresh SQLite database for every run; the server seeds the demo shop into it. Workers inherit the env,
// so the folder is made once, by the runner that starts the server.
process.env.SHOPOPS_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'shopops-e2e-'));

/** Debian's Chromium: `playwright install` cannot download browsers on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: here,
  testMatch: ['ui/**/*.spec.ts', 'api/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : 4,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The built web app (web/dist) is served by the server; the root script `test:e2e` builds it first.
    command: 'pnpm --filter @shopops/server start',
    cwd: path.resolve(here, '..'),
    env: {
      DATA_DIR: process.env.SHOPOPS_E2E_DATA_DIR,
      PORT: String(PORT),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    url: `${BASE_URL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
