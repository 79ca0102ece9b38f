import { expect, screenshot, test } from './fixture.js';

test('the PM sees what blocks a project, with the practices of other cities, and is refused with them when trying', async ({
  page,
  login,
}) => {
  await login('DISTRICT_PM');
  await page.getByLabel('搜索').fill('桂花苑');
  await page.getByLabel('搜索').press('Enter');
  await page.getByRole('link', { name: '桂花苑综合改造' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('桂花苑综合改造');
  await expect(page.locator('[data-current] text')).toHaveText('摸底调查');

  const step = page.locator('[data-testid="next-step"][data-event="COMPLETE_SURVEY"]');
  await expect(step).toContainText('条件未满足');
  await expect(step).toContainText('改造意愿未摸清');
  const practices = step.getByRole('list', { name: '其他城市的做法' });
  await expect(practices.getByRole('listitem').first()).toContainText(/（.+，\d{4} 年）/);
  await screenshot(page, 'project-page');

  await step.getByRole('button', { name: '执行：完成摸底调查' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('项条件未满足');
  await dialog.getByRole('button', { name: '确认执行' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: '未能执行' });
  await expect(refusal).toContainText('条件尚未满足');
  await expect(refusal).toContainText('改造意愿未摸清');
  await expect(dialog.getByRole('list', { name: '其他城市的做法' }).first().getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  // Suspending takes a reason: asked for next to its field.
  await page.locator('[data-event="SUSPEND"]').getByRole('button', { name: '执行：暂停' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.getByRole('dialog')).toContainText('此操作需要填写原因');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.locator('[data-current] text')).toHaveText('摸底调查');
});

test('the PM fires a transition that passes and sees the state move and the history grow @tablet', async ({ page, login }, info) => {
  await login('DISTRICT_PM');
  const name = info.project.name === 'tablet' ? '湘绣新村综合改造' : '樟树湾综合改造';
  await page.goto(`/console/projects?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name }).click();
  const history = page.getByTestId('history').locator('tbody tr.ant-table-row');
  await expect(history.first()).toBeVisible();
  const before = await history.count();

  const step = page
    .locator('[data-testid="next-step"]')
    .filter({ has: page.getByText('条件已满足') })
    .first();
  const label = (await step.locator('.ant-list-item-meta-title strong').textContent())!;
  await step.getByRole('button', { name: `执行：${label}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.locator('.ant-message').getByText(`已${label}，项目进入`)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(history).toHaveCount(before + 1);
  await expect(history.first()).toContainText(label);
});
