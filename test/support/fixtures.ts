import type { TestApi } from './api.js';

export interface Place {
  districtId: string;
  compoundId: string;
}

/** A district with one compound, created by an admin over HTTP. */
export async function districtWithCompound(api: TestApi, code: string, compound: Record<string, unknown> = {}): Promise<Place> {
  const admin = await api.user('ADMIN');
  const district = await api.http
    .post('/districts')
    .set(admin.auth)
    .send({ code, name: `${code} 区`, city: '长沙市' })
    .expect(201);
  const created = await api.http
    .post('/compounds')
    .set(admin.auth)
    .send({ districtId: district.body.id, name: `${code} 小区`, address: '测试路 1 号', buildYear: 1995, ...compound })
    .expect(201);
  return { districtId: district.body.id, compoundId: created.body.id };
}

/** A survey that satisfies every SURVEY guard. */
export const COMPLETE_SURVEY = {
  baseData: { buildings: 4, households: 120, floorArea: 9600.5, buildYear: 1995 },
  assets: { items: [{ kind: 'VACANT_ROOM', description: '1号楼闲置车棚', quantity: 80, unit: 'm²' }] },
  willingness: { surveyedHouseholds: 110, willingHouseholds: 96, method: 'DOOR_TO_DOOR' },
};

export const COUNCIL = {
  kind: 'RENOVATION_COUNCIL',
  name: '改造理事会',
  establishedOn: '2026-05-20',
  members: [
    { name: '张建国', position: '理事长', resident: true },
    { name: '李秀英', position: '理事', resident: true },
    { name: '王卫东', position: '理事', resident: true },
  ],
};
