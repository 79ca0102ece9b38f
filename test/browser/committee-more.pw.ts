import type { APIRequestContext, Page } from '@playwright/test';
import { apiAs, expect, screenshot, test, type BrowserFixture } from './fixture.js';

/**
 * The committee's roster edits, paper tally, objections and complaints, on the other district's
 * project (麓山新村综合改造, which no other file reads beyond its name), with a recorder of its own
 * made here: a new project would change the project counts roles.pw.ts reads, and rounds or
 * complaints on a demo project would lengthen the history project.pw.ts counts.
 */
interface Credentials {
  username: string;
  password: string;
}

interface Place {
  pm: Credentials;
  recorder: Credentials;
  compoundId: string;
  projectId: string;
}

let made: Promise<Place> | undefined;

/**
 * Made once for the run: the project's compound given six households, and a recorder for it. A
 * worker restarted after a failure finds them made already (the recorder signs in).
 */
function place(request: APIRequestContext, fixture: BrowserFixture): Promise<Place> {
  made ??= (async () => {
    const pm = { username: fixture.other.username, password: fixture.other.password };
    const asPm = await apiAs(request, fixture, pm);
    const { compoundId } = await asPm.get(`/projects/${fixture.other.projectId}`);
    const recorder = { username: 'committee-more-recorder', password: 'Lushan-rc-2026!' };
    const place = { pm, recorder, compoundId, projectId: fixture.other.projectId };
    if ((await request.post(`${fixture.baseURL}/auth/login`, { data: recorder })).ok()) return place;
    const admin = await apiAs(request, fixture, 'ADMIN');
    await admin.post('/users', { ...recorder, displayName: '麓山新村居委会', role: 'RESIDENTS_COMMITTEE', compoundIds: [compoundId] });
    for (const room of ['101', '102', '201', '202', '301', '302'])
      await asPm.post(`/compounds/${compoundId}/households`, { building: '1', unit: '1', room, floorArea: 60 });
    return place;
  })();
  return made;
}

type Household = {
  id: string;
  building: string;
  unit: string;
  room: string;
  floorArea: string;
  ownerName: string | null;
  ownerPhone: string | null;
  status: string;
  leftOn: string | null;
};

const field = (page: Page, label: string) => page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });

test('the committee adds a household, corrects it, and records another moving out, which then shows among the departed', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const { recorder, compoundId } = await place(request, fixture);
  const committee = await apiAs(request, fixture, recorder);
  const roster = async (): Promise<Household[]> =>
    (await committee.get(`/compounds/${compoundId}/households?limit=500&includeDeparted=true`)).items;
  await committee.post(`/compounds/${compoundId}/households`, {
    building: '9',
    unit: '1',
    room: '102',
    floorArea: 58,
    ownerName: '迁出户',
  });

  await login(recorder);
  await page.goto(`/console/roster?compound=${compoundId}`);
  const table = page.getByTestId('roster');
  await expect(page.getByRole('button', { name: '住户变动 9-1-102' })).toBeVisible();

  // Added: a phone the API refuses is said next to the phone, and nothing is written.
  await page.getByRole('button', { name: '新增住户' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('楼栋').fill('9');
  await dialog.getByLabel('单元').fill('1');
  await dialog.getByLabel('房号').fill('101');
  await dialog.getByLabel('建筑面积').fill('66.5');
  await dialog.getByLabel('户主').fill('测试户主');
  await dialog.getByLabel('联系电话').fill('没有电话');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(field(page, '联系电话')).toContainText('格式不正确');
  expect((await roster()).some((h) => h.building === '9' && h.room === '101')).toBe(false);
  await dialog.getByLabel('联系电话').fill('13800000001');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.ant-message').getByText('已新增 9-1-101')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  expect((await roster()).find((h) => h.building === '9' && h.room === '101')).toMatchObject({
    floorArea: '66.50',
    ownerName: '测试户主',
    ownerPhone: '13800000001',
    status: 'CURRENT',
  });

  // Corrected: the area changes, the owner cleared.
  await page.getByRole('button', { name: '编辑 9-1-101' }).click();
  await expect(dialog.getByLabel('建筑面积')).toHaveValue('66.50');
  await dialog.getByLabel('建筑面积').fill('70.25');
  await dialog.getByLabel('户主').fill('');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.ant-message').getByText('已更正 9-1-101')).toBeVisible();
  expect((await roster()).find((h) => h.building === '9' && h.room === '101')).toMatchObject({ floorArea: '70.25', ownerName: null });

  // Moved out: asked once more, then it leaves the roster, kept among the departed with its day.
  await page.getByRole('button', { name: '住户变动 9-1-102' }).click();
  await expect(dialog.getByRole('radio', { name: '迁出' })).toBeChecked();
  await dialog.getByLabel('原因').fill('房屋已出售，原户主全家迁出');
  const today = await dialog.getByLabel('变动日期').inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('button', { name: '确认登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记 9-1-102 迁出')).toBeVisible();
  const moved = (await roster()).find((h) => h.building === '9' && h.room === '102')!;
  expect(moved).toMatchObject({ status: 'MOVED_OUT', leftOn: today });
  await expect(page.getByRole('button', { name: '住户变动 9-1-102' })).toHaveCount(0);
  await page.getByLabel('显示已迁出、合并、分户的住户').check();
  const row = table.locator('tr', { hasText: '迁出户' });
  await expect(row).toContainText(`已迁出（${today}）`);
  await expect(row.getByRole('button')).toHaveCount(0);
});

test('a household split in two, a bad phone of the second said under its own field; another merged into a neighbour', async ({
  page,
  login,
  request,
  fixture,
}) => {
  const { recorder, compoundId } = await place(request, fixture);
  const committee = await apiAs(request, fixture, recorder);
  const roster = async (): Promise<Household[]> =>
    (await committee.get(`/compounds/${compoundId}/households?limit=500&includeDeparted=true`)).items;
  await login(recorder);
  await page.goto('/console/roster');

  await page.getByRole('button', { name: '住户变动 1-1-302' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('分户', { exact: true }).click();
  await dialog.getByLabel('原因').fill('子女成家，一套房分为两户');
  const first = dialog.locator('.ant-card', { hasText: '分户后第 1 户' });
  const second = dialog.locator('.ant-card', { hasText: '分户后第 2 户' });
  for (const [card, room, area] of [
    [first, '302', '35'],
    [second, '303', '25'],
  ] as const) {
    await card.getByLabel('楼栋').fill('1');
    await card.getByLabel('单元').fill('1');
    await card.getByLabel('房号').fill(room);
    await card.getByLabel('建筑面积').fill(area);
  }
  await second.getByLabel('联系电话').fill('无');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('button', { name: '确认登记' }).click();
  await expect(second.locator('.ant-form-item').filter({ has: page.getByLabel('联系电话') })).toContainText('格式不正确');
  await expect(page.getByRole('button', { name: '确认登记' })).toHaveCount(0);
  await expect(first.locator('.ant-form-item-explain-error')).toHaveCount(0);
  expect((await roster()).filter((h) => h.room === '303')).toEqual([]);
  await second.getByLabel('联系电话').fill('13700000003');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('button', { name: '确认登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记 1-1-302 分户')).toBeVisible();
  const after = await roster();
  expect(
    after
      .filter((h) => h.room === '302')
      .map((h) => [h.status, h.floorArea])
      .sort(),
  ).toEqual([
    ['CURRENT', '35.00'],
    ['SPLIT', '60.00'],
  ]);
  expect(after.find((h) => h.room === '303')).toMatchObject({ status: 'CURRENT', floorArea: '25.00', ownerPhone: '13700000003' });

  await page.getByRole('button', { name: '住户变动 1-1-301' }).click();
  await dialog.getByText('合并', { exact: true }).click();
  await dialog.getByLabel('原因').fill('两套打通，合为一户');
  await dialog.getByLabel('并入住户').fill('1-1-201');
  await dialog.getByLabel('并入住户').press('Enter');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('button', { name: '确认登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记 1-1-301 合并')).toBeVisible();
  expect((await roster()).find((h) => h.room === '301')).toMatchObject({ status: 'MERGED' });
});

test('a paper tally with a bad row is shown by line and column and writes nothing; the corrected file is written; an objection is filed and answered', async ({
  page,
  login,
  request,
  fixture,
}) => {
  test.setTimeout(120_000);
  const { recorder, pm, compoundId, projectId } = await place(request, fixture);
  const committee = await apiAs(request, fixture, recorder);
  // A round of its own, on a roster confirmed without a survey count (so with a reason).
  const round = await committee.post(`/projects/${projectId}/rounds`, {
    subject: 'OTHER',
    title: '楼道堆物清理意见征询',
    publicityDays: 7,
  });
  await committee.post(`/compounds/${compoundId}/roster/confirmation`, { reason: '尚未摸底，名册经居委会逐户核对' });
  await committee.post(`/rounds/${round.id}/transitions`, { event: 'OPEN' });
  const pending: { items: { unitKey: string; householdId: string }[] } = await committee.get(`/rounds/${round.id}/pending?limit=2`);
  const [a, b] = pending.items.map((h) => h.unitKey.split('/'));

  await login(recorder);
  await page.goto(`/console/rounds/${round.id}`);
  await expect(page.getByTestId('round-state')).toHaveText('征询中');
  const upload = page.locator('input[type="file"]');
  const csv = (second: string) => Buffer.from(`楼栋,单元,房号,意见,签字\n${a!.join(',')},同意,√\n${b!.join(',')},${second},√\n`, 'utf8');
  await upload.setInputFiles({ name: '表决票.csv', mimeType: 'text/csv', buffer: csv('大概同意') });
  const preview = page.getByTestId('votes-import-preview');
  await expect(preview).toContainText('1 处错误');
  const errors = preview.getByRole('table', { name: '错误的行' }).locator('tbody tr.ant-table-row');
  await expect(errors).toHaveCount(1);
  await expect(errors.first().locator('td').nth(0)).toHaveText('3');
  await expect(errors.first().locator('td').nth(1)).toHaveText('意见');
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await preview.scrollIntoViewIfNeeded();
  await screenshot(page, 'committee-import-errors');
  expect((await committee.get(`/rounds/${round.id}/votes`)).total).toBe(0);

  await upload.setInputFiles({ name: '表决票.csv', mimeType: 'text/csv', buffer: csv('不同意') });
  await expect(preview).toContainText('检查通过：将记录 2 户的表决');
  await expect(preview).toContainText(a!.join('-'));
  expect((await committee.get(`/rounds/${round.id}/votes`)).total).toBe(0);
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.ant-message').getByText('已导入：记录 2 户的表决')).toBeVisible();
  await expect(page.getByTestId('tally-responded')).toContainText('已表决 2 /');
  const votes: { items: { unitKey: string; choice: string; signed: boolean }[] } = await committee.get(`/rounds/${round.id}/votes`);
  expect(votes.items.map((v) => [v.unitKey, v.choice, v.signed]).sort()).toEqual(
    [
      [a!.join('/'), 'AGREE', true],
      [b!.join('/'), 'DISAGREE', true],
    ].sort(),
  );

  // An objection taken down by the committee, from a household of the round…
  const objections = page.getByTestId('objections');
  await expect(objections).toContainText('没有异议');
  await objections.getByRole('button', { name: '登记异议' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('提出异议的住户').fill(b!.join('-'));
  await dialog.getByLabel('提出异议的住户').press('Enter');
  await dialog.getByLabel('异议内容').fill('堆物清理不应包括一楼住户的自行车');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await expect(objections).toContainText('待答复');
  await expect(objections.locator('tr', { hasText: '堆物清理' })).toContainText(b!.join('-'));
  const [filed] = await committee.get(`/rounds/${round.id}/objections`);
  expect(filed).toMatchObject({ text: '堆物清理不应包括一楼住户的自行车', householdId: pending.items[1]!.householdId, response: null });

  // …and answered by the PM, once.
  await page.getByRole('button', { name: '退出登录' }).click();
  await login(pm);
  await page.goto(`/console/rounds/${round.id}`);
  await objections.getByRole('button', { name: '答复：堆物清理不应包括一楼住户的自行车' }).click();
  await page.getByRole('dialog').getByLabel('采纳（修改方案）').check();
  await page.getByRole('dialog').getByLabel('答复内容').fill('采纳，自行车统一移至车棚，不予清理');
  await page.getByRole('dialog').getByRole('button', { name: '答复' }).click();
  await expect(objections).toContainText('采纳，自行车统一移至车棚，不予清理');
  await expect(objections.getByRole('button', { name: /^答复/ })).toHaveCount(0);
  const [answered] = await committee.get(`/rounds/${round.id}/objections`);
  expect(answered).toMatchObject({ response: 'ADOPTED', responseText: '采纳，自行车统一移至车棚，不予清理' });
});

test("the committee records a resident's complaint on the project's tab and hands it to a handler", async ({
  page,
  login,
  request,
  fixture,
}) => {
  const { recorder, projectId } = await place(request, fixture);
  const committee = await apiAs(request, fixture, recorder);
  await login(recorder);
  await page.goto(`/console/projects/${projectId}?tab=complaints`);
  await expect(page.getByRole('tab', { name: '居民投诉' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: '登记投诉' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('投诉事项').fill('脚手架占用消防通道');
  await dialog.getByLabel('投诉人').fill('刘桂兰');
  await dialog.getByLabel('联系方式').fill('13900000002');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  const row = page.getByTestId('complaints').locator('tr', { hasText: '脚手架占用消防通道' });
  await expect(row).toContainText('已受理');
  await expect(row).toContainText('刘桂兰');

  // Handing it on needs a handler: asked for before the API would refuse.
  await row.getByRole('button', { name: '交办' }).click();
  await dialog.getByRole('button', { name: '确认交办' }).click();
  await expect(field(page, '承办人')).toContainText('请填写承办人');
  await dialog.getByLabel('承办人').fill('施工单位 王工');
  await dialog.getByRole('button', { name: '确认交办' }).click();
  await expect(row).toContainText('办理中');
  await expect(row.getByRole('button', { name: '化解' })).toBeVisible();

  const complaints: { subject: string; state: string; steps: { event: string; note: string | null }[] }[] = await committee.get(
    `/projects/${projectId}/complaints`,
  );
  const mine = complaints.find((c) => c.subject === '脚手架占用消防通道')!;
  expect(mine.state).toBe('HANDLING');
  expect(mine.steps.map((s) => [s.event, s.note])).toEqual([['HANDLE', '施工单位 王工']]);
});
