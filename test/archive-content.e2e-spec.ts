import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, projectInConstruction } from './support/fixtures.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A spreadsheet as an office suite writes one. */
async function ledgerXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['楼栋', '单元', '房号']);
  ws.addRow(['1', '1', '101']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An OFD document: a ZIP whose root holds OFD.xml, pointing at its document and pages. */
async function approvalOfd(): Promise<Buffer> {
  const z = new JSZip();
  z.file(
    'OFD.xml',
    '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>a1</ofd:DocID><ofd:Title>区改造办批复</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
  );
  z.file(
    'Doc_0/Document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
  );
  z.file('Doc_0/Pages/Page_0/Content.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"/>');
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Archive uploads are known by their bytes, not by the type or name they were sent with. */
describe('archive documents by their content', () => {
  let api: TestApi;
  let dir: string;
  let pm: { auth: { Authorization: string } };
  let projectId: string;
  const upload = (kind: string, bytes: Buffer, filename: string, contentType: string) =>
    api.http
      .post(`/projects/${projectId}/archive/documents`)
      .set(pm.auth)
      .field('kind', kind)
      .field('title', filename)
      .attach('file', bytes, { filename, contentType });
  const rows = async () => (await api.db.query('SELECT count(*)::int AS n FROM archive_documents WHERE project_id = $1', [projectId]))[0].n;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-content-'));
    api = await startApi({ ARCHIVE_DIR: dir });
    const place = await districtWithCompound(api, 'content');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    projectId = await projectInConstruction(api, place, pm);
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('files a spreadsheet sent as a Word document as the spreadsheet it is, under a name that says so', async () => {
    const bytes = await ledgerXlsx();
    const res = await upload('SURVEY_LEDGER', bytes, '摸底台账.docx', DOCX).expect(201);
    expect(res.body).toMatchObject({ kind: 'SURVEY_LEDGER', contentType: XLSX, filename: '摸底台账.xlsx', sizeBytes: bytes.length });
    const [row] = await api.db.query('SELECT content_type, filename FROM archive_documents WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ content_type: XLSX, filename: '摸底台账.xlsx' });
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(readFileSync(join(dir, sha.slice(0, 2), sha))).toEqual(bytes);
  });

  it('accepts a PDF sent as application/octet-stream', async () => {
    const bytes = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
    const res = await upload('CONTRACTS', bytes, '施工合同.pdf', 'application/octet-stream').expect(201);
    expect(res.body).toMatchObject({ contentType: 'application/pdf', filename: '施工合同.pdf' });
  });

  it('accepts an OFD document where a PDF is, sent as application/octet-stream or as its own type', async () => {
    const bytes = await approvalOfd();
    const res = await upload('PERMITS', bytes, '免办批复.ofd', 'application/octet-stream').expect(201);
    expect(res.body).toMatchObject({ kind: 'PERMITS', contentType: 'application/ofd', filename: '免办批复.ofd' });
    const named = await upload('CONTRACTS', bytes, '监理合同', 'application/ofd').expect(201);
    expect(named.body).toMatchObject({ contentType: 'application/ofd', filename: '监理合同.ofd' });
  });

  it('refuses with 415 whatever is none of the types, however it is declared, and stores nothing', async () => {
    const before = await rows();
    const plain = new JSZip();
    plain.file('照片/1.txt', '不是归档文件');
    const zip = await plain.generateAsync({ type: 'nodebuffer' });
    for (const [bytes, name, type] of [
      [zip, 'scan.pdf', 'application/pdf'],
      [zip, 'ledger.xlsx', XLSX],
      [Buffer.from('MZ\x90\x00 not a document'), 'contract.pdf', 'application/pdf'],
    ] as const) {
      const res = await upload('CONTRACTS', bytes, name, type).expect(415);
      expect(res.body).toMatchObject({ status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
      expect(res.body.detail).toContain('文件内容不是可归档的类型');
    }
    expect(await rows()).toBe(before);
  });
});
