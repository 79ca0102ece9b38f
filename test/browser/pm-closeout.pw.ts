import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { apiAs, expect, screenshot, test, type BrowserFixture } from './fixture.js';

async function openTab(page: Page, id: string, tab: string, label: string) {
  await page.goto(`/console/projects/${id}?tab=${tab}`);
  await expect(page.getByRole('tab', { name: label, selected: true })).toBeVisible();
}

/** Test data only a database statement can make. */
async function sql(fixture: BrowserFixture, text: string, values: unknown[]): Promise<void> {
  const db = new pg.Client({ connectionString: fixture.databaseUrl });
  await db.connect();
  try {
    await db.query(text, values);
  } finally {
    await db.end();
  }
}

/** A file whose first bytes say PNG: what the archive and the signature's photo check. */
function png(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  body.write(String(Date.now()), 8, 'latin1');
  return body;
}

interface AcceptanceForm {
  parties: string[];
  signatures: { party: string; signer: string; opinion: string; entry: string; formNumber: string | null; photoSha256: string | null }[];
}

/** A file whose first bytes say PDF, of the given size: what the archive reads its type from. */
function pdf(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0x20);
  body.write('%PDF-1.4\n', 0, 'latin1');
  body.write('\n%%EOF\n', bytes - 7, 'latin1');
  return body;
}

interface Checklist {
  items: {
    kind: string;
    documents: {
      id: string;
      title: string;
      reference: string | null;
      filename: string | null;
      contentType: string | null;
      sizeBytes: number | null;
    }[];
  }[];
}
const documents = (c: Checklist) => c.items.flatMap((i) => i.documents.map((d) => ({ ...d, kind: i.kind })));

test("the PM files a document into 梅岭小区's archive with its progress, is refused a file that is none of the types, checks and downloads the archive, files a reference, collects, then withdraws the document", async ({
  page,
  login,
  request,
  fixture,
}) => {
  test.setTimeout(120_000);
  const { get, projectId } = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await projectId('梅岭小区综合改造');
  await login('DISTRICT_PM');
  await openTab(page, id, 'archive', '档案');
  const filed = page.getByRole('table', { name: '已归档资料' });
  await expect(filed).toContainText('摸底调查台账');

  const upload = page.locator('form#archive-upload');
  await upload.getByLabel('资料类别').fill('改造前后影像资料');
  await upload.getByLabel('资料类别').press('Enter');
  await upload.getByLabel('标题').fill('竣工后楼道照片（扫描件）');

  // Text named .pdf: the archive reads the bytes and refuses it, in Chinese; nothing is filed.
  await upload
    .getByLabel('文件', { exact: true })
    .setInputFiles({ name: '楼道照片.pdf', mimeType: 'application/pdf', buffer: Buffer.from('不是 PDF') });
  await upload.getByRole('button', { name: '上传并归档' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '文件未归档' });
  await expect(refusal).toContainText('不支持这种文件类型，或文件内容与类型不符。');
  expect(documents(await get<Checklist>(`/projects/${id}/archive`)).some((d) => d.title === '竣工后楼道照片（扫描件）')).toBe(false);

  // 3 MB sent at 1 MB/s: the progress is there to be seen while it goes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
  await upload
    .getByLabel('文件', { exact: true })
    .setInputFiles({ name: '楼道照片.pdf', mimeType: 'application/pdf', buffer: pdf(3 * 1024 * 1024) });
  await upload.getByRole('button', { name: '上传并归档' }).click();
  await expect(page.getByRole('progressbar', { name: '上传进度' })).toBeVisible();
  await expect(page.getByText('正在上传「楼道照片.pdf」')).toBeVisible();
  await expect(page.locator('.ant-message').getByText('已归档「竣工后楼道照片（扫描件）」')).toBeVisible({ timeout: 20_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(page.getByRole('progressbar', { name: '上传进度' })).toHaveCount(0);
  const row = filed.getByRole('row').filter({ hasText: '竣工后楼道照片（扫描件）' });
  await expect(row).toContainText('楼道照片.pdf');
  await expect(row).toContainText('3.0 MB');
  await expect(row).toContainText('上传文件');
  const document = documents(await get<Checklist>(`/projects/${id}/archive`)).find((d) => d.title === '竣工后楼道照片（扫描件）')!;
  expect(document).toMatchObject({ kind: 'PHOTOS', contentType: 'application/pdf', sizeBytes: 3 * 1024 * 1024, filename: '楼道照片.pdf' });

  await page.getByRole('button', { name: '校验文件' }).click();
  await expect(page.getByRole('status').filter({ hasText: '份存档文件' })).toContainText('与归档时一致');

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'pm-archive');

  // The bundle carries the token: a ZIP whose directory names its index.
  const bundle = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载归档包（ZIP）' }).click();
  const zip = readFileSync((await (await bundle).path())!);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zip.includes(Buffer.from('index.csv'))).toBe(true);

  // A document kept elsewhere is filed by where it is; collecting again files only what is new.
  await page.getByRole('button', { name: '登记外部档案' }).click();
  const reference = page.getByRole('dialog');
  await reference.getByLabel('资料类别').fill('施工、监理等合同');
  await reference.getByLabel('资料类别').press('Enter');
  await reference.getByLabel('标题').fill('设计合同');
  await reference.getByLabel('存放位置').fill('区城建档案馆 2026-GZ-0153');
  await reference.getByRole('button', { name: '登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记「设计合同」')).toBeVisible();
  await expect(filed.getByRole('row').filter({ hasText: '设计合同' })).toContainText('区城建档案馆 2026-GZ-0153');
  expect(documents(await get<Checklist>(`/projects/${id}/archive`)).find((d) => d.title === '设计合同')).toMatchObject({
    kind: 'CONTRACTS',
    reference: '区城建档案馆 2026-GZ-0153',
  });
  const systemRecords = documents(await get<Checklist>(`/projects/${id}/archive`)).length;
  await page.getByRole('button', { name: '收集系统记录' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '归档' }).click();
  await expect(page.locator('.ant-message').getByText('系统记录均已归档，没有新的')).toBeVisible();
  expect(documents(await get<Checklist>(`/projects/${id}/archive`))).toHaveLength(systemRecords);

  // Withdrawn with a reason, asked for first; the audit trail keeps it, the list no longer has it.
  await row.getByRole('button', { name: '撤回「竣工后楼道照片（扫描件）」' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(dialog).toContainText('请说明撤回原因');
  await dialog.getByLabel('撤回原因').fill('误传：该照片为另一小区的楼道');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(page.locator('.ant-message').getByText('已撤回「竣工后楼道照片（扫描件）」')).toBeVisible();
  await expect(filed).not.toContainText('竣工后楼道照片（扫描件）');
  expect(documents(await get<Checklist>(`/projects/${id}/archive`)).some((d) => d.id === document.id)).toBe(false);
});

test('the PM enters a party’s signature on 印刷厂宿舍’s acceptance form from its paper, and the PM and a supervisor download the form as a workbook @tablet', async ({
  page,
  login,
  request,
  fixture,
}) => {
  test.setTimeout(90_000);
  const { get, projectId } = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await projectId('印刷厂宿舍综合改造');
  const form = await get<AcceptanceForm>(`/projects/${id}/acceptance`);
  const party = form.parties.find((p) => p !== 'OWNER_REPRESENTATIVES')!;
  const partyName = (await get<{ code: string; name: { zh: string } }[]>('/acceptance-parties')).find((p) => p.code === party)!.name.zh;
  // Every party of the demo has signed: one signature is taken back so that it can be entered here.
  await sql(
    fixture,
    'DELETE FROM acceptance_signatures s USING acceptance_forms f WHERE s.form_id = f.id AND f.project_id = $1 AND s.party = $2',
    [id, party],
  );

  await login('DISTRICT_PM');
  await openTab(page, id, 'acceptance', '联合验收');
  const table = page.getByRole('table', { name: '验收各方签署' });
  const row = table.getByRole('row').filter({ hasText: partyName });
  await expect(row).toContainText('未签');
  await page.getByRole('button', { name: '录入签字' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('验收方')).toBeVisible();
  // The PM works for no party: signing as one is refused, in Chinese, and the paper is asked for.
  await dialog.getByLabel('本单位签署').check();
  await dialog.getByLabel('意见说明').fill('工程内容按方案完成，同意验收');
  await dialog.getByRole('button', { name: '录入' }).click();
  await expect(dialog.getByRole('alert')).toContainText('您不属于该验收方，不能以本单位名义签署');
  await expect(dialog.getByLabel('代为录入（纸质签字）')).toBeChecked();

  await dialog.getByLabel('签字人').fill('周明远');
  await dialog.getByLabel('纸质表编号').fill('YS-2026-031');
  const photo = png(1024 * 1024);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
  await dialog.locator('input[type="file"]').setInputFiles({ name: '签字页.png', mimeType: 'image/png', buffer: photo });
  await expect(dialog.getByRole('progressbar', { name: '上传进度' })).toBeVisible();
  await expect(dialog).toContainText('联合验收表签字页照片（签字页.png）', { timeout: 20_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await dialog.getByRole('button', { name: '录入' }).click();
  await expect(page.locator('.ant-message').getByText(`已录入「${partyName}」的签字`)).toBeVisible();
  const sha256 = createHash('sha256').update(photo).digest('hex');
  await expect(row).toContainText('周明远');
  await expect(row).toContainText('代为录入（纸质签字）');
  await expect(row).toContainText('YS-2026-031');
  await expect(row).toContainText(sha256.slice(0, 12));
  const signed = (await get<AcceptanceForm>(`/projects/${id}/acceptance`)).signatures.find((s) => s.party === party);
  expect(signed).toMatchObject({ signer: '周明远', opinion: 'PASS', entry: 'ON_BEHALF', formNumber: 'YS-2026-031', photoSha256: sha256 });
  await page.getByRole('button', { name: '退出登录' }).click();

  for (const role of ['DISTRICT_PM', 'SUPERVISOR'] as const) {
    await login(role);
    await openTab(page, id, 'acceptance', '联合验收');
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(form.parties.length);
    await expect(table.getByText('合格', { exact: true })).toHaveCount(form.parties.length);
    await expect(page.getByRole('button', { name: '录入签字' })).toHaveCount(0);
    // Wide tables scroll inside their card; the page itself does not, on a tablet either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载验收表（XLSX）' }).click();
    const download = await file;
    expect(download.suggestedFilename()).toBe('acceptance-form.xlsx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByRole('button', { name: '退出登录' }).click();
  }
});

interface LongTerm {
  property: { mode: string; provider: string | null; contractStart: string; contractEnd: string | null } | null;
  fund: { collectedFen: string; collections: { amountFen: string; note: string }[] };
  revisits: { months: number; state: string; score: number | null; findings: { description: string; severity: string }[] | null }[];
}

test("the PM records 杏林苑's self-management and money into its fund to the fen, and the supervisor records the 12-month revisit once it is due", async ({
  page,
  login,
  request,
  fixture,
}) => {
  const { get, projectId } = await apiAs(request, fixture, 'DISTRICT_PM');
  const id = await projectId('杏林苑综合改造');
  const before = await get<LongTerm>(`/projects/${id}/long-term`);

  await login('DISTRICT_PM');
  await openTab(page, id, 'long-term', '长效管理');
  await page.getByRole('button', { name: '登记归集' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('金额（元）').fill('12.345');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toContainText('请填写金额（元），最多两位小数');
  // 0.29 yuan is 28.999… fen in floating point; the console counts the digits.
  await dialog.getByLabel('金额（元）').fill('1,234.29');
  await expect(dialog).toContainText('即 123,429 分');
  await dialog.getByLabel('备注').fill('2栋补缴');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(page.locator('.ant-message').getByText('已登记归集 1,234.29 元')).toBeVisible();
  const collections = page.getByRole('table', { name: '归集记录' });
  await expect(collections.getByRole('row').filter({ hasText: '2栋补缴' })).toContainText('123,429 分');
  const after = await get<LongTerm>(`/projects/${id}/long-term`);
  expect(BigInt(after.fund.collectedFen) - BigInt(before.fund.collectedFen)).toBe(123429n);
  expect(after.fund.collections.find((c) => c.note === '2栋补缴')?.amountFen).toBe('123429');

  // The owners manage the compound themselves from now on: neither company nor contract end.
  await page.getByRole('button', { name: '变更物业管理' }).click();
  const property = page.getByRole('dialog');
  await property.getByLabel('管理模式').fill('业主自治管理');
  await property.getByLabel('管理模式').press('Enter');
  await expect(property.getByLabel('服务单位')).toHaveCount(0);
  await property.getByLabel('开始日期').fill('2026-12-01');
  await property.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.ant-message').getByText('已登记物业管理')).toBeVisible();
  await expect(page.getByText('业主自治管理')).toBeVisible();
  expect((await get<LongTerm>(`/projects/${id}/long-term`)).property).toMatchObject({
    mode: 'SELF_MANAGED',
    provider: null,
    contractStart: '2026-12-01',
    contractEnd: null,
  });
  await page.getByRole('button', { name: '退出登录' }).click();

  // The 12-month revisit is months away in the demo: its due date is moved to an hour ago, as time would.
  await sql(fixture, `UPDATE revisits SET due_at = now() - interval '1 hour', state = 'DUE' WHERE project_id = $1 AND months = 12`, [id]);

  await login('SUPERVISOR');
  await openTab(page, id, 'long-term', '长效管理');
  const revisits = page.getByRole('table', { name: '回头看' });
  await expect(revisits.getByRole('row').filter({ hasText: '验收后 6 个月' })).toContainText('已完成');
  await expect(page.getByRole('button', { name: '登记归集' })).toHaveCount(0);
  await page.getByRole('button', { name: '记录验收后 12 个月回头看' }).click();
  const record = page.getByRole('dialog');
  await record.getByLabel('评分（满分 100）').fill('93');
  await record.getByLabel('小结').fill('设施完好，物业服务到位');
  await record.getByRole('button', { name: '添加发现的问题' }).click();
  await record.getByLabel('问题 1', { exact: true }).fill('1栋屋面排水口堵塞');
  await record.getByRole('button', { name: '记录' }).click();
  await expect(page.locator('.ant-message').getByText('已记录验收后 12 个月回头看')).toBeVisible();
  const twelve = revisits.getByRole('row').filter({ hasText: '验收后 12 个月' });
  await expect(twelve).toContainText('已完成');
  await expect(twelve).toContainText('93');
  await expect(twelve).toContainText('1栋屋面排水口堵塞');
  const done = (await get<LongTerm>(`/projects/${id}/long-term`)).revisits.find((r) => r.months === 12)!;
  expect(done).toMatchObject({ state: 'DONE', score: 93, findings: [{ description: '1栋屋面排水口堵塞', severity: 'LOW' }] });
});
