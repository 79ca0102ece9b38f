import { chinaToday, doorOf, householdBody, moveBody } from './households';

describe('the roster forms', () => {
  it('sends a household trimmed, a blank owner and phone as cleared', () => {
    expect(householdBody({ building: ' 3 ', unit: '1', room: '502 ', floorArea: 86.45, ownerName: '  ', ownerPhone: undefined })).toEqual({
      building: '3',
      unit: '1',
      room: '502',
      floorArea: 86.45,
      ownerName: null,
      ownerPhone: null,
    });
    expect(
      householdBody({ building: '3', unit: '1', room: '502', floorArea: 60, ownerName: ' 王芳 ', ownerPhone: '13800000000' }),
    ).toMatchObject({
      ownerName: '王芳',
      ownerPhone: '13800000000',
    });
  });

  it('sends each kind of move with its own fields only', () => {
    const base = { reason: ' 房屋出售 ', on: '2026-11-20' };
    const split = [{ building: '1', unit: '1', room: '101', floorArea: 40 }];
    expect(moveBody({ ...base, kind: 'MOVED_OUT', intoHouseholdId: 'x', newHouseholds: split })).toEqual({
      kind: 'MOVED_OUT',
      reason: '房屋出售',
      on: '2026-11-20',
    });
    expect(moveBody({ ...base, kind: 'MERGED', intoHouseholdId: 'h2', newHouseholds: split })).toEqual({
      kind: 'MERGED',
      reason: '房屋出售',
      on: '2026-11-20',
      intoHouseholdId: 'h2',
    });
    expect(moveBody({ ...base, kind: 'SPLIT', intoHouseholdId: 'h2', newHouseholds: split })).toEqual({
      kind: 'SPLIT',
      reason: '房屋出售',
      on: '2026-11-20',
      newHouseholds: [{ building: '1', unit: '1', room: '101', floorArea: 40, ownerName: null, ownerPhone: null }],
    });
  });

  it('takes today as China has it, not as the browser does', () => {
    // 17:30 UTC on 1 December is already 2 December in China.
    expect(chinaToday(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
    expect(chinaToday(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
  });

  it('says a household as the recorder types it', () => {
    expect(doorOf({ building: '3', unit: '1', room: '502' })).toBe('3-1-502');
  });
});
