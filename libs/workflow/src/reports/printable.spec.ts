import ExcelJS from 'exceljs';
import { printHtml, printWorkbook, type PrintDocument } from './printable.js';

const doc: PrintDocument = {
  title: '桂花苑 <公示>',
  sheets: [
    {
      name: '结果',
      title: '<script>alert("x")</script>改不改',
      widths: [20, 12, 12],
      blocks: [
        { rows: [['征询状态', '公示中']] },
        { text: '经征询 & 计票，结果为“通过”。' },
        {
          header: ['房号', '面积', '资金（元）'],
          rows: [
            ["1-1-101'", { m2: 80.5 }, { yuan: 12345.6 }],
            ['1-1-102', null, { yuan: 0 }],
          ],
        },
      ],
    },
    { name: '排名', title: '各区县排名', widths: [10, 10], landscape: true, blocks: [{ header: ['排名', '区县'], rows: [[1, '一区']] }] },
  ],
};

describe('a printed document', () => {
  it('escapes every text it prints, so a title or a name cannot become markup', () => {
    const html = printHtml(doc);
    expect(html).toContain('<title>桂花苑 &lt;公示&gt;</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;改不改</h1>');
    expect(html).toContain('<p>经征询 &amp; 计票，结果为“通过”。</p>');
    expect(html).toContain('<td>1-1-101&#39;</td>');
    expect(html).not.toContain('<script');
  });

  it('lays the page out for A4: numbers to the right, money grouped, areas with two decimals, wide tables sideways', () => {
    const html = printHtml(doc);
    expect(html).toContain('<tr><th>征询状态</th><td>公示中</td></tr>');
    expect(html).toContain('<td class="n">80.50</td><td class="n">12,345.60</td>');
    expect(html).toContain('<tr><td>1-1-102</td><td></td><td class="n">0.00</td></tr>');
    expect(html).toMatch(/<section class="wide">\n<h1>各区县排名<\/h1>/);
    expect(html).toMatch(/@page \{ size: A4 portrait;[^}]*\}\n@page wide \{ size: A4 landscape;/);
  });

  it('writes the same document as a workbook: one sheet each, the title across the table, numbers kept as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await printWorkbook(doc)) as never);
    expect(wb.worksheets.map((w) => [w.name, w.pageSetup.orientation, w.pageSetup.paperSize])).toEqual([
      ['结果', 'portrait', 9],
      ['排名', 'landscape', 9],
    ]);
    const ws = wb.getWorksheet('结果')!;
    expect(ws.getCell('A1').value).toBe('<script>alert("x")</script>改不改');
    expect(ws.getCell('A1').isMerged && ws.getCell('C1').isMerged).toBe(true);
    // Blocks one empty row apart, a paragraph across the table.
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect([2, 3, 4, 5, 6, 7].map(values)).toEqual([
      ['征询状态', '公示中'],
      [],
      ['经征询 & 计票，结果为“通过”。', '经征询 & 计票，结果为“通过”。', '经征询 & 计票，结果为“通过”。'],
      [],
      ['房号', '面积', '资金（元）'],
      ["1-1-101'", 80.5, 12345.6],
    ]);
    expect(values(8)).toEqual(['1-1-102', undefined, 0]);
    const row = ws.getRow(7);
    expect([row.getCell(2).numFmt, row.getCell(3).numFmt]).toEqual(['0.00', '#,##0.00']);
    // The table's header repeats atop every printed page.
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
  });
});
