import { expect, screenshot, test } from './fixture.js';

test('the committee checks and imports a roster, opens a round and records votes by keyboard until it passes at exactly 80%', async ({
  page,
  login,
}) => {
  test.setTimeout(180_000);
  await login('RESIDENTS_COMMITTEE');

  // The roster: a file with a bad row is shown row by row and nothing is written; a good one is previewed, then imported.
  await page.getByRole('link', { name: '住户名册' }).click();
  await page.getByLabel('小区', { exact: true }).fill('桂花苑');
  await page.getByLabel('小区', { exact: true }).press('Enter');
  const roster = page.getByTestId('roster');
  await expect(page.getByText('共 36 条')).toBeVisible();
  const upload = page.locator('input[type="file"]');
  await upload.setInputFiles({
    name: '花名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('楼栋,单元,房号,建筑面积,户主姓名\n1,1,101,86.5,张建国\n1,1,102,大约九十,李秀英\n', 'utf8'),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('1 处错误');
  const errors = preview.locator('tbody tr.ant-table-row');
  await expect(errors).toHaveCount(1);
  await expect(errors.first().locator('td').nth(0)).toHaveText('3');
  await expect(errors.first().locator('td').nth(1)).toHaveText('建筑面积');
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();

  await upload.setInputFiles({
    name: '花名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('楼栋,单元,房号,建筑面积,户主姓名\n1,1,101,86.5,张建国\n1,1,102,90.5,李秀英\n', 'utf8'),
  });
  await expect(preview).toContainText('检查通过：将新增 0 户，更新 2 户');
  await expect(roster).not.toContainText('张建国');
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.ant-message').getByText('已导入：新增 0 户，更新 2 户')).toBeVisible();
  await expect(roster).toContainText('张建国');

  // A round of 枫林苑 (40 households, roster confirmed), drafted and opened with a confirmation.
  await page.getByRole('link', { name: '征询表决' }).click();
  await page.getByLabel('项目', { exact: true }).fill('枫林苑');
  await page.getByLabel('项目', { exact: true }).press('Enter');
  await expect(page.getByRole('table', { name: '征询列表' })).toContainText('是否同意实施老旧小区改造');
  await page.getByRole('button', { name: '新建征询' }).click();
  await page.getByRole('dialog').getByLabel('标题').fill('楼道加装照明意愿复核');
  await page.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await expect(page.getByTestId('round-title')).toHaveText('楼道加装照明意愿复核');
  await expect(page.getByTestId('round-state')).toHaveText('草稿');
  await page.getByRole('button', { name: '开始征询（锁定名册）' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.getByTestId('round-state')).toHaveText('征询中');

  const agree = page.locator('[data-condition="agree-of-all"] [data-testid="gap"]');
  const result = page.getByTestId('tally-result');
  await expect(agree).toHaveText('还差 32 户同意');
  await expect(page.getByText('未表决住户（40 户）')).toBeVisible();

  // The first form is typed: 1-1-101 disagrees. The gap does not move.
  const unit = page.getByLabel('户号（楼栋-单元-房号，回车确认）');
  await unit.fill('1-1-101');
  await unit.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-recorded')).toHaveText('已记录 1-1-101：不同意，未签字');
  await expect(page.getByTestId('tally-responded')).toHaveText('已表决 1 / 40 户，未表决 39 户');
  await expect(agree).toHaveText('还差 32 户同意');

  // Then form after form in roster order, without the mouse: Enter takes the offered household, 1 同意, S 签字, Enter records.
  for (let gap = 31; gap >= 0; gap--) {
    await expect(unit).toBeFocused();
    const offered = await unit.inputValue();
    await unit.press('Enter');
    await page.keyboard.press('1');
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('vote-recorded')).toHaveText(`已记录 ${offered}：同意，已签字`);
    await expect(agree).toHaveText(gap === 0 ? '已达到' : `还差 ${gap} 户同意`);
    // One short of 80% still fails; 32 of 40 passes.
    await expect(result).toHaveText(gap === 0 ? '通过' : '未通过');
  }
  await expect(page.getByTestId('tally-responded')).toHaveText('已表决 33 / 40 户，未表决 7 户');
  await expect(page.locator('[data-condition="signed-of-agree"] [data-testid="gap"]')).toHaveText('已达到');
  await expect(page.getByText('未表决住户（7 户）')).toBeVisible();
  // 1-1-101 to 2-2-201 answered (33 in roster order): the next form offered is 2-2-202.
  await expect(unit).toHaveValue('2-2-202');
  await screenshot(page, 'committee-round');

  await page.getByRole('button', { name: '校验表决记录' }).click();
  await expect(page.getByTestId('ledger-result')).toContainText('表决记录完整：共 33 条，未被改动');

  // The files carry the token: the door-knocking list and the tally arrive under the API's names.
  const knocking = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载入户名单' }).click();
  expect((await knocking).suggestedFilename()).toBe('door-knocking-list.xlsx');
  const workbook = page.waitForEvent('download');
  await page.getByRole('button', { name: '计票与公示（XLSX）' }).click();
  expect((await workbook).suggestedFilename()).toMatch(/^tally-.+\.xlsx$/);

  // Closing freezes the count; the notice follows.
  await page.getByRole('button', { name: '截止并计票' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.getByTestId('round-state')).toHaveText('已截止计票');
  await expect(page.getByTestId('vote-recorder')).toHaveCount(0);
  await expect(page.getByTestId('tally')).toContainText('计票结果（已截止）');
  await page.getByRole('button', { name: '开始公示' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.getByTestId('round-state')).toHaveText('公示中');
  await expect(page.getByTestId('tally-result')).toHaveText('通过');
});

test('a recorder door to door on a tablet records a household of the demo round by keyboard @tablet', async ({ page, login }) => {
  await login('RESIDENTS_COMMITTEE');
  await page.goto('/console/rounds');
  await page.getByLabel('项目', { exact: true }).fill('枫林苑');
  await page.getByLabel('项目', { exact: true }).press('Enter');
  await page.getByRole('link', { name: '是否同意实施老旧小区改造' }).click();
  await expect(page.getByTestId('round-state')).toHaveText('征询中');

  const responded = page.getByTestId('tally-responded');
  await expect(responded).toHaveText(/^已表决 \d+ \/ 40 户/);
  const before = Number(/已表决 (\d+)/.exec((await responded.textContent())!)![1]);
  const door = (await page.getByRole('table').last().locator('tbody tr.ant-table-row td').first().textContent())!;

  const unit = page.getByLabel('户号（楼栋-单元-房号，回车确认）');
  // A mistyped unit is said next to the field, and nothing moves on.
  await unit.fill('1-101');
  await unit.press('Enter');
  await expect(page.getByText('请按“楼栋-单元-房号”填写，如 1-1-101')).toBeVisible();
  await unit.fill('9-9-999');
  await unit.press('Enter');
  await expect(page.getByText('本次征询的名册中没有 9-9-999')).toBeVisible();
  await expect(unit).toBeFocused();
  await unit.fill(door.replaceAll('-', ' '));
  await unit.press('Enter');
  await expect(page.getByRole('group', { name: new RegExp(`^${door}的意见`) })).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-recorded')).toHaveText(`已记录 ${door}：弃权，未签字`);
  await expect(responded).toHaveText(`已表决 ${before + 1} / 40 户，未表决 ${39 - before} 户`);
  await screenshot(page, 'committee-round-tablet');
});
