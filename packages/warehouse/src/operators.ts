// Operators of the console (/ops): a name and an scrypt hash of the password.
// Adding an operator that exists sets a new password (the latest row wins),
// which is also how a forgotten password is reset.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MIN_PASSWORD_LENGTH = 10;
// N = 2^15: ~30 ms and 32 MiB per check, costly to brute-force offline.
const COST = { N: 32_768, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

export interface OperatorRecord {
  name: string;
  password_hash: string;
  disabled: boolean;
}

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...o, maxmem: 128 * o.N * o.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`: the cost travels with the hash, so it can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export async function addOperator(ch: ClickHouseClient, name: string, password: string): Promise<void> {
  if (!NAME.test(name)) throw new Error(`operator name '${name}' must be letters, digits, '.', '_' or '-' (≤ 64)`);
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`an operator password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const password_hash = await hashPassword(password);
  await ch.insert({ table: 'operators', values: [{ name, password_hash, disabled: false }], format: 'JSONEachRow' });
}

/** The current record of an enabled operator, or null. */
export async function findOperator(ch: ClickHouseClient, name: string): Promise<OperatorRecord | null> {
  const rs = await ch.query({
    query: 'SELECT name, password_hash, disabled FROM operators FINAL WHERE name = {name:String} AND NOT disabled',
    query_params: { name },
    format: 'JSONEachRow',
  });
  const [op] = await rs.json<OperatorRecord>();
  return op ?? null;
}

// Checked against when the name is unknown, so a wrong name costs as long as
// a wrong password and response times do not reveal which names exist.
let decoy: Promise<string> | undefined;

/** The operator when name and password match, else null. */
export async function authenticateOperator(ch: ClickHouseClient, name: string, password: string): Promise<OperatorRecord | null> {
  const op = NAME.test(name) ? await findOperator(ch, name) : null;
  const stored = op?.password_hash ?? (await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
  const ok = await verifyPassword(password, stored);
  return op && ok ? op : null;
}
