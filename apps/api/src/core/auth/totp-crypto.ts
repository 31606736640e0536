import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';

/**
 * Encrypts TOTP secrets at rest (AES-256-GCM): a database dump alone does not yield anyone's
 * second factor. The key is TOTP_ENCRYPTION_KEY, or one generated once into DATA_DIR/totp.key
 * (mode 0600) so `pnpm start` works without set-up; several instances must share a set key.
 */
export class TotpCrypto {
  private readonly key: Buffer;

  constructor(config: Pick<AppConfig, 'TOTP_ENCRYPTION_KEY' | 'DATA_DIR' | 'NODE_ENV'>) {
    if (config.TOTP_ENCRYPTION_KEY) this.key = parseKey(config.TOTP_ENCRYPTION_KEY);
    // Each test app has its own database: a key per process is enough and touches no file.
    else if (config.NODE_ENV === 'test') this.key = randomBytes(32);
    else this.key = fileKey(config.DATA_DIR);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, data] = stored.split(':');
    if (version !== 'v1' || !iv || !tag || !data) throw new Error('not an encrypted TOTP secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('TOTP_ENCRYPTION_KEY must be 32 bytes (64 hex digits or base64)');
  return key;
}

function fileKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'totp.key');
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process wrote it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(readFileSync(file, 'utf8'));
    throw e;
  }
  chmodSync(file, 0o600);
  new Logger('TotpCrypto').warn(
    `TOTP_ENCRYPTION_KEY is not set: generated ${file}. Back it up with the database; several instances need a shared TOTP_ENCRYPTION_KEY.`,
  );
  return key;
}
