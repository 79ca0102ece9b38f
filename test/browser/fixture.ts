import { expect, test as base, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type DemoRole = 'ADMIN' | 'DISTRICT_PM' | 'RESIDENTS_COMMITTEE' | 'SUPERVISOR';

/** What the global setup made: the API's address and the users' passwords. */
export interface BrowserFixture {
  baseURL: string;
  users: Record<DemoRole, { username: string; password: string }>;
  other: { username: string; password: string; projectId: string; projectName: string; districtName: string };
  /** The run's database, for what no request can do: letting a date come due before its time. */
  databaseUrl: string;
}

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export const test = base.extend<{
  fixture: BrowserFixture;
  login: (who: DemoRole | { username: string; password: string }) => Promise<void>;
}>({
  fixture: async ({}, use) => {
    await use(JSON.parse(process.env.BROWSER_FIXTURE!) as BrowserFixture);
  },
  baseURL: async ({}, use) => {
    await use((JSON.parse(process.env.BROWSER_FIXTURE!) as BrowserFixture).baseURL);
  },
  login: async ({ page, fixture }, use) => {
    await use(async (who) => {
      const user = typeof who === 'string' ? fixture.users[who] : who;
      await page.goto('/console/');
      await page.getByLabel('用户名').fill(user.username);
      await page.getByLabel('密码').fill(user.password);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
    });
  },
});

/** A screenshot of what a user sees, for the README (npm run console:screenshots copies them). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Not while a table or a card is still fetching: the picture should show what the user reads.
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

export { expect };
