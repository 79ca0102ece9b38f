import type { Actor, Role } from '../roles.js';
import { inScope, type Place } from './scope.js';

function actor(role: Role, districtIds: string[] = [], compoundIds: string[] = []): Actor {
  return { userId: 'u1', role, districtIds, compoundIds };
}

const district = (districtId: string): Place => ({ districtId });
const compound = (districtId: string, compoundId: string): Place => ({ districtId, compoundId });
const area = (districtId: string, ...compoundIds: string[]): Place => ({ districtId, compoundId: compoundIds[0], compoundIds });

describe('inScope', () => {
  it.each<[string, Actor, Place, boolean]>([
    ['admin with no places sees a district', actor('ADMIN'), district('d9'), true],
    ['admin with no places sees a compound', actor('ADMIN'), compound('d9', 'c9'), true],

    ['PM sees their district', actor('DISTRICT_PM', ['d1']), district('d1'), true],
    ['PM sees a compound in their district', actor('DISTRICT_PM', ['d1']), compound('d1', 'c1'), true],
    ['PM of several districts sees the second', actor('DISTRICT_PM', ['d1', 'd2']), compound('d2', 'c5'), true],
    ['PM does not see another district', actor('DISTRICT_PM', ['d1']), district('d2'), false],
    ['PM does not see a compound in another district', actor('DISTRICT_PM', ['d1']), compound('d2', 'c1'), false],
    ['PM is not scoped by compound', actor('DISTRICT_PM', [], ['c1']), compound('d2', 'c1'), false],
    ['PM with no districts sees nothing', actor('DISTRICT_PM'), district('d1'), false],

    ['supervisor sees their district', actor('SUPERVISOR', ['d1']), district('d1'), true],
    ['supervisor sees a compound in their district', actor('SUPERVISOR', ['d1']), compound('d1', 'c1'), true],
    ['supervisor does not see another district', actor('SUPERVISOR', ['d1']), compound('d2', 'c2'), false],
    ['supervisor is not scoped by compound', actor('SUPERVISOR', [], ['c1']), compound('d2', 'c1'), false],

    ['committee sees its compound', actor('RESIDENTS_COMMITTEE', [], ['c1']), compound('d1', 'c1'), true],
    ['committee sees its compound whatever the district', actor('RESIDENTS_COMMITTEE', ['d1'], ['c1']), compound('d2', 'c1'), true],
    ['committee does not see another compound in its district', actor('RESIDENTS_COMMITTEE', ['d1'], ['c1']), compound('d1', 'c2'), false],
    ['committee never sees a district-level place', actor('RESIDENTS_COMMITTEE', ['d1'], ['c1']), district('d1'), false],
    ['committee with no compounds sees nothing', actor('RESIDENTS_COMMITTEE', ['d1']), compound('d1', 'c1'), false],

    ['committee of the lead compound sees the project area', actor('RESIDENTS_COMMITTEE', [], ['c1']), area('d1', 'c1', 'c2'), true],
    ['committee of another covered compound sees it too', actor('RESIDENTS_COMMITTEE', [], ['c2']), area('d1', 'c1', 'c2'), true],
    ['committee of a compound outside the area does not', actor('RESIDENTS_COMMITTEE', [], ['c3']), area('d1', 'c1', 'c2'), false],
    ['the PM of the district sees the area', actor('DISTRICT_PM', ['d1']), area('d1', 'c1', 'c2'), true],
    ['a PM elsewhere does not, even naming a compound', actor('DISTRICT_PM', ['d2'], ['c1']), area('d1', 'c1', 'c2'), false],
  ])('%s', (_name, who, place, expected) => {
    expect(inScope(who, place)).toBe(expected);
  });
});
