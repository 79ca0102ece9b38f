import {
  draftBody,
  draftFrom,
  draftTotal,
  draftValuesFrom,
  isPercent,
  isQuantity,
  itemBody,
  lineFen,
  newItemKey,
  type DraftItem,
} from './plan-draft';
import type { PlanVersion } from './preparation-queries';

const row = (over: Partial<DraftItem> = {}): DraftItem => ({
  key: 'rain-sewage',
  name: '雨污分流改造',
  kind: 'RAIN_SEWAGE_SEPARATION',
  category: 'BASIC',
  quantity: '1',
  unit: '项',
  unitPrice: '1234.56',
  paidBy: 'GOVERNMENT',
  required: true,
  ...over,
});

describe('a plan version being drafted', () => {
  it('counts a line as the API does: quantity × unit price in fen, half up', () => {
    expect(lineFen(row())).toBe('123456');
    expect(lineFen(row({ quantity: '1200.5', unitPrice: '380' }))).toBe('45619000');
    // 0.33 × 5 fen = 1.65 fen, half up to 2.
    expect(lineFen(row({ quantity: '0.33', unitPrice: '0.05' }))).toBe('2');
    expect(lineFen(row({ quantity: '3', unitPrice: '0.01' }))).toBe('3');
  });

  it('leaves a row out of the total while it is not yet amounts, and says the total is not complete', () => {
    expect(lineFen(row({ unitPrice: '12.345' }))).toBeNull();
    expect(lineFen(row({ quantity: '-1' }))).toBeNull();
    expect(lineFen(undefined)).toBeNull();
    expect(draftTotal([row(), row({ unitPrice: '0.44' })])).toEqual({ fen: '123500', complete: true });
    expect(draftTotal([row(), row({ unitPrice: 'abc' }), undefined])).toEqual({ fen: '123456', complete: false });
    expect(draftTotal([])).toEqual({ fen: '0', complete: true });
  });

  it('stays exact where floating point would not', () => {
    // 0.1 + 0.2 yuan: exactly 30 fen.
    expect(draftTotal([row({ unitPrice: '0.1' }), row({ unitPrice: '0.2' })]).fen).toBe('30');
    expect(lineFen(row({ quantity: '1000000000', unitPrice: '999999999.99' }))).toBe('99999999999000000000');
  });

  it('reads quantities of at most two decimals', () => {
    for (const good of ['0', '1', '1200.5', '3.25', ' 7 ']) expect(isQuantity(good)).toBe(true);
    for (const bad of ['', '1.234', '-1', 'x', '1e3', undefined]) expect(isQuantity(bad)).toBe(false);
  });

  it('gives a new row a key no other row has', () => {
    expect(newItemKey([])).toBe('item-1');
    expect(newItemKey([row(), row({ key: 'item-2' })])).toBe('item-3');
    expect(newItemKey([row({ key: 'item-2' })])).toBe('item-3');
  });

  it('sends the API numbers that round back to the exact fen typed', () => {
    expect(itemBody(row({ name: ' 雨污分流 ', quantity: '12.5', unitPrice: '1,234.56', kind: null }))).toEqual({
      key: 'rain-sewage',
      name: '雨污分流',
      category: 'BASIC',
      quantity: 12.5,
      unit: '项',
      unitPrice: 1234.56,
      paidBy: 'GOVERNMENT',
      required: true,
    });
  });

  it("starts from the last version's items", () => {
    const version = {
      items: [
        {
          key: 'fire',
          name: '消防设施',
          kind: 'FIRE_SAFETY',
          category: 'BASIC',
          quantity: '2.00',
          unit: '套',
          unitPrice: '5000.00',
          budget: '10000.00',
          paidBy: 'GOVERNMENT',
          required: true,
          compoundId: null,
        },
      ],
    } as unknown as PlanVersion;
    expect(draftFrom(version)).toEqual([
      {
        key: 'fire',
        name: '消防设施',
        kind: 'FIRE_SAFETY',
        category: 'BASIC',
        quantity: '2.00',
        unit: '套',
        unitPrice: '5000.00',
        paidBy: 'GOVERNMENT',
        required: true,
        compoundId: null,
      },
    ]);
    expect(draftFrom(undefined)).toEqual([]);
  });

  it('takes a share of 0 to 100 percent, two decimals at most', () => {
    for (const good of ['0', '25', '25.5', '100', '100.00']) expect(isPercent(good)).toBe(true);
    for (const bad of ['100.01', '101', '-1', '25.555', '', undefined]) expect(isPercent(bad)).toBe(false);
  });

  it('starts from the last version as it stands and sends it back whole, a contribution left empty withdrawn', () => {
    const last = {
      version: 1,
      sections: { basicFacts: '建于1988年', residentOpinions: '入户调查' },
      currentStateSurvey: true,
      fireLanes: true,
      ageFriendly: false,
      elevatorPositionReserved: true,
      contributions: { residentSharePercent: '25.00', residents: '70000.00', socialCapital: null },
      items: [],
    } as unknown as PlanVersion;
    const values = draftValuesFrom(last);
    expect(values.contributions).toEqual({ residentSharePercent: '25.00', residents: '70000.00', socialCapital: '' });
    expect(values.sections.basicFacts).toBe('建于1988年');
    expect(values.sections.riskAssessment).toBe('');

    const body = draftBody(
      {
        ...values,
        sections: { ...values.sections, basicFacts: ' ', mainProblems: '管网老化' },
        contributions: { residentSharePercent: '30', residents: '1234.56', socialCapital: '' },
        items: [row()],
        changeNote: '  提高居民出资比例 ',
      },
      last,
    );
    expect(body).toMatchObject({
      currentStateSurvey: true,
      fireLanes: true,
      ageFriendly: false,
      elevatorPositionReserved: true,
      contributions: { residentSharePercent: 30, residents: 1234.56, socialCapital: null },
      items: [itemBody(row())],
      changeNote: '提高居民出资比例',
    });
    // Emptied, kept, newly written; the six never written are not sent.
    expect(body.sections).toEqual({ basicFacts: '', residentOpinions: '入户调查', mainProblems: '管网老化' });
    expect(draftBody(values, last).sections).toEqual(last.sections);
    expect(draftBody({ ...values, changeNote: ' ' }, last)).not.toHaveProperty('changeNote');
    expect(body.adoptedObjections).toEqual([]);
    expect(body).not.toHaveProperty('applyChoicesFrom');
    expect(draftBody({ ...values, applyChoicesFrom: 'round-1', adoptedObjections: ['objection-1'] }, last)).toMatchObject({
      applyChoicesFrom: 'round-1',
      adoptedObjections: ['objection-1'],
    });
  });

  it('edits a version with its own note and objections, and drafts the next with none yet', () => {
    const version = {
      sections: {},
      contributions: {},
      items: [],
      changeNote: '采纳居民意见',
      adoptedObjections: ['o-1'],
    } as unknown as PlanVersion;
    expect(draftValuesFrom(version, true)).toMatchObject({ changeNote: '采纳居民意见', adoptedObjections: ['o-1'] });
    expect(draftValuesFrom(version)).toMatchObject({ changeNote: '', adoptedObjections: [] });
  });
});
