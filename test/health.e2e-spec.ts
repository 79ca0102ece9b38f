import { startApi, type TestApi } from './support/api.js';

describe('health', () => {
  describe('with PostgreSQL and Redis up', () => {
    let api: TestApi;
    beforeAll(async () => (api = await startApi()));
    afterAll(() => api.close());

    it('reports both up', async () => {
      const res = await api.http.get('/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    });
  });

  describe('without Redis', () => {
    let api: TestApi;
    beforeAll(async () => (api = await startApi({ REDIS_URL: 'redis://127.0.0.1:1' })));
    afterAll(() => api.close());

    it('still starts and serves, and reports Redis down', async () => {
      const res = await api.http.get('/health').expect(200);
      expect(res.body).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });
      await api.http.get('/meta/machines').expect(200);
      const admin = await api.user('ADMIN');
      const city = await api.http.post('/cities').set(admin.auth).send({ code: 'no-redis', name: '无缓存市' }).expect(201);
      await api.http.post('/districts').set(admin.auth).send({ code: 'no-redis', name: '无缓存区', cityId: city.body.id }).expect(201);
    });
  });
});
