import { requestForLog, urlForLog } from './logger';

describe('request logs', () => {
  it("keep a URL's path and drop its query string (GET variables, a board ?token=)", () => {
    expect(
      urlForLog('/graphql?query=%7Bme%7D&variables=%7B%22residentId%22%3A%22310104199003152220%22%7D'),
    ).toBe('/graphql?[Redacted]');
    expect(urlForLog('/admin/queues?token=eyJhbGciOi.x.y')).toBe('/admin/queues?[Redacted]');
    expect(urlForLog('/graphql')).toBe('/graphql');
  });

  it('say only the id, method and path of a request, never its headers', () => {
    const logged = requestForLog({
      id: 'r-1',
      method: 'GET',
      url: '/graphql?token=secret',
      headers: { authorization: 'Bearer secret', cookie: 'points_session=secret' },
    } as { id: string; method: string; url: string });
    expect(logged).toEqual({ id: 'r-1', method: 'GET', url: '/graphql?[Redacted]' });
    expect(JSON.stringify(logged)).not.toContain('secret');
  });
});
