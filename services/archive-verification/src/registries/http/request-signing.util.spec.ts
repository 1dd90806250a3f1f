import { signRegistryRequest, verifyRegistrySignature } from './request-signing.util';

describe('registry request signing', () => {
  const secret = 'a-shared-secret-of-the-registry';
  const signed = (body: string, timestamp = '1700000000000') => ({
    'x-registry-key-id': 'k1',
    'x-registry-timestamp': timestamp,
    'x-registry-signature': signRegistryRequest({
      method: 'POST',
      path: '/tax/months',
      timestamp,
      body,
      secret,
    }),
  });

  it('accepts the request as signed and refuses any change to it', () => {
    const body = '{"residentId":"x"}';
    const base = { method: 'POST', path: '/tax/months', body, secrets: { k1: secret }, now: 1700000001000 };
    expect(verifyRegistrySignature({ ...base, headers: signed(body) })).toBe(true);
    expect(verifyRegistrySignature({ ...base, body: '{"residentId":"y"}', headers: signed(body) })).toBe(
      false,
    );
    expect(verifyRegistrySignature({ ...base, path: '/tax/other', headers: signed(body) })).toBe(false);
    expect(verifyRegistrySignature({ ...base, secrets: { k2: secret }, headers: signed(body) })).toBe(false);
    // Ten minutes old: a replay.
    expect(verifyRegistrySignature({ ...base, now: 1700000600001, headers: signed(body) })).toBe(false);
  });
});
