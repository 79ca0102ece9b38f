import { chinaDate, ownerContact, type Role } from '@app/domain';
import { printWorkbook } from '../reports/printable.js';

export interface UnansweredHousehold {
  building: string;
  unit: string;
  room: string;
  areaCenti: string;
  ownerName: string | null;
  ownerPhone: string | null;
}

/**
 * The door-knocking list (入户走访名单) of a round's households nobody has reached yet, printed on
 * A4 with the header row on every page. Names and phones are shown as the reader's role sees them.
 */
export async function doorKnockingList(
  reader: Role,
  heading: { compound: string; round: string; at: Date },
  households: UnansweredHousehold[],
): Promise<Buffer> {
  const rows = households.map((h) => {
    const owner = ownerContact(reader, h.ownerName, h.ownerPhone);
    return [h.building, h.unit, h.room, { m2: Number(h.areaCenti) / 100 }, owner.name, owner.phone];
  });
  return printWorkbook({
    title: '入户走访名单',
    sheets: [
      {
        name: '未表态住户',
        title: `${heading.compound}「${heading.round}」未表态住户入户走访名单`,
        widths: [10, 10, 10, 12, 16, 18],
        blocks: [
          { text: `截至 ${chinaDate(heading.at)}（北京时间），共 ${households.length} 户尚未表态` },
          { header: ['楼栋', '单元', '房号', '面积（㎡）', '户主姓名', '联系电话'], rows },
        ],
      },
    ],
  });
}
