import { expect, test } from './fixture.js';

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
