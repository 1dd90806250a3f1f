import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDevPiiKeyring, resolvePiiKeyMaterial } from './dev-keyring.util';
import { PiiCipher } from './pii-cipher';

describe('development PII keys', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-keys-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('are generated once and shared, so one service decrypts what another encrypted', () => {
    const first = new PiiCipher(resolvePiiKeyMaterial({ env: {}, dataDir, allowDevKeys: true }).keyring);
    const second = new PiiCipher(resolvePiiKeyMaterial({ env: {}, dataDir, allowDevKeys: true }).keyring);
    const token = first.encrypt('13800138000', 'event.mobile');
    expect(second.decrypt(token, 'event.mobile')).toBe('13800138000');
    expect(fs.statSync(path.join(dataDir, 'keys', 'pii.json')).mode & 0o077).toBe(0);
    expect(ensureDevPiiKeyring(dataDir)).toEqual(ensureDevPiiKeyring(dataDir));
  });

  it('are never used in production: the variables are required there', () => {
    expect(() => resolvePiiKeyMaterial({ env: {}, dataDir, allowDevKeys: false })).toThrow(/PII_ENCRYPTION_KEYS/);
  });
});
