import { PAGE_MAX, readAll } from './client';

/** A list of `total` numbered items served as the API pages it. */
function served(total: number) {
  const asked: { limit: number; offset: number }[] = [];
  const page = async (p: { limit: number; offset: number }) => {
    asked.push(p);
    const items = Array.from({ length: Math.max(0, Math.min(p.limit, total - p.offset)) }, (_, i) => p.offset + i);
    return { data: { items, total }, response: new Response(null, { status: 200 }) };
  };
  return { asked, page };
}

describe('readAll', () => {
  it('reads every page of a list longer than one, in order', async () => {
    const { asked, page } = served(1234);
    const all = await readAll<{ items: number[]; total: number }>(page);
    expect(all.total).toBe(1234);
    expect(all.items).toEqual(Array.from({ length: 1234 }, (_, i) => i));
    expect(asked).toEqual([0, 1, 2].map((n) => ({ limit: PAGE_MAX, offset: n * PAGE_MAX })));
  });

  it('asks once for a list that fits a page, and once for an empty one', async () => {
    for (const total of [PAGE_MAX, 0]) {
      const { asked, page } = served(total);
      expect((await readAll<{ items: number[]; total: number }>(page)).items).toHaveLength(total);
      expect(asked).toHaveLength(1);
    }
  });

  it('stops at an empty page even when the total promised more (rows removed meanwhile)', async () => {
    const page = async (p: { limit: number; offset: number }) => ({
      data: { items: p.offset === 0 ? [1, 2] : [], total: 600 },
      response: new Response(null, { status: 200 }),
    });
    expect((await readAll<{ items: number[]; total: number }>(page)).items).toEqual([1, 2]);
  });
});
