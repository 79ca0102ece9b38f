/// <reference lib="dom" />
import { expect, screenshot, test, type DemoRole } from './fixture.js';

const ROLES: { role: DemoRole; label: string; scope: string; menu: string[]; projects: number; shot: string }[] = [
  {
    role: 'DISTRICT_PM',
    label: '区县项目经理',
    scope: '雨花区（演示）',
    menu: ['项目', '征询表决', '项目总览', '问题台账', '月度通报', '消息', '我的账号'],
    projects: 15,
    shot: 'district-pm',
  },
  {
    role: 'RESIDENTS_COMMITTEE',
    label: '居委会记录员',
    scope: '等 16 个小区',
    menu: ['项目', '住户名册', '征询表决', '问题台账', '消息', '我的账号'],
    projects: 15,
    shot: 'residents-committee',
  },
  {
    role: 'SUPERVISOR',
    label: '督导',
    scope: '雨花区（演示）',
    menu: ['项目', '项目总览', '待审核报告', '问题台账', '月度通报', '消息', '我的账号'],
    projects: 15,
    shot: 'supervisor',
  },
  {
    role: 'ADMIN',
    label: '系统管理员',
    scope: '全市',
    menu: ['项目', '项目总览', '问题台账', '月度通报', '用户', '区县', '消息', '我的账号'],
    projects: 16,
    shot: 'admin',
  },
];

for (const r of ROLES) {
  test(`${r.role} signs in and sees its menu, its scope by name and its projects @tablet`, async ({ page, login }, info) => {
    await login(r.role);
    await expect(page).toHaveURL(/\/console\/projects$/);
    await expect(page.getByTestId('role')).toHaveText(r.label);
    await expect(page.locator('.app-header')).toContainText(r.scope);
    const menu = page.getByRole('menu', { name: '主菜单' });
    if (await menu.isVisible()) await expect(menu.getByRole('menuitem')).toHaveText(r.menu.map((m) => new RegExp(`^${m}`)));
    await expect(page.getByText(`共 ${r.projects} 条`)).toBeVisible();
    await screenshot(page, `${r.shot}-${info.project.name}`);

    await page.goto('/console/account');
    const places =
      r.role === 'ADMIN' ? [] : r.role === 'RESIDENTS_COMMITTEE' ? ['桂花苑（演示小区）', '纺织厂生活区（演示小区）'] : ['雨花区（演示）'];
    for (const place of places) await expect(page.getByRole('listitem').filter({ hasText: place })).toBeVisible();
    await expect(page.getByText(r.role === 'ADMIN' ? '全市所有区县' : r.label, { exact: true }).first()).toBeVisible();
  });
}

test('a wrong password is said in Chinese next to the form, and signing out returns to the login', async ({ page, login, fixture }) => {
  await page.goto('/console/');
  await page.getByLabel('用户名').fill(fixture.users.DISTRICT_PM.username);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await login('DISTRICT_PM');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('您已退出登录');
});

test('a token the API no longer accepts returns to the login with a message, and back to the page after', async ({
  page,
  login,
  fixture,
}) => {
  await login('SUPERVISOR');
  await page.goto('/console/inbox');
  await page.evaluate(() => {
    const session = JSON.parse(sessionStorage.getItem('renovation.session')!);
    sessionStorage.setItem('renovation.session', JSON.stringify({ ...session, token: 'expired.or.revoked' }));
  });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('登录已过期或已失效');
  await page.getByLabel('用户名').fill(fixture.users.SUPERVISOR.username);
  await page.getByLabel('密码').fill(fixture.users.SUPERVISOR.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/console\/inbox$/);
});

test('the keyboard reaches the menu and the filters, with the focus visible', async ({ page, login }) => {
  await login('DISTRICT_PM');
  await expect(page.getByText('共 15 条')).toBeVisible();
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');
  const reached: string[] = [];
  for (let i = 0; i < 20 && !reached.includes('filter-state'); i++) {
    await page.keyboard.press('Tab');
    reached.push(await focused());
  }
  expect(reached).toEqual(expect.arrayContaining(['项目', '退出登录', 'filter-district', 'filter-state']));
  await page.keyboard.type('进行现场施工');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/state=CONSTRUCTION/);
  await expect(page.getByText('共 1 条')).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page
    .getByRole('button', { name: '退出登录' })
    .evaluate((e) => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth);
  expect(outline).toBe('solid 2px');
});
