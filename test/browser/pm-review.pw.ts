import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { apiAs, expect, screenshot, test } from './fixture.js';

/**
 * The joint review and construction tabs. They change only 电力新村 (JOINT_REVIEW: one
 * department's opinion) and 芙蓉里 (CONSTRUCTION: change orders); no lifecycle event is fired.
 */

async function openTab(page: Page, project: string, tab: string): Promise<string> {
  await page.goto(`/console/projects?q=${encodeURIComponent(project)}`);
  await page.getByRole('link', { name: project }).click();
  await expect(page.getByTestId('project-name')).toHaveText(project);
  await page.getByRole('tab', { name: tab }).click();
  return /projects\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

/** A dialog once its opening animation is over: a click during the zoom can land on nothing. */
async function dialogNamed(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(page.locator('.ant-modal[class*="ant-zoom"]')).toHaveCount(0);
  return dialog;
}

test("the PM enters a department's paper opinion with a condition and acknowledges the condition", async ({
  page,
  login,
  request,
  fixture,
}) => {
  await login('DISTRICT_PM');
  const id = await openTab(page, '电力新村综合改造', '联合审查');
  const standing = page.getByTestId('review-standing');
  // Two thirds of the departments have answered in the demo; fire safety's two conditions wait for the PM.
  await expect(standing).toContainText('还差 3 个部门的意见');
  await expect(standing).toContainText('城市管理部门');
  await expect(standing).toContainText('还有 2 条附加条件待项目经理确认');

  await page.getByRole('button', { name: '录入意见：城市管理部门' }).click();
  const dialog = await dialogNamed(page, '录入联审意见：城市管理部门');
  await dialog.getByText('附条件同意', { exact: true }).click();
  await dialog.getByLabel('意见内容').fill('违建拆除方案可行，原则同意');
  await dialog.getByLabel('附加条件 1').fill('拆除前三日张贴公告并告知住户');
  await dialog.getByLabel('签署人').fill('赵文博');
  await dialog.getByLabel('纸质意见编号').fill('CG-2026-118');
  const photo = Buffer.from('城市管理部门盖章意见的照片');
  await dialog.getByLabel('纸质意见照片').setInputFiles({ name: 'opinion.jpg', mimeType: 'image/jpeg', buffer: photo });
  const sha256 = createHash('sha256').update(photo).digest('hex');
  await expect(dialog.getByLabel('照片指纹（SHA-256）')).toHaveValue(sha256);
  await dialog.getByRole('button', { name: '确认录入' }).click();
  await expect(page.locator('.ant-message').getByText('已录入城市管理部门的意见')).toBeVisible();

  const row = page.getByRole('row').filter({ hasText: '城市管理部门' });
  await expect(row).toContainText('附条件同意');
  await expect(row).toContainText('代为录入（纸质签字）');
  await expect(standing).toContainText('还差 2 个部门的意见');
  await expect(standing).toContainText('还有 3 条附加条件待项目经理确认');

  await row.getByRole('button', { name: '确认条件：拆除前三日张贴公告并告知住户' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确认', exact: true }).click();
  await expect(row.getByText('已确认')).toBeVisible();
  await expect(standing).toContainText('还有 2 条附加条件待项目经理确认');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.getByTestId('review-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'pm-review');

  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const review = await pm.get(`/projects/${id}/review`);
  const opinion = review.opinions.find((o: { reviewer: string }) => o.reviewer === 'URBAN_MANAGEMENT');
  expect(opinion).toMatchObject({
    opinion: 'APPROVE_WITH_CONDITIONS',
    comments: '违建拆除方案可行，原则同意',
    signer: '赵文博',
    entry: 'ON_BEHALF',
    formNumber: 'CG-2026-118',
    photoSha256: sha256,
  });
  expect(opinion.conditions).toHaveLength(1);
  expect(opinion.conditions[0].text).toBe('拆除前三日张贴公告并告知住户');
  expect(opinion.conditions[0].acknowledgedBy).toEqual(expect.any(String));
  expect((await pm.get(`/projects/${id}`)).state).toBe('JOINT_REVIEW');
});

test('the PM raises a change order in exact yuan and has it argued by the five parties', async ({ page, login, request, fixture }) => {
  await login('DISTRICT_PM');
  const id = await openTab(page, '芙蓉里综合改造', '施工');
  await page.getByRole('button', { name: '新建变更签证' }).click();
  const dialog = await dialogNamed(page, '新建变更签证');
  await dialog.getByLabel('变更事项').fill('消防设施增补');
  await dialog.getByLabel('变更理由').fill('3 号楼增设两套消防设施，设备型号调整');
  await dialog.getByLabel('方案项目 1').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '消防设施更新' }).click();
  await expect(dialog.getByText('方案：24.00 套')).toBeVisible();
  await dialog.getByLabel('变更后工程量').fill('26');
  await dialog.getByLabel('变更后单价（元）').fill('2,650.50');
  // 26 × 2,650.50 元, counted in fen: 6,891,300 分, 6,513.00 元 more than the plan's 24 × 2,600.00 元.
  const amount = dialog.getByTestId('line-amount');
  await expect(amount).toContainText('68,913.00 元');
  await expect(amount).toContainText('6,891,300 分');
  await expect(amount).toContainText('方案 62,400.00 元，增加 6,513.00 元');
  await dialog.getByRole('button', { name: '保存为草拟' }).click();
  await expect(page.locator('.ant-message').getByText('已新建变更签证「消防设施增补」')).toBeVisible();

  const row = page.getByTestId('change-orders').getByRole('row').filter({ hasText: '消防设施增补' });
  await expect(row).toContainText('草拟');
  await expect(row).toContainText('24.00 → 26.00 套');
  await row.getByRole('button', { name: '登记五方论证：消防设施增补' }).click();
  const step = await dialogNamed(page, '确认：五方论证并出具意见书，指挥部会议决定');
  await step.getByRole('checkbox', { name: '建设单位' }).check();
  await step.getByRole('button', { name: '确认执行' }).click();
  await expect(step).toContainText('五方须全部参加论证，还缺：设计单位、监理单位、施工单位、业主代表');
  for (const party of ['设计单位', '监理单位', '施工单位', '业主代表']) await step.getByRole('checkbox', { name: party }).check();
  await step.getByLabel('五方论证意见书').fill('五方现场论证，同意增补并编制预算');
  await step.getByLabel('项目指挥部会议决定').fill('项目指挥部会议纪要 ZH-2026-31');
  await step.getByRole('button', { name: '确认执行' }).click();
  await expect(
    page.locator('.ant-message').getByText('「消防设施增补」：已五方论证并出具意见书，指挥部会议决定，进入「已论证」。'),
  ).toBeVisible();
  await expect(row).toContainText('已论证');
  await expect(row.getByRole('button', { name: '登记财政评审：消防设施增补' })).toBeVisible();

  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const orders: { title: string; state: string; parties: string[]; meetingDecision: string; lines: unknown[] }[] = await pm.get(
    `/projects/${id}/change-orders`,
  );
  const order = orders.find((o) => o.title === '消防设施增补')!;
  expect(order).toMatchObject({ state: 'ARGUED', meetingDecision: '项目指挥部会议纪要 ZH-2026-31' });
  expect([...order.parties].sort()).toEqual(['CONSTRUCTION_UNIT', 'CONTRACTOR', 'DESIGN', 'OWNER_REPRESENTATIVES', 'SUPERVISION']);
  expect(order.lines).toEqual([expect.objectContaining({ key: 'fire', quantity: '26.00', unitPriceFen: '265050' })]);
});

test('a step the order has left meanwhile is refused in Chinese, and the list shows where it stands now', async ({
  page,
  login,
  request,
  fixture,
}) => {
  await login('DISTRICT_PM');
  const id = await openTab(page, '芙蓉里综合改造', '施工');
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const order = await pm.post(`/projects/${id}/change-orders`, {
    title: '道路铺装调整',
    reason: '北侧道路改为透水铺装',
    lines: [{ key: 'roads', quantity: 2500 }],
  });
  await page.reload();
  const row = page.getByTestId('change-orders').getByRole('row').filter({ hasText: '道路铺装调整' });
  await expect(row).toContainText('草拟');

  // Someone else at the project HQ withdraws it while this page still shows the draft.
  await pm.post(`/change-orders/${order.id}/transitions`, { event: 'REJECT', reason: '经复核不再调整' });
  await row.getByRole('button', { name: '登记五方论证：道路铺装调整' }).click();
  const step = await dialogNamed(page, '确认：五方论证并出具意见书，指挥部会议决定');
  for (const party of ['建设单位', '设计单位', '监理单位', '施工单位', '业主代表'])
    await step.getByRole('checkbox', { name: party }).check();
  await step.getByLabel('五方论证意见书').fill('同意');
  await step.getByLabel('项目指挥部会议决定').fill('ZH-2026-32');
  await step.getByRole('button', { name: '确认执行' }).click();
  const refusal = step.getByRole('alert').filter({ hasText: '未能执行' });
  await expect(refusal).toContainText('当前所处阶段不能进行此操作');
  await step.getByRole('button', { name: '取消' }).click();
  await expect(row).toContainText('未变更');
  await expect(row.getByRole('button', { name: /登记|撤回/ })).toHaveCount(0);

  const orders: { id: string; state: string }[] = await pm.get(`/projects/${id}/change-orders`);
  expect(orders.find((o) => o.id === order.id)!.state).toBe('REJECTED');
});

test("the supervisor reads the review with the signers' names masked, and the government's approval of a change @tablet", async ({
  page,
  login,
}) => {
  await login('SUPERVISOR');
  await openTab(page, '电力新村综合改造', '联合审查');
  const fire = page.getByRole('row').filter({ hasText: '消防救援与应急管理部门' });
  await expect(fire).toContainText('附条件同意');
  await expect(fire).toContainText('施工期间保持消防通道畅通');
  await expect(fire).toContainText('钱**');
  await expect(fire).not.toContainText('钱卫东');
  await expect(fire.getByRole('button', { name: /^确认条件/ })).toHaveCount(0);
  await expect(page.getByTestId('review-summary')).toContainText('审查中');

  await openTab(page, '芙蓉里综合改造', '施工');
  const sewers = page.getByTestId('change-orders').getByRole('row').filter({ hasText: '雨污管线加长' });
  await expect(sewers).toContainText('政府已批准');
  await expect(page.getByRole('button', { name: '新建变更签证' })).toHaveCount(0);
  await expect(page.getByLabel('按预算加权的工程进度')).toBeVisible();
});

/** A day in China, `offset` days from today, as the API dates documents. */
function chinaDay(offset = 0): string {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  return fmt.format(new Date(Date.now() + offset * 86_400_000));
}

test("the supervisor records the government's refusal of a change, dated from its document, not before the budget review", async ({
  page,
  login,
  request,
  fixture,
}) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const projects = await pm.get(`/projects?q=${encodeURIComponent('芙蓉里综合改造')}`);
  const id = projects.items[0].id;
  const order = await pm.post(`/projects/${id}/change-orders`, {
    title: '单元门禁增补',
    reason: '居民要求增设两套门禁',
    lines: [{ key: 'weak-current', quantity: 950 }],
  });
  await pm.post(`/change-orders/${order.id}/transitions`, {
    event: 'ARGUE',
    parties: ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'],
    opinion: '五方论证同意',
    meetingDecision: 'ZH-2026-33',
  });
  await pm.post(`/change-orders/${order.id}/transitions`, { event: 'REVIEW_BUDGET', financeReview: '区财政局评审意见' });

  await login('SUPERVISOR');
  await openTab(page, '芙蓉里综合改造', '施工');
  const row = page.getByTestId('change-orders').getByRole('row').filter({ hasText: '单元门禁增补' });
  await expect(row).toContainText('已财评');
  await row.getByRole('button', { name: '登记政府不予批准：单元门禁增补' }).click();
  const step = await dialogNamed(page, '确认：县（区）政府不予批准');
  await step.getByLabel('审批机关').fill('雨花区人民政府（演示）');
  await step.getByLabel('批复文号').fill('雨政函〔2026〕40号');
  await step.getByLabel('批复日期').fill(chinaDay(-1));
  await step.getByLabel('原因').fill('超出年度资金安排');
  await step.getByRole('button', { name: '确认执行' }).click();
  const refusal = step.getByRole('alert').filter({ hasText: '未能执行' });
  await expect(refusal).toContainText('条件尚未满足');
  await expect(refusal).toContainText(`审批日期${chinaDay(-1)}早于财政评审（${chinaDay()}）`);

  await step.getByLabel('批复日期').fill(chinaDay());
  await step.getByRole('button', { name: '确认执行' }).click();
  await expect(step).toHaveCount(0);
  await expect(row).toContainText('未变更');
  await row.getByRole('button', { name: '展开行' }).click();
  await expect(page.getByText('雨花区人民政府（演示） 雨政函〔2026〕40号')).toBeVisible();

  const orders: {
    id: string;
    state: string;
    decision: { documentNumber: string; decidedOn: string } | null;
    planVersion: number | null;
  }[] = await pm.get(`/projects/${id}/change-orders`);
  expect(orders.find((o) => o.id === order.id)).toMatchObject({
    state: 'REJECTED',
    decision: { documentNumber: '雨政函〔2026〕40号', decidedOn: chinaDay() },
    planVersion: null,
  });
});

test('the PM records the on-site confirmation and sees the item built otherwise than planned', async ({
  page,
  login,
  request,
  fixture,
}) => {
  await login('DISTRICT_PM');
  const id = await openTab(page, '芙蓉里综合改造', '施工');
  const card = page.locator('.ant-card').filter({ hasText: '现场签证（工程量确认）' });
  await expect(card).toContainText('尚未登记现场签证');
  await card.getByRole('button', { name: '登记现场签证' }).click();
  const dialog = await dialogNamed(page, '登记现场签证');
  await dialog.getByLabel('签证单号').fill('QZ-2026-041');
  await dialog.getByLabel('居民代表 1', { exact: true }).fill('张建国');
  await dialog.getByRole('button', { name: '添加' }).click();
  await dialog.getByLabel('居民代表 2', { exact: true }).fill('李秀英');
  await expect(dialog.getByLabel('拆除违法建设 实际完成')).toHaveValue('180.00');
  await dialog.getByLabel('拆除违法建设 实际完成').fill('175.5');
  await dialog.getByRole('button', { name: '确认登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记现场签证')).toBeVisible();
  await expect(card).toContainText('QZ-2026-041');
  await expect(card).toContainText('张建国、李秀英');
  await expect(card).toContainText('有 1 项与方案不一致');
  await expect(card.getByRole('row').filter({ hasText: '拆除违法建设' })).toContainText('与方案不一致');

  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const confirmation = await pm.get(`/projects/${id}/site-confirmation`);
  expect(confirmation).toMatchObject({ documentNumber: 'QZ-2026-041', confirmedOn: chinaDay() });
  expect(confirmation.residentRepresentatives.map((r: { name: string }) => r.name)).toEqual(['张建国', '李秀英']);
  expect(confirmation.items).toContainEqual({ key: 'demolition', quantity: '175.50' });
});
