import { DomainError } from '../errors';
import { MESSAGES, translate } from '../i18n/messages';
import { allowedIds, check, may, readScope, requireAccess, rolesWith, type AccessSubject } from './access';
import { ALL_PERMISSIONS, PERMISSIONS, type Grant, type Permission } from './permissions';

/**
 * The permission table, role by role (small test: no database). Each row is written out here a
 * second time on purpose: changing who may do what in permissions.ts fails this test until the
 * change is made here too. Columns: BACKBONE PARTNER FUNDER OBSERVER; `-` no grant.
 */
const EXPECTED: Record<Permission, string> = {
  'alliance.update': 'all - - -',
  'alliance.twoFactorPolicy': 'admin - - -',
  'district.manage': 'all - - -',
  'progress.publish': 'all - - -',
  'apiToken.manage': 'admin - - -',
  'audit.read': 'all - - -',
  'portability.export': 'all - - -',
  'report.read': 'all - - -',
  'report.funderPdf': 'all - all all',
  'smallCounts.see': 'all own - -',
  'network.read': 'all all all -',
  'relationship.read': 'all own - -',
  'relationship.write': 'all own - -',
  'survey.read': 'all all - -',
  'survey.manage': 'all - - -',
  'survey.answer': 'own own - -',
  'resource.read': 'all all - -',
  'resource.write': 'all own - -',
  'matching.suggest': 'all own - -',
  'contact.request': 'all all - -',
  'participation.moderate': 'all - - -',
  'participation.forwarded': 'all own - -',
  'participation.answer': 'all own own -',
  'import.run': 'all all - -',
  'import.seeAllBatches': 'all - - -',
  'member.manage': 'all - - -',
  'joinRequest.decide': 'all - - -',
  'membership.leave': 'admin admin admin admin',
  'memberPeople.read': 'all own own own',
  'agenda.manage': 'all - - -',
  'goal.manage': 'all - - -',
  'agreement.manage': 'all - - -',
  'indicator.manage': 'all - - -',
  'reportingPeriod.manage': 'all - - -',
  'reportingPeriod.readWorkflow': 'all all - -',
  'measurement.write': 'all own - -',
  'measurement.readUnapproved': 'all own - -',
  'measurement.readMemberLevel': 'all all all -',
  'measurement.review': 'all - - -',
  'measurement.editLocked': 'all - - -',
  'activity.read': 'all all all -',
  'activity.write': 'all own - -',
  'log.read': 'all all all guest',
  'log.write': 'all all - -',
  'log.announce': 'all - - -',
  'logEntry.edit': 'all own - -',
  'comment.create': 'all all guest guest',
  'comment.moderate': 'all - - -',
  'actionItem.create': 'all own - -',
  'actionItem.complete': 'all own own own',
  'proposal.read': 'all all all -',
  'proposal.edit': 'all own - -',
  'proposal.close': 'all - - -',
};

const ROLES = ['BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER'] as const;
type Role = (typeof ROLES)[number];

/** The callers: the four roles, and the two API token roles as tenancy.service.ts maps them (never admins). */
const CALLERS: { name: string; role: Role; token?: boolean }[] = [
  ...ROLES.map((role) => ({ name: role, role })),
  { name: 'API token READ_ONLY', role: 'OBSERVER', token: true },
  { name: 'API token REPORTING', role: 'PARTNER', token: true },
];

const subject = (role: Role, over: Partial<AccessSubject> = {}): AccessSubject => ({ role, membershipId: 'mine', isAdmin: false, ...over });

async function refusal(p: Promise<void>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'FORBIDDEN') throw e;
    return String(e.params.required);
  }
}

describe('the permission table', () => {
  it('lists every permission once, and this test knows all of them', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it.each(ALL_PERMISSIONS)('%s: the grants are as written', (permission) => {
    const grants = EXPECTED[permission].split(' ');
    ROLES.forEach((role, i) => expect([role, (PERMISSIONS[permission].grants as Partial<Record<Role, Grant>>)[role] ?? '-']).toEqual([role, grants[i]]));
  });

  it('every code a refusal names has a German and an English text', () => {
    const codes = new Set(ALL_PERMISSIONS.flatMap((p) => Object.values(PERMISSIONS[p]).filter((v): v is string => typeof v === 'string')));
    for (const code of codes) {
      expect([code, MESSAGES.de[`role.${code}`] ?? null]).toEqual([code, expect.any(String)]);
      expect([code, MESSAGES.en[`role.${code}`] ?? null]).toEqual([code, expect.any(String)]);
    }
  });
});

describe.each(CALLERS)('$name', ({ role, token }) => {
  const col = ROLES.indexOf(role);
  it.each(ALL_PERMISSIONS)('%s', async (permission) => {
    const grant = EXPECTED[permission].split(' ')[col];
    const rule: { missing: string; notOwn?: string; notAdmin?: string } = PERMISSIONS[permission];
    const admin = !token; // an API token is never an admin
    const cases: { facts: { owner?: string; guestComments?: boolean }; isAdmin: boolean; allowed: boolean }[] = [
      // the role-level question (no row named), as an admin of the membership where a token can be one
      { facts: {}, isAdmin: admin, allowed: grant === 'all' || grant === 'own' || (grant === 'admin' && admin) },
      // own row and another member's row
      { facts: { owner: 'mine' }, isAdmin: false, allowed: grant === 'all' || grant === 'own' },
      { facts: { owner: 'theirs' }, isAdmin: false, allowed: grant === 'all' },
      // guest comments on and off
      { facts: { guestComments: true }, isAdmin: false, allowed: grant === 'all' || grant === 'own' || grant === 'guest' },
      { facts: { guestComments: false }, isAdmin: false, allowed: grant === 'all' || grant === 'own' },
    ];
    /** What the refusal names: the missing admin right, another member's row, or the role. */
    const code = (c: (typeof cases)[number]) =>
      grant === 'admin' ? (rule.notAdmin ?? rule.missing) : grant === 'own' && c.facts.owner === 'theirs' ? (rule.notOwn ?? rule.missing) : rule.missing;
    for (const c of cases) {
      const who = subject(role, { isAdmin: c.isAdmin });
      const label = JSON.stringify({ facts: c.facts, isAdmin: c.isAdmin });
      expect([label, await refusal(requireAccess(who, permission, c.facts))]).toEqual([label, c.allowed ? null : code(c)]);
      expect([label, may(who, permission, c.facts)]).toEqual([label, c.allowed]);
    }
  });
});

describe('ownership and facts', () => {
  it('the partner-owns-its-values rule: own value yes, another member’s FORBIDDEN naming OWN_ORGANISATION', async () => {
    await expect(requireAccess(subject('PARTNER'), 'measurement.write', { owner: 'mine' })).resolves.toBeUndefined();
    await expect(requireAccess(subject('PARTNER'), 'measurement.write', { owner: 'theirs' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      params: { required: 'OWN_ORGANISATION' },
    });
    await expect(requireAccess(subject('BACKBONE'), 'measurement.write', { owner: 'theirs' })).resolves.toBeUndefined();
    // funders never report: the role is missing, whoever owns the value
    await expect(requireAccess(subject('FUNDER'), 'measurement.write', { owner: 'mine' })).rejects.toMatchObject({ params: { required: 'PARTNER' } });
  });

  it('several owners: any of them being the caller counts (an action item for another member out of my own log entry)', async () => {
    await expect(check(subject('PARTNER'), 'actionItem.create', { owner: ['theirs', 'mine'] })).resolves.toBe(true);
    await expect(check(subject('PARTNER'), 'actionItem.create', { owner: ['theirs', undefined] })).resolves.toBe(false);
  });

  it('allowedIds answers for many rows at once (immich checkAccess): the ids the caller may act on', () => {
    const owners = new Map<string, string | null>([
      ['a', 'mine'],
      ['b', 'theirs'],
      ['c', null],
    ]);
    expect([...allowedIds(subject('PARTNER'), 'activity.write', owners)]).toEqual(['a']);
    expect([...allowedIds(subject('BACKBONE'), 'activity.write', owners)].sort()).toEqual(['a', 'b', 'c']);
    expect([...allowedIds(subject('FUNDER'), 'activity.write', owners)]).toEqual([]);
  });

  it('the guest-comments look-up runs only when a guest grant decides', async () => {
    const lookUp = jest.fn(async () => true);
    await expect(check(subject('BACKBONE'), 'log.read', { guestComments: lookUp })).resolves.toBe(true);
    await expect(check(subject('PARTNER'), 'comment.create', { guestComments: lookUp })).resolves.toBe(true);
    expect(lookUp).not.toHaveBeenCalled();
    await expect(check(subject('OBSERVER'), 'log.read', { guestComments: lookUp })).resolves.toBe(true);
    expect(lookUp).toHaveBeenCalledTimes(1);
    await expect(requireAccess(subject('FUNDER'), 'comment.create', { guestComments: async () => false })).rejects.toMatchObject({
      params: { required: 'GUEST_COMMENTS' },
    });
  });

  it('readScope turns a rule into a SQL filter: all rows, or one membership’s', () => {
    expect(readScope(subject('BACKBONE'), 'measurement.readUnapproved')).toEqual({ all: true, ownMembershipId: null });
    expect(readScope(subject('PARTNER'), 'measurement.readUnapproved')).toEqual({ all: false, ownMembershipId: 'mine' });
    expect(readScope(subject('FUNDER'), 'measurement.readUnapproved')).toEqual({ all: false, ownMembershipId: null });
  });

  it('rolesWith gives SQL across alliances the roles of a grant (calendar meetings, vote reminders)', () => {
    expect(rolesWith('log.read', 'all')).toEqual(['BACKBONE', 'PARTNER', 'FUNDER']);
    expect(rolesWith('log.write', 'all')).toEqual(['BACKBONE', 'PARTNER']);
  });

  it('a refusal reads as the API always said it: forbidden(BACKBONE) in German and English', async () => {
    const e = (await requireAccess(subject('PARTNER'), 'goal.manage').catch((x: unknown) => x)) as DomainError;
    expect(e.code).toBe('FORBIDDEN');
    expect(translate('de', e.code, e.params)).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
    expect(translate('en', e.code, e.params)).toBe('You lack the permission for this: backbone role.');
  });
});
