import { assertEveryJobHandled, jobId, redisConnection } from './jobs.js';

describe('jobId', () => {
  it('is the same for the same subject and moment', () => {
    expect(jobId('deadline.fire', 'abc', 1700000000000)).toBe(jobId('deadline.fire', 'abc', 1700000000000));
  });

  it('differs when any part differs', () => {
    expect(jobId('deadline.fire', 'abc', 1)).not.toBe(jobId('deadline.fire', 'abc', 2));
  });

  it('replaces characters a queue key should not carry', () => {
    expect(jobId('x', 'a b/c:d')).toBe('x@a_b_c_d');
  });
});

describe('assertEveryJobHandled', () => {
  it('accepts a table with a handler for every name', () => {
    expect(() => assertEveryJobHandled(['a', 'b'], { a: async () => undefined, b: async () => undefined })).not.toThrow();
  });

  it('names every job that has no handler', () => {
    expect(() => assertEveryJobHandled(['a', 'b', 'c'], { a: async () => undefined })).toThrow('no handler for job(s): b, c');
  });

  it('does not take a non-function as a handler', () => {
    expect(() => assertEveryJobHandled(['a'], { a: 'yes' })).toThrow('no handler for job(s): a');
  });
});

describe('redisConnection', () => {
  it('reads host, port, password and database from the URL', () => {
    expect(redisConnection('redis://:s%40cret@cache.internal:6380/2')).toEqual({
      host: 'cache.internal',
      port: 6380,
      password: 's@cret',
      db: 2,
    });
  });

  it('defaults the port and turns rediss into TLS', () => {
    expect(redisConnection('rediss://cache')).toEqual({ host: 'cache', port: 6379, tls: {} });
  });
});
