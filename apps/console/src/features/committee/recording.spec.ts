import { countText, gapText, nextUnanswered, shareOf, typedOf, unitKeyOf } from './recording';

describe('unitKeyOf', () => {
  it.each([
    ['1-1-101', '1/1/101'],
    [' 2 1 502 ', '2/1/502'],
    ['3栋2单元301', '3/2/301'],
    ['3栋2单元301室', '3/2/301'],
    ['1/1/101', '1/1/101'],
    ['A-1-101', 'A/1/101'],
  ])('reads %s as %s', (typed, key) => expect(unitKeyOf(typed)).toBe(key));

  it.each(['', '1-101', '1-1-1-101'])('refuses %j: not building, unit and room', (typed) => expect(unitKeyOf(typed)).toBeNull());

  it('gives back what the recorder types', () => expect(typedOf('1/2/301')).toBe('1-2-301'));
});

describe('nextUnanswered', () => {
  const order = ['1/1/101', '1/1/102', '1/1/201', '1/1/202'];

  it('moves on to the next household not yet answered', () => {
    expect(nextUnanswered(order, new Set(['1/1/101', '1/1/102']), '1/1/101')).toBe('1/1/201');
  });

  it('wraps round past the end to one skipped earlier', () => {
    expect(nextUnanswered(order, new Set(['1/1/102', '1/1/201', '1/1/202']), '1/1/202')).toBe('1/1/101');
  });

  it('starts at the first when nothing is chosen, and has none once every household answered', () => {
    expect(nextUnanswered(order, new Set(), null)).toBe('1/1/101');
    expect(nextUnanswered(order, new Set(order), '1/1/101')).toBeNull();
  });

  it('does not offer the household just recorded again, even before the answer is read back', () => {
    expect(nextUnanswered(['1/1/101'], new Set(), '1/1/101')).toBeNull();
  });
});

describe('gapText', () => {
  it('names what is missing, as the condition counts it', () => {
    expect(gapText(3, 'AGREE')).toBe('还差 3 户同意');
    expect(gapText(1, 'SIGNED_AGREE')).toBe('还差 1 户签字同意');
    expect(gapText(2, 'PARTICIPANTS')).toBe('还差 2 户参与表决');
  });

  it('says passed at 0 and out of reach at null', () => {
    expect(gapText(0, 'AGREE')).toBe('已达到');
    expect(gapText(null, 'AGREE')).toBe('剩余户数已不足以达到');
  });
});

describe('counts', () => {
  it('reads households and floor area', () => {
    expect(countText('32', '40', 'HEADCOUNT')).toBe('32 / 40 户');
    expect(countText('265050', '330000', 'AREA')).toBe('2,650.50 / 3,300.00 m²');
  });

  it('has no share of nothing', () => {
    expect(shareOf('32', '40')).toBe(0.8);
    expect(shareOf('0', '0')).toBe(0);
  });
});
