import { readFileSync } from 'node:fs';
import { apiAs, expect, screenshot, test } from './fixture.js';

const PROJECT = '芙蓉里综合改造';
const HOUR = 3600 * 1000;

/** A Beijing wall-clock time `ms` from now, as a deadline without an offset is read. */
const beijingIn = (ms: number) => new Date(Date.now() + 8 * HOUR + ms).toISOString().slice(0, 19);
const beijingMonth = (monthsBack: number) => {
  const wall = new Date(Date.now() + 8 * HOUR);
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 7);
};

test('the supervisor sees the districts by stage and what is overdue, charted and in a table @tablet', async ({
  page,
  login,
  request,
  fixture,
}, info) => {
  const supervisor = await apiAs(request, fixture, 'SUPERVISOR');
  const portfolio = await supervisor.get('/portfolio');
  expect(portfolio.total.projects.total).toBe(15);

  await login('SUPERVISOR');
  await page.getByRole('link', { name: '项目总览' }).click();
  await expect(page).toHaveURL(/\/console\/portfolio$/);
  const byState = page.getByRole('img', { name: '各区县项目阶段分布，共 15 个项目' });
  await expect(byState).toBeVisible();
  // ECharts drew the stacked bars: one per state with a project, each a legend entry in Chinese.
  await expect(byState.locator('svg')).toContainText('进行现场施工');
  await expect(byState.locator('svg')).toContainText('雨花区（演示）');
  await expect(page.getByRole('img', { name: `各区县逾期事项，共 ${portfolio.total.overdue.total} 项` })).toBeVisible();

  const row = page.getByRole('table', { name: '各区县情况' }).locator('tbody tr.ant-table-row');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').nth(0)).toHaveText('雨花区（演示）');
  await expect(row.locator('td').nth(1)).toHaveText('15');
  await expect(row.locator('td').nth(2)).toHaveText(String(portfolio.total.projects.byState.CONSTRUCTION));
  // The other district's project is not the supervisor's to see.
  await expect(page.locator('main')).not.toContainText(fixture.other.districtName);
  if (info.project.name === 'office') await screenshot(page, 'supervisor-portfolio');

  // A filter narrows the figures, and the address keeps it.
  await page.getByLabel('阶段', { exact: true }).fill('进行现场施工');
  await page.getByLabel('阶段', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/state=CONSTRUCTION/);
  await expect(page.getByRole('img', { name: '各区县项目阶段分布，共 1 个项目' })).toBeVisible();
});

test('the PM resubmits a report, the supervisor returns it from the queue with a finding, and the ledger lists the overdue one first', async ({
  page,
  login,
  request,
  fixture,
}) => {
  test.setTimeout(120_000);
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const supervisor = await apiAs(request, fixture, 'SUPERVISOR');
  const [project] = (await pm.get(`/projects?q=${encodeURIComponent(PROJECT)}`)).items;
  expect(project.state).toBe('CONSTRUCTION');
  const plan = (await pm.get(`/projects/${project.id}/plans`)).at(-1);
  const reports = async () => (await pm.get(`/projects/${project.id}/reports`)) as { id: string; seq: number; state: string }[];
  const due = (await reports()).find((r) => r.state === 'DUE')!;

  // Through the API: the PM submits the period's report and the supervisor returns it with a finding due in a few seconds.
  await pm.post(`/reports/${due.id}/submit`, {
    items: plan.items.map((i: { key: string }) => ({ key: i.key, percent: 90 })),
    narrative: '道路铺装完成九成',
  });
  await supervisor.post(`/reports/${due.id}/return`, {
    findings: [{ severity: 'HIGH', description: '消防通道仍被临时材料占用', deadline: beijingIn(3000), responsible: '施工单位项目经理' }],
  });
  await expect.poll(async () => (await supervisor.get(`/findings?projectId=${project.id}`))[0]?.overdue).toBe(true);

  // The PM resubmits it in the console, the returned figures filled in.
  await login('DISTRICT_PM');
  await page.goto(`/console/projects/${project.id}?tab=reports`);
  const table = page.getByRole('table', { name: '进度报告' });
  await expect(table.locator('tbody tr.ant-table-row').first()).toContainText('已退回');
  await page.getByRole('button', { name: '修改后重新提交' }).click();
  const form = page.getByRole('dialog');
  const first = form.getByLabel(`${plan.items[0].name}（%）`);
  await expect(first).toHaveValue('90');
  await form.getByLabel('本期进展').fill('道路铺装完成九成；消防通道已清理');
  // A figure below the last accepted one, without a reason: refused, said next to the item's reason.
  await first.fill('10');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(form.getByText('比上次采纳的进度低，须说明原因')).toBeVisible();
  expect((await reports()).find((r) => r.id === due.id)!.state).toBe('RETURNED');
  await first.fill('90');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.ant-message').getByText(`第 ${due.seq} 期进度报告已提交，等待督导审核。`)).toBeVisible();
  expect((await reports()).find((r) => r.id === due.id)!.state).toBe('SUBMITTED');

  // The supervisor finds it among the reports waiting for audit, and returns it with a finding listed in the form.
  await page.getByRole('button', { name: '退出登录' }).click();
  await login('SUPERVISOR');
  await page.getByRole('link', { name: '待审核报告' }).click();
  const queue = page.getByRole('table', { name: '待审核报告' }).locator('tbody tr.ant-table-row');
  await expect(queue).toHaveCount(1);
  await expect(queue.first()).toContainText(PROJECT);
  await expect(queue.first()).toContainText(`第 ${due.seq} 期`);
  await queue.first().getByRole('button', { name: '退回并提出问题' }).click();
  const back = page.getByRole('dialog');
  await back.getByLabel('问题描述').fill('3号楼外墙保温层接缝未处理');
  await back.getByLabel('严重程度').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="严重"]').click();
  const deadline = beijingIn(7 * 24 * HOUR).slice(0, 10);
  await back.getByLabel('整改期限').fill(deadline);
  await back.getByLabel('责任人').fill('施工单位技术负责人');
  await back.getByRole('button', { name: '确认退回' }).click();
  await expect(page.locator('.ant-message').getByText(`已退回第 ${due.seq} 期进度报告，1 个问题已记入问题台账。`)).toBeVisible();
  expect((await reports()).find((r) => r.id === due.id)!.state).toBe('RETURNED');
  await expect(page.getByText('没有等待审核的进度报告')).toBeVisible();
  expect(await supervisor.get('/reports?state=SUBMITTED')).toEqual([]);
  const open: { id: string; description: string; severity: string; overdue: boolean; responsible: string }[] = await supervisor.get(
    `/findings?projectId=${project.id}`,
  );
  expect(open.map((f) => [f.description, f.overdue])).toEqual([
    ['消防通道仍被临时材料占用', true],
    ['3号楼外墙保温层接缝未处理', false],
  ]);
  expect(open[1]).toMatchObject({ severity: 'HIGH', responsible: '施工单位技术负责人' });

  // The ledger: overdue first, named by project.
  await page.getByRole('link', { name: '问题台账' }).click();
  const rows = page.getByRole('table', { name: '问题台账' }).locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('已逾期');
  await expect(rows.nth(0)).toContainText('消防通道仍被临时材料占用');
  await expect(rows.nth(0)).toContainText(PROJECT);
  await expect(rows.nth(1)).toContainText('未逾期');
  await expect(rows.nth(1)).toContainText('3号楼外墙保温层接缝未处理');
  await expect(rows.nth(1)).toContainText('严重');

  // Once the PM reports the overdue one rectified, the supervisor closes it after a confirmation.
  await pm.post(`/findings/${open[0]!.id}/transitions`, { event: 'RECTIFY', evidence: '通道清理照片 ZP-0412' });
  await page.reload();
  await expect(rows.nth(0)).toContainText('已整改待销号');
  await rows.nth(0).getByRole('button', { name: '销号' }).click();
  await expect(page.getByRole('dialog')).toContainText('将变为「已销号」');
  await page.getByRole('dialog').getByRole('button', { name: '确认执行' }).click();
  await expect(page.locator('.ant-message').getByText('已销号，问题状态为「已销号」。')).toBeVisible();
  await expect(rows).toHaveCount(1);
  expect((await supervisor.get(`/findings?projectId=${project.id}`)).map((f: { id: string }) => f.id)).toEqual([open[1]!.id]);
});

test('the supervisor builds last month’s bulletin, refused for the month not over, and downloads its workbook', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const supervisor = await apiAs(request, fixture, 'SUPERVISOR');
  const month = beijingMonth(1);
  await login('SUPERVISOR');
  await page.getByRole('link', { name: '月度通报' }).click();
  await expect(page.getByText('还没有生成过月度通报')).toBeVisible();

  // This month has not ended: said in Chinese next to the month, and nothing is built.
  const field = page.getByLabel('通报月份');
  await expect(field).toHaveValue(month);
  await field.fill(beijingMonth(0));
  await page.getByRole('button', { name: '生成通报' }).click();
  await expect(page.getByText('这个月还没有结束，月度通报只能在月末之后生成')).toBeVisible();
  expect(await supervisor.get('/bulletins')).toEqual([]);

  await field.fill(month);
  await page.getByRole('button', { name: '生成通报' }).click();
  await expect(page.locator('.ant-message').getByText(`已生成 ${month} 月度通报。`)).toBeVisible();
  const list = page.getByRole('table', { name: '月度通报列表' }).locator('tbody tr.ant-table-row');
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('手动生成');
  // The ranking holds the whole city, the other district included: a bulletin has figures, no person.
  const ranking = page.getByRole('table', { name: '各区排名' });
  await expect(ranking).toContainText('雨花区（演示）');
  await expect(ranking).toContainText(fixture.other.districtName);
  const stored = await supervisor.get('/bulletins');
  expect(stored).toMatchObject([{ month, builtVia: 'USER', city: { code: 'changsha' } }]);

  const arriving = page.waitForEvent('download');
  await page.getByRole('button', { name: `下载 ${month} 月度通报 XLSX` }).click();
  const file = await arriving;
  expect(file.suggestedFilename()).toBe(`bulletin-changsha-${month}.xlsx`);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // Building it again gives the stored one back, unchanged.
  await page.getByRole('button', { name: '生成通报' }).click();
  await expect(page.locator('.ant-message').getByText(`${month} 的月度通报此前已生成`)).toBeVisible();
  expect((await supervisor.get('/bulletins')).map((b: { builtAt: string }) => b.builtAt)).toEqual([stored[0].builtAt]);
});

test('the supervisor accepts a resubmitted report on the project page, and its figures count', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const [project] = (await pm.get(`/projects?q=${encodeURIComponent(PROJECT)}`)).items;
  const plan = (await pm.get(`/projects/${project.id}/plans`)).at(-1);
  const reports = async () => (await pm.get(`/projects/${project.id}/reports`)) as { id: string; seq: number; state: string }[];
  const open = (await reports()).find((r) => ['DUE', 'RETURNED'].includes(r.state))!;
  await pm.post(`/reports/${open.id}/submit`, {
    items: plan.items.map((i: { key: string }) => ({ key: i.key, percent: 95 })),
    narrative: '外墙保温接缝已处理',
  });

  await login('SUPERVISOR');
  await page.goto(`/console/projects/${project.id}?tab=reports`);
  const rows = page.getByRole('table', { name: '进度报告' }).locator('tbody tr.ant-table-row');
  await expect(rows.first()).toContainText('已提交');
  await rows.first().getByRole('button', { name: '采纳' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认采纳' }).click();
  await expect(page.locator('.ant-message').getByText(`已采纳第 ${open.seq} 期进度报告。`)).toBeVisible();

  expect((await reports()).map((r) => [r.seq, r.state]).slice(-2)).toEqual([
    [open.seq, 'ACCEPTED'],
    [open.seq + 1, 'DUE'],
  ]);
  const progress = await pm.get(`/projects/${project.id}/progress`);
  expect(progress).toMatchObject({ percent: '95.00', reportSeq: open.seq });
  await expect(page.getByRole('progressbar', { name: '施工进度' })).toContainText('95.00%');
  // The curve joins the accepted reports, the one just accepted last.
  await expect(page.getByRole('img', { name: `进度曲线：第 1 至 ${open.seq} 期已采纳报告，最新 95.00%` })).toBeVisible();
  await expect(rows.first()).toContainText(`第 ${open.seq + 1} 期`);
  await expect(rows.first()).toContainText('待提交');
});
