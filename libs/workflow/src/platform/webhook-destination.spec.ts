import { isInternalAddress, webhookDestination } from './webhook-destination.js';

describe('isInternalAddress', () => {
  it.each([
    '169.254.169.254',
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    'not-an-address',
  ])('%s is internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(['203.0.113.7', '8.8.8.8', '172.32.0.1', '172.15.255.255', '2001:db8::1', '::ffff:203.0.113.7'])('%s is not', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });
});

describe('webhookDestination', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/hook',
    'http://0x7f000001/hook',
    'http://2130706433/hook',
    'https://localhost/hook',
  ])('refuses %s', async (url) => {
    await expect(webhookDestination(url, false)).rejects.toMatchObject({
      code: 'DOMAIN.INVALID',
      details: { errors: [expect.objectContaining({ field: 'url', code: 'DESTINATION_REFUSED' })] },
    });
  });

  it('names the address a host name resolves to', async () => {
    await expect(webhookDestination('http://localhost:9/hook', false)).rejects.toThrow(/localhost resolves to (127\.0\.0\.1|::1)/);
  });

  it('allows them when the deployment says so, pinning the checked address', async () => {
    expect(await webhookDestination('http://[::1]:8080/hook', true)).toMatchObject({ host: '::1', address: '::1' });
  });

  it('takes a public address literal as it is, without a lookup', async () => {
    expect(await webhookDestination('https://203.0.113.7/hook', false)).toMatchObject({ host: '203.0.113.7', address: '203.0.113.7' });
  });

  it('refuses what is not http(s)', async () => {
    await expect(webhookDestination('file:///etc/passwd', true)).rejects.toThrow('url is http(s)');
  });
});
