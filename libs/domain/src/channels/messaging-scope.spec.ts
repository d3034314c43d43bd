import { openDirectChannel } from './direct-channel';
import { canMessageDirectly, messagingScopes, type MessagingScope } from './messaging-scope';
import { referenceInput } from './spec-fixtures';

const scope = (unitPath: string, communePath: string | null = null): MessagingScope => ({
  unitPath,
  communePath,
});

describe('canMessageDirectly', () => {
  it('allows two villages of the same commune, and a village with its own commune', () => {
    expect(canMessageDirectly([scope('/P/D/C1/V1/', '/P/D/C1/')], [scope('/P/D/C1/V2/', '/P/D/C1/')])).toBe(
      true,
    );
    expect(canMessageDirectly([scope('/P/D/C1/V1/', '/P/D/C1/')], [scope('/P/D/C1/', '/P/D/C1/')])).toBe(
      true,
    );
  });

  it('allows a superior and an inferior unit, either way round, and two people of one unit', () => {
    expect(canMessageDirectly([scope('/P/')], [scope('/P/D/C1/V1/', '/P/D/C1/')])).toBe(true);
    expect(canMessageDirectly([scope('/P/D/C1/V1/', '/P/D/C1/')], [scope('/P/D/')])).toBe(true);
    expect(canMessageDirectly([scope('/P/D/')], [scope('/P/D/')])).toBe(true);
  });

  it('refuses neighbours: villages of different communes, two districts, a district and another district’s commune', () => {
    expect(canMessageDirectly([scope('/P/D/C1/V1/', '/P/D/C1/')], [scope('/P/D/C2/V3/', '/P/D/C2/')])).toBe(
      false,
    );
    expect(canMessageDirectly([scope('/P/D/')], [scope('/P/E/')])).toBe(false);
    expect(canMessageDirectly([scope('/P/E/')], [scope('/P/D/C1/', '/P/D/C1/')])).toBe(false);
    expect(canMessageDirectly([], [scope('/P/')])).toBe(false);
  });

  it('does not treat two district-level people as one commune just because neither has a commune', () => {
    expect(canMessageDirectly([scope('/P/D/', null)], [scope('/P/E/', null)])).toBe(false);
  });

  it('needs only one pair of scopes to connect', () => {
    const official = [scope('/P/E/'), scope('/P/D/C2/', '/P/D/C2/')];
    expect(canMessageDirectly(official, [scope('/P/D/C2/V3/', '/P/D/C2/')])).toBe(true);
  });
});

describe('messagingScopes', () => {
  it('collects the units of active memberships in live teams, offices and grants, with their commune', () => {
    expect(messagingScopes('v1-leader', referenceInput())).toEqual([scope('/P/D/C1/V1/', '/P/D/C1/')]);
    expect(messagingScopes('c1-chair', referenceInput())).toEqual([scope('/P/D/C1/', '/P/D/C1/')]);
    expect(messagingScopes('d-culture', referenceInput())).toEqual([scope('/P/D/')]);
    expect(messagingScopes('v1-viewer', referenceInput())).toEqual([scope('/P/D/C1/V1/', '/P/D/C1/')]);
    // A team being formed already talks to its commune; an ended membership of a dissolved team does not.
    expect(messagingScopes('v2-leader', referenceInput())).toEqual([scope('/P/D/C1/V2/', '/P/D/C1/')]);
    expect(messagingScopes('c2-leader', referenceInput())).toEqual([]);
    expect(messagingScopes('c1-former', referenceInput())).toEqual([]);
  });
});

describe('openDirectChannel', () => {
  const input = referenceInput();
  const person = (userId: string) => ({ userId, scopes: messagingScopes(userId, input) });

  it('opens the same key from either side with both people as posters', () => {
    const opened = openDirectChannel(person('v1-member'), person('c1-leader'));
    expect(opened).toEqual({
      ok: true,
      value: {
        key: 'dm:c1-leader:v1-member',
        members: [
          { userId: 'c1-leader', role: 'poster' },
          { userId: 'v1-member', role: 'poster' },
        ],
      },
    });
    expect(openDirectChannel(person('c1-leader'), person('v1-member'))).toEqual(opened);
  });

  it('lets a district office reach a village, and refuses a village of another commune', () => {
    expect(openDirectChannel(person('d-culture'), person('v1-collab')).ok).toBe(true);
    const refused = openDirectChannel(person('v1-member'), person('v3-member'));
    expect(refused.ok ? null : refused.error.code).toBe('DIRECT_MESSAGE_NOT_ALLOWED');
    const nobody = openDirectChannel(person('v4-leader'), person('d-youth'));
    expect(nobody.ok ? null : nobody.error.code).toBe('DIRECT_MESSAGE_NOT_ALLOWED');
  });

  it('refuses a conversation with oneself', () => {
    const self = openDirectChannel(person('v1-member'), person('v1-member'));
    expect(self.ok ? null : self.error.code).toBe('VALIDATION_FAILED');
  });
});
