import {
  CHOSEN_ITEMS_COLUMN,
  headerKey,
  itemColumns,
  HEADER_SCAN_ROWS,
  footerStart,
  locateHeader,
  matchHeader,
  otherHeaders,
  readBuilding,
  readChannel,
  readChoice,
  readRoom,
  readRowItems,
  readSigned,
  readUnit,
  ROSTER_COLUMNS,
  TALLY_COLUMNS,
} from './spreadsheet.js';

const keysOf = (cells: string[]) => matchHeader(ROSTER_COLUMNS, cells).keys;

describe('headerKey', () => {
  it.each([
    ['建筑面积（㎡）', '建筑面积'],
    ['建筑面积(m²)', '建筑面积'],
    ['面积（平方米）', '面积'],
    ['面积㎡', '面积'],
    ['*房号', '房号'],
    [' 户主 姓名 ', '户主姓名'],
    ['意见【同意/不同意】', '意见'],
    ['Floor_Area', 'floorarea'],
  ])('reads %j as %j', (header, key) => expect(headerKey(header)).toBe(key));
});

describe('matchHeader', () => {
  it('maps the spellings offices write to the roster columns', () => {
    expect(keysOf(['楼号', '单元', '室号', '建筑面积（㎡）', '户主姓名', '手机号码'])).toEqual([
      'building',
      'unit',
      'room',
      'floorArea',
      'ownerName',
      'ownerPhone',
    ]);
    expect(keysOf(['栋号', '单元号', '门牌号', '面积(m²)', '户主', '联系电话'])).toEqual([
      'building',
      'unit',
      'room',
      'floorArea',
      'ownerName',
      'ownerPhone',
    ]);
  });

  it('sets aside the columns it does not read, each named once, and a second column for one already read', () => {
    const match = matchHeader(ROSTER_COLUMNS, ['序号', '楼栋', '单元', '房号', '面积', '手机号码', '联系电话', '备注', '备注', '']);
    expect(match.keys).toEqual([null, 'building', 'unit', 'room', 'floorArea', 'ownerPhone', null, null, null, null]);
    expect(match.ignored).toEqual(['序号', '联系电话', '备注']);
    expect(match.missing).toEqual([]);
  });

  it('names every required column missing, and none of the optional ones', () => {
    const match = matchHeader(ROSTER_COLUMNS, ['楼栋', '户主姓名']);
    expect(match.missing.map((c) => c.key)).toEqual(['unit', 'room', 'floorArea']);
  });

  it('maps the tally spellings, 业主签字 and 表决意见 included', () => {
    expect(matchHeader(TALLY_COLUMNS, ['楼栋', '单元', '房号', '表决意见', '业主签字', '征询方式']).keys).toEqual([
      'building',
      'unit',
      'room',
      'choice',
      'signed',
      'channel',
    ]);
  });
});

describe('otherHeaders', () => {
  it('lists the Chinese spellings besides the label, none of the English ones', () =>
    expect(otherHeaders(ROSTER_COLUMNS.find((c) => c.key === 'floorArea')!)).toEqual([
      '面积',
      '建筑面积',
      '房屋面积',
      '住房面积',
      '产权面积',
      '房屋建筑面积',
    ]));
});

describe('locateHeader', () => {
  const header = ['序号', '楼栋', '单元', '房号', '面积'];
  const title = Array(5).fill('幸福小区住户花名册');

  it('looks past a merged title and a blank row', () =>
    expect(locateHeader(ROSTER_COLUMNS, [title, ['', ''], header, ['1', '1', '1', '101', '80']])).toBe(2));

  it('takes the first row when it is the header', () => expect(locateHeader(ROSTER_COLUMNS, [header, title])).toBe(0));

  it('takes the row naming most columns when none names them all, so its missing ones are reported', () =>
    expect(locateHeader(ROSTER_COLUMNS, [title, ['楼栋', '单元'], ['楼栋', '单元', '房号'], ['1', '1', '101']])).toBe(2));

  it(`finds a header on row ${HEADER_SCAN_ROWS}, and none below it`, () => {
    const above = Array.from({ length: HEADER_SCAN_ROWS - 1 }, () => title);
    expect(locateHeader(ROSTER_COLUMNS, [...above, header])).toBe(HEADER_SCAN_ROWS - 1);
    expect(locateHeader(ROSTER_COLUMNS, [...above, title, header])).toBe(0);
  });
});

describe('unit spellings', () => {
  it.each([
    [readBuilding, '1栋', '1'],
    [readBuilding, '12号楼', '12'],
    [readBuilding, '3#', '3'],
    [readBuilding, '３幢', '3'],
    [readBuilding, '东3栋', '东3栋'],
    [readBuilding, ' 7 ', '7'],
    [readUnit, '2单元', '2'],
    [readUnit, '甲单元', '甲单元'],
    [readRoom, '201室', '201'],
    [readRoom, '201', '201'],
    [readRoom, 'A201室', 'A201室'],
  ])('%p reads %j as %j', (read, text, value) => expect(read(text)).toBe(value));
});

describe('cell words', () => {
  it.each([
    ['√', true],
    ['✓', true],
    ['是', true],
    ['已签', true],
    ['已签字', true],
    ['Yes', true],
    ['×', false],
    ['否', false],
    ['未签', false],
    ['', false],
    ['  ', false],
  ])('reads signed %j as %p', (text, signed) => expect(readSigned(text)).toBe(signed));

  it.each(['大概', '张三', '√√'])('refuses signed %j', (text) => expect(readSigned(text)).toBeUndefined());

  it.each([
    ['同意', 'AGREE'],
    [' 不同意 ', 'DISAGREE'],
    ['弃权', 'ABSTAIN'],
    ['agree', 'AGREE'],
    ['DISAGREE', 'DISAGREE'],
    ['也许', undefined],
  ])('reads choice %j as %p', (text, choice) => expect(readChoice(text)).toBe(choice));

  it.each([
    ['入户', 'DOOR_TO_DOOR'],
    ['', 'PAPER_FORM'],
    ['online', 'ONLINE'],
    ['MEETING', 'MEETING'],
    ['电话', undefined],
  ])('reads channel %j as %p', (text, channel) => expect(readChannel(text)).toBe(channel));
});

describe('item choices in a tally row', () => {
  const offered = [
    { key: 'elev', name: '加装电梯' },
    { key: 'park', name: '停车位改造' },
  ];
  const [elev, park] = itemColumns(offered).map((c) => c.key);

  it('finds the item columns by name or code, and the list column by its synonyms', () => {
    const columns = [CHOSEN_ITEMS_COLUMN, ...itemColumns(offered)];
    expect(matchHeader(columns, ['自选项目', '加装电梯', 'PARK', '备注']).keys).toEqual(['chosenItems', elev, park, null]);
    expect(matchHeader(columns, ['选择项目（编号）', 'Elev', '停车位改造']).keys).toEqual(['chosenItems', elev, park]);
  });

  it.each([
    ['codes with ;', { chosenItems: 'ELEV;park' }, ['elev', 'park']],
    ['names with 、 and full-width commas and spaces', { chosenItems: '停车位改造、 加装电梯，ｅｌｅｖ' }, ['park', 'elev', 'elev']],
    ['a blank cell: none chosen', { chosenItems: '' }, []],
    ['a word naming no item, kept as written', { chosenItems: 'elev 泳池' }, ['elev', '泳池']],
    ['marked columns', { [elev!]: '√', [park!]: '否' }, ['elev']],
    ['是 and a blank', { [elev!]: '', [park!]: '是' }, ['park']],
    ['no item column at all', { choice: '同意' }, null],
  ])('reads %s', (_, cells, keys) => expect(readRowItems(offered, cells as Record<string, string>)).toEqual({ keys, badMarks: [] }));

  it('names a mark that is neither yes nor no', () => {
    expect(readRowItems(offered, { [elev!]: '也许', [park!]: '√' })).toEqual({
      keys: ['park'],
      badMarks: [{ column: elev, text: '也许' }],
    });
  });
});

describe('footerStart', () => {
  const row = (...cells: string[]) => cells;
  const households = [row('1', '1', '1', '101', '80'), row('2', '1', '1', '102', '80')];

  it('sets aside the totals and signature lines under the table, however they are spaced', () =>
    expect(
      footerStart([
        ...households,
        row('合 计', '', '', '', '160'),
        row('', '填表人：张三', '', '审核人：李四'),
        row('日期：2026年11月30日'),
      ]),
    ).toBe(2));

  it('keeps every row when the table ends on a household', () => expect(footerStart(households)).toBe(2));

  it('keeps a 合计 between households as a row, to be reported as the bad row it is', () =>
    expect(footerStart([households[0]!, row('合计', '', '', '', '80'), households[1]!])).toBe(3));

  it('does not take a household for a foot because a later cell says 备注', () =>
    expect(footerStart([...households, row('3', '1', '1', '103', '80', '备注：空置')])).toBe(3));
});
