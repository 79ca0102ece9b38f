import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixture.js';

/**
 * Picks options of the antd select labelled `label` inside `scope`, typing each to narrow the list
 * (a long list shows only its first rows).
 */
async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, ...options: string[]): Promise<void> {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  for (const option of options) {
    if (await select.isEditable()) await select.fill(option);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
  }
  await page.keyboard.press('Escape');
}

test('the admin creates a recorder, adds a compound to the scope and removes another, the rest staying', async ({
  page,
  login,
  fixture,
  request,
}) => {
  await login('ADMIN');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('link', { name: '用户' }).click();
  await expect(page.getByRole('row').filter({ hasText: fixture.users.DISTRICT_PM.username })).toContainText('区县项目经理');
  await screenshot(page, 'admin-users');

  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill('browser-recorder');
  await dialog.getByLabel('姓名').fill('测试记录员');
  await choose(page, dialog, '角色', '居委会记录员');
  await choose(page, dialog, '负责的小区', '桂花苑（演示小区）', '纺织厂生活区（演示小区）');
  // The policy's own words reach the field: a password holding the username is refused by the API.
  await dialog.getByLabel('初始密码').fill('browser-recorder-2026');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('密码不能包含用户名');
  await dialog.getByLabel('初始密码').fill('Recorder-pass-2026');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'browser-recorder' });
  await expect(row).toContainText('居委会记录员');
  await expect(row).toContainText('2 个小区');

  await row.getByRole('button', { name: '管辖范围：browser-recorder' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '管辖范围：测试记录员' });
  const assigned = drawer.getByLabel('已分配的小区');
  await expect(assigned.locator('.ant-list-item')).toHaveCount(2);
  await choose(page, drawer, '要添加的小区', '麓山新村（测试小区）');
  await drawer.getByRole('button', { name: '添加', exact: true }).click();
  await expect(assigned.locator('.ant-list-item')).toHaveCount(3);
  await drawer.getByRole('button', { name: '移除 纺织厂生活区（演示小区）' }).click();
  await expect(assigned.locator('.ant-list-item')).toHaveCount(2);
  await expect(assigned).toContainText('桂花苑（演示小区）');
  await expect(assigned).toContainText('麓山新村（测试小区）');
  await expect(assigned).not.toContainText('纺织厂生活区');

  // What the API holds is what the page shows: two compounds, the first one kept.
  const token = (await (await request.post(`${fixture.baseURL}/auth/login`, { data: fixture.users.ADMIN })).json()).accessToken;
  const users = await (await request.get(`${fixture.baseURL}/users`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const compounds = await (
    await request.get(`${fixture.baseURL}/compounds?limit=500`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const names = new Map<string, string>(compounds.items.map((c: { id: string; name: string }) => [c.id, c.name]));
  const recorder = users.find((u: { username: string }) => u.username === 'browser-recorder');
  expect(recorder.compoundIds.map((id: string) => names.get(id)).sort()).toEqual(['桂花苑（演示小区）', '麓山新村（测试小区）'].sort());
});

test("the admin sets a district's default rule for willingness rounds, with the reason kept, who signs its acceptance forms and who reviews its plans", async ({
  page,
  login,
}) => {
  await login('ADMIN');
  await page.getByRole('menu', { name: '主菜单' }).getByRole('link', { name: '区县' }).click();
  await page.getByRole('link', { name: '岳麓区（测试）' }).click();
  const rules = page.getByRole('table', { name: '默认表决规则' });
  const willingness = rules.getByRole('row').filter({ hasText: '改造意愿征询' });
  await expect(willingness).toContainText('系统默认');
  await willingness.getByRole('button', { name: '修改「改造意愿征询」的默认规则' }).click();
  const dialog = page.getByRole('dialog', { name: '默认表决规则：改造意愿征询' });
  await choose(page, dialog, '默认规则', '民法典第二百七十八条重大事项');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('请说明调整理由');
  await dialog.getByLabel('调整理由').fill('区政府常务会议决定：改造意愿按重大事项表决');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(willingness).toContainText('民法典第二百七十八条重大事项');
  await expect(willingness).toContainText('本区县设定');
  await expect(willingness).toContainText('区政府常务会议决定：改造意愿按重大事项表决');
  await expect(page.getByRole('table', { name: '本地设置' }).getByRole('row')).not.toHaveCount(0);

  // Who signs its acceptance forms: one party taken off, the others and the residents kept.
  const parties = page.getByLabel('验收签字单位');
  await expect(parties.getByLabel('设计单位')).toBeChecked();
  await expect(parties.getByLabel('业主代表')).toBeDisabled();
  await parties.getByLabel('设计单位').uncheck();
  await page.getByRole('button', { name: '保存签字单位' }).click();
  await expect(page.getByText('已保存验收签字单位')).toBeVisible();
  await page.reload();
  await expect(parties.getByLabel('设计单位')).not.toBeChecked();
  await expect(parties.getByLabel('施工单位')).toBeChecked();
  await expect(parties.getByLabel('业主代表')).toBeChecked();

  // Who sits on its joint reviews: every department until the district keeps its own list.
  const reviewers = page.getByLabel('联合审查部门');
  await expect(reviewers.getByLabel('燃气单位')).toBeChecked();
  await reviewers.getByLabel('燃气单位').uncheck();
  await page.getByRole('button', { name: '保存审查部门' }).click();
  await expect(page.getByText('已保存联合审查部门')).toBeVisible();
  await page.reload();
  await expect(reviewers.getByLabel('燃气单位')).not.toBeChecked();
  await expect(reviewers.getByLabel('供水单位')).toBeChecked();
});

test('a user changes their own password, stays signed in, and signs in with the new one only', async ({
  page,
  login,
  fixture,
  request,
}) => {
  const token = (await (await request.post(`${fixture.baseURL}/auth/login`, { data: fixture.users.ADMIN })).json()).accessToken;
  const user = { username: 'browser-changer', password: 'First-pass-2026!' };
  const headers = { Authorization: `Bearer ${token}` };
  const districts: { id: string; name: string }[] = await (await request.get(`${fixture.baseURL}/districts`, { headers })).json();
  const created = await request.post(`${fixture.baseURL}/users`, {
    headers,
    data: { ...user, displayName: '改密测试', role: 'SUPERVISOR', districtIds: [districts.find((d) => d.name === '雨花区（演示）')!.id] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await login(user);
  await page.getByRole('menu', { name: '主菜单' }).getByRole('link', { name: '我的账号' }).click();
  const form = page.getByRole('form', { name: '修改密码' });
  const fresh = 'Second-pass-2026!';

  await form.getByLabel('当前密码').fill('not-my-password');
  await form.getByLabel('新密码', { exact: true }).fill(fresh);
  await form.getByLabel('再次输入新密码').fill(fresh);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByText('当前密码不正确')).toBeVisible();

  await form.getByLabel('当前密码').fill(user.password);
  await form.getByLabel('新密码', { exact: true }).fill('x-browser-changer-x');
  await form.getByLabel('再次输入新密码').fill('x-browser-changer-x');
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByText('密码不能包含用户名')).toBeVisible();
  await expect(form.getByText('当前密码不正确')).toHaveCount(0);

  await form.getByLabel('新密码', { exact: true }).fill(fresh);
  await form.getByLabel('再次输入新密码').fill(fresh);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改')).toBeVisible();
  // The earlier token stopped working; the session goes on with the new one, across a reload too.
  await page.reload();
  await expect(page.getByTestId('who')).toHaveText('改密测试');
  await expect(page.getByText('browser-changer', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await login({ username: user.username, password: fresh });
  await expect(page.getByTestId('who')).toHaveText('改密测试');
});
