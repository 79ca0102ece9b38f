import { reviewStanding, standingText, type ReviewLike } from './standing';

const NAMES: Record<string, string> = { HOUSING: '住建', FIRE: '消防', WATER: '供水' };
const name = (c: string) => NAMES[c] ?? c;
const review = (opinions: ReviewLike['opinions'], state: ReviewLike['state'] = 'OPEN'): ReviewLike => ({
  state,
  reviewers: ['HOUSING', 'FIRE', 'WATER'],
  opinions,
});
const approve = (reviewer: string) => ({ reviewer, opinion: 'APPROVE', conditions: [] });

describe('where a joint review stands', () => {
  it('waits for the departments that have not answered, in the order of the list', () => {
    const s = reviewStanding(review([approve('WATER')]));
    expect(s).toMatchObject({ pending: ['HOUSING', 'FIRE'], outcome: 'WAITING' });
    expect(standingText(s, name)).toBe('还差 2 个部门的意见（住建、消防）。');
  });

  it('waits for every condition to be acknowledged, each by its place in its opinion', () => {
    const fire = {
      reviewer: 'FIRE',
      opinion: 'APPROVE_WITH_CONDITIONS',
      conditions: [
        { text: '通道畅通', acknowledgedBy: 'pm' },
        { text: '联合调试', acknowledgedBy: null },
      ],
    };
    const s = reviewStanding(review([approve('HOUSING'), fire, approve('WATER')]));
    expect(s.open).toEqual([{ reviewer: 'FIRE', index: 1, text: '联合调试' }]);
    expect(s.outcome).toBe('WAITING');
    expect(standingText(s, name)).toBe('还有 1 条附加条件待项目经理确认。');
  });

  it('is ready to pass once every opinion is in and every condition acknowledged', () => {
    const s = reviewStanding(review(['HOUSING', 'FIRE', 'WATER'].map(approve)));
    expect(s.outcome).toBe('READY');
    expect(standingText(s, name)).toContain('联合审查通过');
  });

  it('comes to a rejection as soon as one department says no, whatever is still missing', () => {
    const s = reviewStanding(review([{ reviewer: 'FIRE', opinion: 'REJECT', conditions: [] }]));
    expect(s).toMatchObject({ rejectedBy: ['FIRE'], outcome: 'REJECTING' });
    expect(standingText(s, name)).toMatch(/^消防不同意/);
  });

  it('is closed once the lifecycle passed or rejected it', () => {
    expect(reviewStanding(review([], 'PASSED')).outcome).toBe('CLOSED');
    expect(reviewStanding(review([], 'REJECTED')).outcome).toBe('CLOSED');
  });
});
