import { expect, test } from './fixture.js';

test('a PM sees nothing of another district: not in the list, not by search, not by its address', async ({ page, login, fixture }) => {
  await login('DISTRICT_PM');
  await expect(page.getByText('共 15 条')).toBeVisible();
  await expect(page.getByText(fixture.other.projectName)).toHaveCount(0);
  await page.goto(`/console/projects?q=${encodeURIComponent('麓山')}`);
  await expect(page.getByText('没有符合条件的项目')).toBeVisible();
  await page.goto(`/console/projects/${fixture.other.projectId}`);
  await expect(page.getByRole('alert')).toContainText('没有找到，或不在您的管辖范围内');
  await expect(page.getByText(fixture.other.projectName)).toHaveCount(0);
});

test("the other district's PM sees only its own project, and no demo project by its address", async ({ page, login, fixture, request }) => {
  await login(fixture.other);
  await expect(page.locator('.app-header')).toContainText(fixture.other.districtName);
  await expect(page.getByText('共 1 条')).toBeVisible();
  await expect(page.getByRole('link', { name: fixture.other.projectName })).toBeVisible();
  const token = await (await request.post(`${fixture.baseURL}/auth/login`, { data: fixture.users.DISTRICT_PM })).json();
  const demo = await (
    await request.get(`${fixture.baseURL}/projects?limit=1`, { headers: { Authorization: `Bearer ${token.accessToken}` } })
  ).json();
  await page.goto(`/console/projects/${demo.items[0].id}`);
  await expect(page.getByRole('alert')).toContainText('没有找到，或不在您的管辖范围内');
});
