// Operators of the console (/ops): a name and an scrypt hash of the password.
// Adding an operator that exists sets a new password (the latest row wins),
// which is also how a forgotten password is reset.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** ASVS 2.1.1: passwords of at least 12 characters. */
export const MIN_PASSWORD_LENGTH = 12;
// OWASP's recommended scrypt cost (N = 2^17, r = 8, p = 1): 128 MiB and
// ~0.3 s per check. Hashes stored at a lower cost are rehashed at this one at
// the operator's next successful login (authenticateOperator).
const COST = { N: 131_072, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

export interface OperatorRecord {
  name: string;
  password_hash: string;
  disabled: boolean;
}

type ScryptCost = { N: number; r: number; p: number };

function derive(password: string, salt: Buffer, o: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes (128 MiB at COST); Node refuses above maxmem (32 MiB by default).
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

/** True when a stored hash was made at a lower cost than hashPassword uses today. */
function hashNeedsUpgrade(stored: string): boolean {
  const [, n, r, p] = stored.split('$');
  return Number(n) < COST.N || Number(r) < COST.r || Number(p) < COST.p;
}

/**
 * Rehashes a verified password at today's cost. Written only while the stored
 * hash is still the one verified, so a reset or disable in between is kept.
 */
async function upgradeHash(ch: ClickHouseClient, op: OperatorRecord, password: string): Promise<void> {
  await ch.command({
    query: `INSERT INTO operators (name, password_hash, disabled)
            SELECT name, {upgraded:String}, disabled FROM operators FINAL
            WHERE name = {name:String} AND password_hash = {verified:String}`,
    query_params: { name: op.name, verified: op.password_hash, upgraded: await hashPassword(password) },
  });
}

/** Why a password cannot be an operator's, in words naming the rule; null when it can. */
export function operatorPasswordProblem(password: string): string | null {
  const length = [...password].length; // characters, not UTF-16 units
  if (length >= MIN_PASSWORD_LENGTH) return null;
  return `an operator password needs at least ${MIN_PASSWORD_LENGTH} characters (ASVS 2.1.1); this one has ${length}`;
}

/** A password made for an operator when none is given (24 characters, printed once by whoever made it). */
export function madeOperatorPassword(): string {
  return randomBytes(18).toString('base64url');
}

export async function addOperator(ch: ClickHouseClient, name: string, password: string): Promise<void> {
  if (!NAME.test(name)) throw new Error(`operator name '${name}' must be letters, digits, '.', '_' or '-' (≤ 64)`);
  const problem = operatorPasswordProblem(password);
  if (problem) throw new Error(problem);
  const password_hash = await hashPassword(password);
  await ch.insert({ table: 'operators', values: [{ name, password_hash, disabled: false }], format: 'JSONEachRow' });
}

/** Whether an operator of that name exists: 'enabled', 'disabled', or null. */
export async function operatorState(ch: ClickHouseClient, name: string): Promise<'enabled' | 'disabled' | null> {
  const rs = await ch.query({
    query: 'SELECT disabled FROM operators FINAL WHERE name = {name:String}',
    query_params: { name },
    format: 'JSONEachRow',
  });
  const [op] = await rs.json<{ disabled: boolean }>();
  return op ? (op.disabled ? 'disabled' : 'enabled') : null;
}

/** Disables an operator: their logins and open sessions are refused from now on (a reset enables them again). */
export async function disableOperator(ch: ClickHouseClient, name: string): Promise<boolean> {
  const rs = await ch.query({
    query: 'SELECT name, password_hash FROM operators FINAL WHERE name = {name:String} AND NOT disabled',
    query_params: { name },
    format: 'JSONEachRow',
  });
  const [op] = await rs.json<{ name: string; password_hash: string }>();
  if (!op) return false;
  await ch.insert({ table: 'operators', values: [{ ...op, disabled: true }], format: 'JSONEachRow' });
  return true;
}

/** How many operators there are, disabled ones included. */
export async function countOperators(ch: ClickHouseClient): Promise<number> {
  const rs = await ch.query({ query: 'SELECT count() AS n FROM operators FINAL', format: 'JSONEachRow' });
  const [row] = await rs.json<{ n: string | number }>();
  return Number(row?.n ?? 0);
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

/** The operator when name and password match, else null; a hash of lower cost is upgraded then. */
export async function authenticateOperator(ch: ClickHouseClient, name: string, password: string): Promise<OperatorRecord | null> {
  const op = NAME.test(name) ? await findOperator(ch, name) : null;
  const stored = op?.password_hash ?? (await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
  const ok = await verifyPassword(password, stored);
  if (!op || !ok) return null;
  if (hashNeedsUpgrade(op.password_hash)) await upgradeHash(ch, op, password);
  return op;
}
