import { formatFen, formatYuan, fenFromYuan } from '../../apps/console/src/shared/money.js';
import { apiAs, expect, screenshot, test } from './fixture.js';

test('the PM records the survey of a project in SURVEY, told in Chinese beside the field what the API refuses', async ({
  page,
  login,
  request,
  fixture,
}) => {
  // The demo's own SURVEY project is another test's, and a new project would change what the other
  // files count: the second district's project, still in SURVEY, is surveyed by its own PM.
  const pm = await apiAs(request, fixture, { username: fixture.other.username, password: fixture.other.password });
  const project = await pm.get(`/projects/${fixture.other.projectId}`);
  const neighbour = await pm.post('/compounds', {
    districtId: project.districtId,
    name: '麓山新村北院（浏览器测试）',
    address: '测试路 10 号',
    buildYear: 1992,
  });

  await login(fixture.other);
  await page.goto(`/console/projects/${project.id}?tab=survey`);
  await expect(page.getByRole('tab', { name: '勘察', selected: true })).toBeVisible();

  // The neighbour joins the project area, and leaves it again before its residents have any record.
  await page.getByLabel('加入片区的小区').fill('麓山新村北院');
  await page.getByTitle(neighbour.name).click();
  await page.getByRole('button', { name: '加入片区' }).click();
  const area = page.getByRole('table', { name: '覆盖的小区' });
  await expect(area).toContainText(neighbour.name);
  expect((await pm.get(`/projects/${project.id}/compounds`)).map((c: { name: string }) => c.name)).toEqual([
    '麓山新村（测试小区）',
    neighbour.name,
  ]);
  await expect(page.getByLabel('调查的小区')).toBeVisible();
  await page.getByRole('button', { name: `将${neighbour.name}移出片区` }).click();
  await expect(area).not.toContainText('麓山新村北院');
  expect(await pm.get(`/projects/${project.id}/compounds`)).toHaveLength(1);

  await page.getByRole('button', { name: '登记基础数据' }).click();
  await page.getByLabel('楼栋数').fill('4');
  await page.getByLabel('户数', { exact: true }).fill('120');
  await page.getByLabel('建筑面积（m²）').fill('5600.5');
  await page.getByLabel('建成年份').fill('1992');
  await page.getByRole('button', { name: '保存基础数据' }).click();
  await expect(page.getByText('120 户')).toBeVisible();

  // More willing households than surveyed: the API refuses, and says so under the field.
  await page.getByRole('button', { name: '登记改造意愿' }).click();
  await page.getByLabel('调查户数').fill('100');
  await page.getByLabel('愿意改造户数').fill('130');
  await page.getByLabel('调查方式').click();
  await page.getByTitle('入户调查').click();
  await page.getByRole('button', { name: '保存改造意愿' }).click();
  const willing = page.locator('.ant-form-item').filter({ has: page.getByLabel('愿意改造户数') });
  await expect(willing).toContainText('不能多于调查户数');
  expect((await pm.get(`/projects/${project.id}/survey`)).willingness).toBeNull();

  await page.getByLabel('愿意改造户数').fill('92');
  await page.getByRole('button', { name: '保存改造意愿' }).click();
  await expect(page.getByText('92 户')).toBeVisible();

  const survey = await pm.get(`/projects/${project.id}/survey`);
  expect(survey.baseData).toEqual({ buildings: 4, households: 120, floorArea: '5600.50', buildYear: 1992 });
  expect(survey.willingness).toMatchObject({ surveyedHouseholds: 100, willingHouseholds: 92, method: 'DOOR_TO_DOOR' });
});

test('the PM drafts the next plan version with exact money, a bad amount refused beside its field', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await pm.projectId('粮站家属院综合改造');
  const versions = await pm.get(`/projects/${id}/plans`);
  const last = versions.at(-1);

  await login('DISTRICT_PM');
  await page.goto(`/console/projects/${id}?tab=plans`);
  await expect(page.getByTestId('plan-version')).toContainText(`第 ${last.version} 版改造方案`);
  await expect(page.getByTestId('plan-total')).toContainText(formatYuan(fenFromYuan(last.budget)!));

  await page.getByRole('button', { name: `新建第 ${last.version + 1} 版` }).click();
  const draft = page.getByTestId('plan-draft');
  await expect(draft.getByRole('group', { name: /^第 \d+ 项$/ })).toHaveCount(last.items.length);

  // Two rows added, the first taken out again: only the second goes into the version.
  await draft.getByRole('button', { name: '增加一项' }).click();
  await draft.getByRole('button', { name: '增加一项' }).click();
  const extra = draft.getByRole('group', { name: `第 ${last.items.length + 1} 项` });
  await extra.getByLabel(`第 ${last.items.length + 1} 项名称`).fill('临时占位');
  await extra.getByRole('button', { name: `删除第 ${last.items.length + 1} 项` }).click();

  const row = draft.getByRole('group', { name: `第 ${last.items.length + 1} 项` });
  await row.getByLabel(`第 ${last.items.length + 1} 项名称`).fill('楼道照明改造');
  await row.getByLabel('工程量').fill('1');
  await row.getByLabel('单位').fill('项');
  await row.getByLabel('单价（元）').fill('1234.567');
  await draft.getByLabel('变更说明').fill('增加楼道照明改造');
  // The residents' objection answered ADOPTED in the first plan round is taken up by this version.
  await draft.getByLabel('本版采纳的异议').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '非机动车棚' }).click();
  await page.keyboard.press('Escape');
  await draft.getByRole('button', { name: `保存第 ${last.version + 1} 版` }).click();
  await expect(row.locator('.ant-form-item').filter({ has: page.getByLabel('单价（元）') })).toContainText('金额格式不正确');
  expect(await pm.get(`/projects/${id}/plans`)).toHaveLength(versions.length);

  await row.getByLabel('单价（元）').fill('1234.56');
  await expect(row).toContainText('1,234.56 元');
  await expect(row).toContainText('123,456 分');
  const total = (BigInt(fenFromYuan(last.budget)!) + 123456n).toString();
  await expect(draft.getByTestId('draft-total')).toContainText(formatYuan(total));
  await expect(draft.getByTestId('draft-total')).toContainText(formatFen(total));

  await draft.getByRole('button', { name: `保存第 ${last.version + 1} 版` }).click();
  await expect(page.getByTestId('plan-draft')).toHaveCount(0);
  const view = page.getByTestId('plan-version');
  await expect(view).toContainText(`第 ${last.version + 1} 版改造方案`);
  await expect(view.getByRole('row', { name: /楼道照明改造/ })).toContainText('123,456 分');
  await expect(view.getByTestId('plan-total')).toContainText(formatYuan(total));
  await expect(view.getByTestId('plan-total')).toContainText(formatFen(total));
  await view.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await screenshot(page, 'pm-plan-version');

  const saved = await pm.get(`/projects/${id}/plans/${last.version + 1}`);
  expect(saved.items).toHaveLength(last.items.length + 1);
  expect(saved.items.find((i: { name: string }) => i.name === '楼道照明改造')).toMatchObject({
    quantity: '1.00',
    unit: '项',
    unitPrice: '1234.56',
    budget: '1234.56',
    category: 'BASIC',
    paidBy: 'GOVERNMENT',
    required: true,
  });
  expect(fenFromYuan(saved.budget)).toBe(total);
  expect(saved.changeNote).toBe('增加楼道照明改造');
  expect(saved.adoptedObjections).toHaveLength(1);
  await expect(view.locator('.ant-descriptions-item').filter({ hasText: '采纳的异议' })).toContainText('1 条');
  // What the form showed unchanged comes back as the last version had it.
  expect(saved.contributions).toEqual(last.contributions);
  expect(saved.sections).toEqual(last.sections);
  expect(saved.items.filter((i: { name: string }) => i.name !== '楼道照明改造')).toEqual(last.items);

  // No round has consulted it yet: the PM corrects the version in place.
  await page.getByRole('button', { name: `修改第 ${saved.version} 版` }).click();
  const edit = page.getByTestId('plan-draft');
  await expect(edit).toContainText(`修改第 ${saved.version} 版`);
  const at = saved.items.findIndex((i: { name: string }) => i.name === '楼道照明改造') + 1;
  const lighting = edit.getByRole('group', { name: `第 ${at} 项` });
  await lighting.getByLabel('工程量').fill('3');
  await lighting.getByLabel('单价（元）').fill('0.1');
  await expect(lighting).toContainText('30 分');
  const corrected = (BigInt(fenFromYuan(last.budget)!) + 30n).toString();
  await expect(edit.getByTestId('draft-total')).toContainText(formatFen(corrected));
  await edit.getByRole('button', { name: `保存第 ${saved.version} 版` }).click();
  await expect(page.getByTestId('plan-version').getByTestId('plan-total')).toContainText(formatFen(corrected));
  expect(await pm.get(`/projects/${id}/plans`)).toHaveLength(versions.length + 1);
  const again = await pm.get(`/projects/${id}/plans/${saved.version}`);
  expect(again.items.find((i: { name: string }) => i.name === '楼道照明改造')).toMatchObject({
    quantity: '3.00',
    unitPrice: '0.10',
    budget: '0.30',
  });
  expect(fenFromYuan(again.budget)).toBe(corrected);
  expect(again).toMatchObject({ changeNote: '增加楼道照明改造', adoptedObjections: saved.adoptedObjections });
});

test('the PM records a permit and names the team, the local count of volunteers refused in Chinese', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await pm.projectId('荷花池综合改造');
  await login('DISTRICT_PM');
  await page.goto(`/console/projects/${id}?tab=permits`);

  await page.getByLabel('许可证号').fill('430111202612040001');
  await page.getByLabel('发证机关').fill('雨花区住房和城乡建设局');
  await page.getByLabel('发证日期').fill('2026-12-01');
  await page.getByLabel('发证日期').press('Enter');
  await page.getByRole('button', { name: '登记许可' }).click();
  await expect(page.getByRole('table', { name: '施工许可' })).toContainText('430111202612040001');
  // The same number again is refused beside its field.
  await page.getByLabel('许可证号').fill('430111202612040001');
  await page.getByRole('button', { name: '登记许可' }).click();
  await expect(page.locator('.ant-form-item').filter({ has: page.getByLabel('许可证号') })).toContainText('该许可证号已登记');
  const permits = await pm.get(`/projects/${id}/permits`);
  expect(permits.permits).toEqual([
    expect.objectContaining({
      type: '建筑工程施工许可证',
      number: '430111202612040001',
      issuer: '雨花区住房和城乡建设局',
      issuedOn: '2026-12-01',
    }),
  ]);

  await page.getByRole('tab', { name: '团队' }).click();
  await page.getByRole('button', { name: '登记施工队伍' }).click();
  await page.getByLabel('施工单位').fill('湘江建设工程有限公司（测试）');
  await page.getByLabel('监理单位').fill('岳麓工程监理有限公司（测试）');
  await page.getByLabel('义务监督员 1 姓名').fill('刘建华');
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: '增加义务监督员' }).click();
    await page.getByLabel(`义务监督员 ${n} 姓名`).fill(n === 2 ? '陈桂芳' : '王小明');
  }
  await page.getByRole('button', { name: '保存施工队伍' }).click();
  await expect(page.getByText('人数不符合本地规定')).toBeVisible();
  expect((await pm.get(`/projects/${id}/permits`)).team).toBeNull();

  await page.getByRole('button', { name: '删除第 3 位义务监督员' }).click();
  await page.getByRole('button', { name: '保存施工队伍' }).click();
  await expect(page.getByText('刘建华、陈桂芳')).toBeVisible();
  expect((await pm.get(`/projects/${id}/permits`)).team).toMatchObject({
    contractor: '湘江建设工程有限公司（测试）',
    supervisionCompany: '岳麓工程监理有限公司（测试）',
    epc: false,
    volunteerSupervisors: [{ name: '刘建华' }, { name: '陈桂芳' }],
  });

  // A renovation council of one: too few for the district's rule, said beside the members.
  await page.getByRole('button', { name: '登记自治组织' }).click();
  await page.getByLabel('组织名称').fill('荷花池业主委员会');
  await page.getByLabel('成立日期').fill('2026-11-20');
  await page.getByLabel('成立日期').press('Enter');
  await page.getByLabel('成员 1 姓名').fill('周海燕');
  await page.getByLabel('职务').fill('主任');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('理事会居民成员人数不符合本地规定')).toBeVisible();
  const before = (await pm.get(`/projects/${id}/bodies`)).length;

  await page.getByLabel('组织类型').click();
  await page.getByTitle('业主委员会').click();
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('table', { name: '自治组织' })).toContainText('荷花池业主委员会');
  await expect(page.getByRole('table', { name: '自治组织' })).toContainText('主任：周海燕');
  const bodies = await pm.get(`/projects/${id}/bodies`);
  expect(bodies).toHaveLength(before + 1);
  expect(bodies.at(-1)).toMatchObject({
    kind: 'OWNERS_COMMITTEE',
    name: '荷花池业主委员会',
    establishedOn: '2026-11-20',
    members: [{ name: '周海燕', position: '主任', resident: true }],
  });
});

test('the PM sets the funding plan in yuan, exact to the fen, and is told in Chinese a plan year out of range', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await pm.projectId('机械厂宿舍综合改造');
  await login('DISTRICT_PM');
  await page.goto(`/console/projects/${id}?tab=planning`);

  await page.getByLabel('纳入年度计划（年）').fill('2099');
  await page.getByRole('button', { name: '保存年度' }).click();
  await expect(page.locator('.ant-form-item').filter({ has: page.getByLabel('纳入年度计划（年）') })).toContainText('超出允许的范围');

  // The demo's PLANNED project has no funding plan yet: the PM records its first.
  await page.getByRole('button', { name: '登记资金计划' }).click();
  await page.getByLabel('总预算（元）').fill('80万');
  await page.getByLabel('承诺金额（元）').fill('500000');
  await page.getByLabel('已到位（元）').fill('1234.56');
  await page.getByRole('button', { name: '保存资金计划' }).click();
  await expect(page.locator('.ant-form-item').filter({ has: page.getByLabel('总预算（元）') })).toContainText('金额格式不正确');
  await page.getByLabel('总预算（元）').fill('800000.07');
  await page.getByRole('button', { name: '保存资金计划' }).click();
  const summary = page.getByTestId('funding-summary');
  await expect(summary).toContainText('800,000.07 元');
  await expect(summary).toContainText('80,000,007 分');
  // What the budget lacks, counted by the API to the fen.
  await expect(summary.locator('.ant-descriptions-item').filter({ hasText: '资金缺口' }).first()).toContainText('300,000.07 元');
  await expect(page.getByRole('table', { name: '资金来源' })).toContainText('123,456 分');
  const funding = (await pm.get(`/projects/${id}/planning`)).funding;
  expect(funding).toMatchObject({ budget: '800000.07', raised: '500000.00', gap: '300000.07', received: '1234.56' });
  expect(funding.sources).toEqual([expect.objectContaining({ source: 'CENTRAL_BUDGET', amount: '500000.00', received: '1234.56' })]);
});

test('a supervisor reads the plan and the team without the controls to change them @tablet', async ({ page, login, request, fixture }) => {
  const pm = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await pm.projectId('芙蓉里综合改造');
  await login('SUPERVISOR');
  await page.goto(`/console/projects/${id}?tab=plans`);
  await expect(page.getByTestId('plan-version')).toContainText('改造方案');
  await expect(page.getByTestId('plan-total')).toContainText('分');
  await expect(page.getByRole('button', { name: /新建第/ })).toHaveCount(0);

  await page.getByRole('tab', { name: '团队' }).click();
  await expect(page.getByText('湘江建设工程有限公司（演示）')).toBeVisible();
  await expect(page.getByText('刘建华')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /施工队伍/ })).toHaveCount(0);
  await page.getByRole('tab', { name: '审批许可' }).click();
  await expect(page.getByRole('list', { name: '免办依据' })).toContainText('不增加建筑面积');
  await expect(page.getByRole('button', { name: /登记/ })).toHaveCount(0);
});
