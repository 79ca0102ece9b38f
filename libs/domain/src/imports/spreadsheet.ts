import { VOTE_CHANNELS, type VoteChannel } from '../consent/round.machine.js';
import { VOTE_CHOICES, type VoteChoice } from '../consent/tally.js';

/**
 * How the imports read spreadsheets as district and community offices make them: a title row
 * above the header, columns the import has no use for (序号, 备注), headers spelt many ways, and
 * units written "1栋" or "201室". One reader serves the roster and the paper tally alike.
 */

/** One column an import reads. */
export interface ImportColumn {
  key: string;
  /** The header the template writes and a missing-column error names. */
  label: string;
  /** Every header offices write for it, the label included; compared by headerKey. */
  headers: readonly string[];
  required: boolean;
  /** The template's example cell. */
  example: string;
  /** What the template's notes sheet says of the column. */
  note: string;
  /** How a cell is read before it is checked: a unit spelling reduced to its number. */
  read?: (text: string) => string;
}

/** The Chinese headers a column may also have, for a person told what to write. */
export const otherHeaders = (column: ImportColumn): string[] => column.headers.filter((h) => h !== column.label && /[^\x00-\x7f]/.test(h));

/**
 * A header compared as people mean it: full-width forms folded (（㎡） is (m2)), case, spaces, a
 * required-marker `*` and anything in brackets (units, hints such as （同意/不同意）) left out.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【〔［][^)\]】〕］]*[)\]】〕］]/g, '')
    .replace(/[\s_\-*:：、.。]+/g, '')
    .replace(/(m2|平方米|平米)$/, '');
}

export interface HeaderMatch {
  /** The column key of each cell of the header row, null for a cell the import does not read. */
  keys: (string | null)[];
  /** Headers of the cells not read, as written, each once. */
  ignored: string[];
  missing: ImportColumn[];
}

/**
 * Matches a header row to the columns. A second cell naming a column already matched (联系电话
 * beside 手机号码) is ignored like any other, so the first one is the one read.
 */
export function matchHeader(columns: readonly ImportColumn[], cells: readonly string[]): HeaderMatch {
  const byHeader = new Map(columns.flatMap((c) => c.headers.map((h) => [headerKey(h), c.key] as const)));
  const taken = new Set<string>();
  const ignored: string[] = [];
  const keys = cells.map((cell) => {
    const key = byHeader.get(headerKey(cell));
    if (key && !taken.has(key)) {
      taken.add(key);
      return key;
    }
    const shown = cell.trim();
    if (shown && !ignored.includes(shown)) ignored.push(shown);
    return null;
  });
  return { keys, ignored, missing: columns.filter((c) => c.required && !taken.has(c.key)) };
}

/** Title, date and blank rows above the header that the reader looks past. */
export const HEADER_SCAN_ROWS = 10;

/**
 * Which of the first rows is the header: the first naming every required column, else the one
 * naming most columns (its missing ones are then reported), else the first row.
 */
export function locateHeader(columns: readonly ImportColumn[], rows: readonly (readonly string[])[]): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const match = matchHeader(columns, rows[i]);
    if (match.missing.length === 0) return i;
    const count = match.keys.filter((k) => k !== null).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best;
}

/**
 * How a line under the table begins when it is the form's foot, not a household: its totals, who
 * filled it in and checked it, the date, the stamp, a note.
 */
const FOOTER = /^(?:合计|总计|小计|共计|统计|填表|制表|填报|计票|监票|唱票|审核|核对|负责人|经办人|签字|签名|盖章|日期|备注|说明|注[：:])/;

/**
 * Where the foot of a table begins: the run of rows at its end whose first filled cell reads as a
 * total or a signature line (合计, 填表人：…). Only at the end, so a 合计 between households stays a
 * row and is reported as one. `rows.length` when there is no foot.
 */
export function footerStart(rows: readonly (readonly string[])[]): number {
  let start = rows.length;
  while (start > 0) {
    const first = rows[start - 1]!.find((f) => f.trim() !== '');
    if (first === undefined || !FOOTER.test(first.normalize('NFKC').replace(/\s/g, ''))) break;
    start--;
  }
  return start;
}

const numbered = (suffixes: string) => {
  const pattern = new RegExp(`^(\\d+)\\s*(?:${suffixes})$`);
  return (text: string): string => {
    const folded = text.normalize('NFKC').trim();
    return pattern.exec(folded)?.[1] ?? text.trim();
  };
};

/** "1栋", "1号楼", "1#" are building 1; "东3栋" is a name and stays as written. */
export const readBuilding = numbered('号楼|号栋|#楼|栋|幢|座|楼|号|#');
/** "2单元" is unit 2. */
export const readUnit = numbered('单元|单|门');
/** "201室" is room 201. */
export const readRoom = numbered('室|号|房|户');

const UNIT_COLUMNS: ImportColumn[] = [
  {
    key: 'building',
    label: '楼栋',
    headers: ['楼栋', '栋', '楼号', '栋号', '楼栋号', '幢', '幢号', '楼幢', '楼', '座', 'building'],
    required: true,
    example: '1',
    note: '楼栋号，可写 1 或 1栋、1号楼',
    read: readBuilding,
  },
  {
    key: 'unit',
    label: '单元',
    headers: ['单元', '单元号', 'unit'],
    required: true,
    example: '2',
    note: '单元号，可写 2 或 2单元',
    read: readUnit,
  },
  {
    key: 'room',
    label: '房号',
    headers: ['房号', '户号', '室号', '门牌号', '房间号', '房屋号', 'room'],
    required: true,
    example: '201',
    note: '房号，可写 201 或 201室',
    read: readRoom,
  },
];

export const ROSTER_COLUMNS: readonly ImportColumn[] = [
  ...UNIT_COLUMNS,
  {
    key: 'floorArea',
    label: '建筑面积（㎡）',
    headers: ['建筑面积（㎡）', '面积', '建筑面积', '房屋面积', '住房面积', '产权面积', '房屋建筑面积', 'floor_area', 'area'],
    required: true,
    example: '86.45',
    note: '平方米，最多两位小数',
  },
  {
    key: 'ownerName',
    label: '户主姓名',
    headers: ['户主姓名', '业主姓名', '姓名', '户主', '业主', '产权人', 'owner_name', 'owner'],
    required: false,
    example: '张三',
    note: '选填；留空则保留花名册上已有的姓名',
  },
  {
    key: 'ownerPhone',
    label: '联系电话',
    headers: ['联系电话', '电话', '手机号码', '手机号', '手机', '联系方式', '电话号码', 'owner_phone', 'phone'],
    required: false,
    example: '13800000000',
    note: '选填；5 至 20 位数字',
  },
];

export const TALLY_COLUMNS: readonly ImportColumn[] = [
  ...UNIT_COLUMNS,
  {
    key: 'choice',
    label: '意见',
    headers: ['意见', '表决意见', '选择', '是否同意', '投票意见', '征询意见', 'choice'],
    required: true,
    example: '同意',
    note: '同意、不同意或弃权（满意、不满意亦可）',
  },
  {
    key: 'signed',
    label: '签字',
    headers: ['签字', '是否签字', '签名', '业主签字', '户主签字', '签字确认', 'signed'],
    required: true,
    example: '√',
    note: '已签字写 √、是或已签；未签写 ×、否、未签或留空',
  },
  {
    key: 'channel',
    label: '方式',
    headers: ['方式', '征询方式', '表决方式', 'channel'],
    required: false,
    example: '入户',
    note: '选填：入户、会议、纸质或线上；留空为纸质',
  },
  {
    key: 'formNumber',
    label: '表单编号',
    headers: ['表单编号', '表格编号', 'form_number', 'form'],
    required: false,
    example: 'F-001',
    note: '选填；纸质表决票上的编号',
  },
  {
    key: 'photoHash',
    label: '照片哈希',
    headers: ['照片哈希', 'photo_hash'],
    required: false,
    example: '',
    note: '选填；表决票照片的 SHA-256',
  },
];

const CHOICE_WORDS: Record<string, VoteChoice> = {
  同意: 'AGREE',
  满意: 'AGREE',
  赞成: 'AGREE',
  agree: 'AGREE',
  不同意: 'DISAGREE',
  不满意: 'DISAGREE',
  反对: 'DISAGREE',
  disagree: 'DISAGREE',
  弃权: 'ABSTAIN',
  abstain: 'ABSTAIN',
};

const SIGNED_WORDS: Record<string, boolean> = {
  '√': true,
  '✓': true,
  '✔': true,
  是: true,
  有: true,
  已签: true,
  已签字: true,
  已签名: true,
  y: true,
  yes: true,
  true: true,
  '1': true,
  '×': false,
  x: false,
  '✗': false,
  '✘': false,
  否: false,
  无: false,
  未签: false,
  未签字: false,
  未签名: false,
  n: false,
  no: false,
  false: false,
  '0': false,
  '': false,
};

const CHANNEL_WORDS: Record<string, VoteChannel> = {
  入户: 'DOOR_TO_DOOR',
  上门: 'DOOR_TO_DOOR',
  会议: 'MEETING',
  纸质: 'PAPER_FORM',
  书面: 'PAPER_FORM',
  线上: 'ONLINE',
  网上: 'ONLINE',
  '': 'PAPER_FORM',
};

/** A cell's word as it is looked up: full-width folded, case and surrounding spaces left out. */
const wordKey = (text: string) => text.normalize('NFKC').trim().toLowerCase();

function codeOrWord<T extends string>(words: Record<string, T>, codes: readonly T[], text: string): T | undefined {
  const key = wordKey(text);
  return words[key] ?? codes.find((c) => c.toLowerCase() === key);
}

/** 同意 / 不同意 / 弃权 (or the API's code); undefined for anything else. */
export const readChoice = (text: string): VoteChoice | undefined => codeOrWord(CHOICE_WORDS, VOTE_CHOICES, text);

/** Signed or not: √ / 是 / 已签, × / 否 / 未签, a blank cell unsigned; undefined for anything else. */
export const readSigned = (text: string): boolean | undefined => SIGNED_WORDS[wordKey(text)];

/** 入户 / 会议 / 纸质 / 线上 (or the API's code), blank for paper; undefined for anything else. */
export const readChannel = (text: string): VoteChannel | undefined => codeOrWord(CHANNEL_WORDS, VOTE_CHANNELS, text);

/** An optional item of the plan a PLAN round consults, as a paper tally names it: by code or by name. */
export interface OfferedItem {
  key: string;
  name: string;
}

/** The one column listing a household's chosen items. */
export const CHOSEN_ITEMS_COLUMN: ImportColumn = {
  key: 'chosenItems',
  label: '选择项目',
  headers: ['选择项目', '自选项目', '所选项目', '选择的项目', '选定项目', 'chosen_items'],
  required: false,
  example: '',
  note: '选填，仅方案征询：所选可选项目的编号或名称，用 ; 、 ， 或空格隔开；留空为未选',
};

const ITEM_COLUMN = 'item:';

/** One column per optional item, headed by its name or its code, marked like a signature. */
export function itemColumns(items: readonly OfferedItem[]): ImportColumn[] {
  return items.map((item) => ({
    key: `${ITEM_COLUMN}${item.key}`,
    label: item.name,
    headers: [item.name, item.key],
    required: false,
    example: '√',
    note: `选填，仅方案征询：可选项目 ${item.key}；选了写 √ 或 是，未选写 ×、否或留空`,
  }));
}

/** What a row says of its items: null when the file has no item column at all. */
export interface RowItems {
  /** Item codes, a name read as its code; words naming no offered item as written, for the round to refuse. */
  keys: string[] | null;
  /** Item columns whose cell is neither yes nor no: the column key and the cell. */
  badMarks: { column: string; text: string }[];
}

/**
 * The items one row chose: those its list column names (by code or name, in any case or width)
 * and those whose own column is marked yes, with the signature's yes/no words.
 */
export function readRowItems(items: readonly OfferedItem[], cells: Record<string, string>): RowItems {
  const byWord = new Map(items.flatMap((i) => [[wordKey(i.key), i.key] as const, [wordKey(i.name), i.key] as const]));
  const columns = Object.keys(cells).filter((k) => k === CHOSEN_ITEMS_COLUMN.key || k.startsWith(ITEM_COLUMN));
  if (columns.length === 0) return { keys: null, badMarks: [] };
  const keys: string[] = [];
  const badMarks: RowItems['badMarks'] = [];
  for (const column of columns) {
    const text = cells[column]!;
    if (column === CHOSEN_ITEMS_COLUMN.key) {
      for (const word of text.split(/[;；、，,\s]+/).filter(Boolean)) keys.push(byWord.get(wordKey(word)) ?? word);
      continue;
    }
    const marked = readSigned(text);
    if (marked === undefined) badMarks.push({ column, text });
    else if (marked) keys.push(column.slice(ITEM_COLUMN.length));
  }
  return { keys, badMarks };
}
