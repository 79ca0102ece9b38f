import { findingActions } from './findings';

describe("a finding's actions", () => {
  it('lets the PM report an open or reopened finding rectified, with evidence', () => {
    const rectify = [{ event: 'RECTIFY', label: '整改完成', to: 'RECTIFIED', needs: 'evidence' }];
    expect(findingActions('OPEN', 'DISTRICT_PM')).toEqual(rectify);
    expect(findingActions('REOPENED', 'DISTRICT_PM')).toEqual(rectify);
    expect(findingActions('OPEN', 'SUPERVISOR')).toEqual([]);
  });

  it('lets the supervisor close a rectified finding, or reopen it with a reason', () => {
    expect(findingActions('RECTIFIED', 'SUPERVISOR')).toEqual([
      { event: 'CLOSE', label: '销号', to: 'CLOSED', needs: null },
      { event: 'REOPEN', label: '整改不到位，重新整改', to: 'REOPENED', needs: 'reason' },
    ]);
    expect(findingActions('RECTIFIED', 'DISTRICT_PM')).toEqual([]);
  });

  it('offers nothing on a closed finding, to anyone, nor on a state it does not know', () => {
    for (const role of ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'] as const) {
      expect(findingActions('CLOSED', role)).toEqual([]);
      expect(findingActions('LOST', role)).toEqual([]);
    }
  });
});
