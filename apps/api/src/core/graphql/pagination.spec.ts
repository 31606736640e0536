import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError } from '../errors';
import { CURSORS } from './cursors';
import { CursorSpec, decodeCursor, deriveCursorKey, encodeCursor, signCursor, useCursorKey } from './pagination';

const fields = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? [e.code, e.fields] : ['other', String(e)];
  }
  return 'accepted';
};
const BAD = ['VALIDATION_FAILED', [{ field: 'after', code: 'invalid' }]];

describe('keyset cursors', () => {
  const key = randomBytes(32);
  beforeAll(() => useCursorKey(key));

  it('round-trips the sort values of the connection that issued them', () => {
    const values: [string, string] = ['2026-01-01', randomUUID()];
    expect(decodeCursor(encodeCursor(CURSORS.measurements, values), CURSORS.measurements)).toEqual(values);
    const indicator: [boolean, string, string, string] = [false, 'B-1', 'Jugendliche in Ausbildung', randomUUID()];
    expect(decodeCursor(encodeCursor(CURSORS.indicators, indicator), CURSORS.indicators)).toEqual(indicator);
    expect(decodeCursor(undefined, CURSORS.indicators)).toBeUndefined();
    expect(decodeCursor('', CURSORS.indicators)).toBeUndefined();
  });

  it('refuses unsigned, re-signed with another key, and foreign-connection cursors', () => {
    const values = ['2026-01-01', randomUUID()];
    const unsigned = Buffer.from(JSON.stringify(values)).toString('base64url');
    expect(fields(() => decodeCursor(unsigned, CURSORS.measurements))).toEqual(BAD);
    expect(fields(() => decodeCursor('WyJ4IiwieSJd', CURSORS.reviewQueue))).toEqual(BAD);
    expect(fields(() => decodeCursor(signCursor(randomBytes(32), 'measurements', values), CURSORS.measurements))).toEqual(BAD);
    // Same tuple shape, other connection: the name is part of what is signed.
    expect(fields(() => decodeCursor(encodeCursor(CURSORS.reportingPeriods, values as [string, string]), CURSORS.measurements))).toEqual(BAD);
    const good = encodeCursor(CURSORS.measurements, values as [string, string]);
    expect(fields(() => decodeCursor(`${good}x`, CURSORS.measurements))).toEqual(BAD);
    expect(fields(() => decodeCursor(`${good}.x`, CURSORS.measurements))).toEqual(BAD);
    expect(fields(() => decodeCursor(good.split('.')[1], CURSORS.measurements))).toEqual(BAD);
  });

  it('checks count and type of every part even when the signature is valid (a leaked key)', () => {
    const forged = (name: string, values: unknown[]) => signCursor(key, name, values);
    const cases: [keyof typeof CURSORS, unknown[]][] = [
      ['measurements', ['x', 'y']],
      ['reviewQueue', ['x', 'y']],
      ['reportingPeriods', ['x', 'y']],
      ['indicators', ['x', 'y', 'z', 'w']],
      ['indicators', [true, 'a', 'b']],
      ['activities', [1, randomUUID()]],
      ['activities', ['x'.repeat(1001), randomUUID()]],
      ['logFeed', ['2026-01-01', 'gestern', randomUUID()]],
      ['actionItems', [1, 2, 3, 4]],
      ['proposals', [null, randomUUID()]],
      ['auditEvents', ['1e21', randomUUID()]],
      ['measurements', [{}, []]],
    ];
    for (const [name, values] of cases)
      expect([name, fields(() => decodeCursor(forged(name, values), CURSORS[name] as CursorSpec<unknown[]>))]).toEqual([name, BAD]);
    expect(fields(() => decodeCursor(forged('measurements', 'nope' as never), CURSORS.measurements))).toEqual(BAD);
  });

  it('derives a stable key from the secret or the database password', () => {
    const a = deriveCursorKey(undefined, 'postgres://gemeinwerk_app:geheim@localhost:5432/a');
    expect(deriveCursorKey(undefined, 'postgres://gemeinwerk_app:geheim@otherhost:6543/b')).toEqual(a);
    expect(deriveCursorKey(undefined, 'postgres://gemeinwerk_app:anders@localhost:5432/a')).not.toEqual(a);
    expect(deriveCursorKey('x'.repeat(32), 'postgres://gemeinwerk_app:geheim@localhost/a')).not.toEqual(a);
    expect(deriveCursorKey(undefined, 'postgres://gemeinwerk_app@localhost/a', 'postgres://owner:geheim@localhost/a')).toEqual(a);
    // Without any secret material there is no key to derive (the app then keeps a per-process one).
    expect(deriveCursorKey(undefined, 'postgres://gemeinwerk_app@localhost/a', 'kein url')).toBeUndefined();
  });
});
