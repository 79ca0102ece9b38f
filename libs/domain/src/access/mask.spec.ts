import type { Role } from '../roles.js';
import { maskName, maskPhone, seesPersonalData } from './mask.js';

describe('maskName', () => {
  it.each([
    ['张三丰', '张**'],
    ['李四', '李*'],
    ['', ''],
    ['   ', ''],
    [' 王五 ', '王*'],
    ['张', '张*'],
    ['Li Lei', 'L*****'],
    ['𠮷野家', '𠮷**'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['12345678', '123*5678'],
    ['123456', '******'],
    ['110', '***'],
    ['', ''],
  ])('masks %j as %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('seesPersonalData', () => {
  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['DISTRICT_PM', true],
    ['RESIDENTS_COMMITTEE', true],
    ['SUPERVISOR', false],
  ])('%s sees personal data: %s', (role, expected) => {
    expect(seesPersonalData(role)).toBe(expected);
  });
});
