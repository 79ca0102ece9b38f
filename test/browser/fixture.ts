import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
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

/**
 * The API as one user (a demo role, or any user by name and password), to set a test up and to read
 * back what the console wrote. A refused call fails the test with the API's answer.
 */
export async function apiAs(request: APIRequestContext, fixture: BrowserFixture, who: DemoRole | { username: string; password: string }) {
  const login = await request.post(`${fixture.baseURL}/auth/login`, { data: typeof who === 'string' ? fixture.users[who] : who });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  // The answers are read as each check needs them, not typed twice over.
  const call = async <T = any>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(`${fixture.baseURL}${path}`, { method, headers, data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return response.json();
  };
  const get = <T = any>(path: string) => call<T>('GET', path);
  return {
    get,
    post: <T = any>(path: string, data?: unknown) => call<T>('POST', path, data),
    /** A project's id by its exact name, among those the user may see. */
    projectId: async (name: string): Promise<string> =>
      (await get<{ items: { id: string; name: string }[] }>(`/projects?q=${encodeURIComponent(name)}`)).items.find((p) => p.name === name)!
        .id,
  };
}

/** A screenshot of what a user sees, for the README (npm run console:screenshots copies them). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Not while a table or a card is still fetching: the picture should show what the user reads.
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

export { expect };
