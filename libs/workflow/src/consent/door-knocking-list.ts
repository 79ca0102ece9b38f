import { chinaDate, ownerContact, type Role } from '@app/domain';
import ExcelJS from 'exceljs';

export interface UnansweredHousehold {
  building: string;
  unit: string;
  room: string;
  areaCenti: string;
  ownerName: string | null;
  ownerPhone: string | null;
}

const HEADERS = ['楼栋', '单元', '房号', '面积（㎡）', '户主姓名', '联系电话'];

/**
 * The door-knocking list (入户走访名单) of a round's households nobody has reached yet, printed on
 * A4 with the header row on every page. Names and phones are shown as the reader's role sees them.
 */
export async function doorKnockingList(
  reader: Role,
  heading: { compound: string; round: string; at: Date },
  households: UnansweredHousehold[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('未表态住户', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 10 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 16 }, { width: 18 }];
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = `${heading.compound}「${heading.round}」未表态住户入户走访名单`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = `截至 ${chinaDate(heading.at)}（北京时间），共 ${households.length} 户尚未表态`;
  ws.addRow(HEADERS).font = { bold: true };
  ws.pageSetup.printTitlesRow = '3:3';
  for (const h of households) {
    const owner = ownerContact(reader, h.ownerName, h.ownerPhone);
    const row = ws.addRow([h.building, h.unit, h.room, Number(h.areaCenti) / 100, owner.name, owner.phone]);
    row.getCell(4).numFmt = '0.00';
  }
  ws.pageSetup.printArea = `A1:F${ws.rowCount}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
