import { TEAM_EVENT_TYPES, teamEvent, type TeamDomainEvent } from './events';

describe('team domain events', () => {
  it('lists every event type once', () => {
    expect(new Set(TEAM_EVENT_TYPES).size).toBe(TEAM_EVENT_TYPES.length);
    expect(TEAM_EVENT_TYPES).toEqual(
      expect.arrayContaining(['TeamActivated', 'TeamDissolved', 'MembershipApproved', 'MembershipEnded']),
    );
  });

  it('builds an envelope discriminated by type', () => {
    const event: TeamDomainEvent = teamEvent(
      'TeamDissolved',
      { teamId: 't', unitId: 'u', actorId: 'a', at: 'T' },
      { dissolvedOn: '2022-12-01', reason: 'r' },
    );
    expect(event).toEqual({
      type: 'TeamDissolved',
      teamId: 't',
      unitId: 'u',
      actorId: 'a',
      at: 'T',
      payload: { dissolvedOn: '2022-12-01', reason: 'r' },
    });
    if (event.type === 'TeamDissolved') expect(event.payload.reason).toBe('r');
  });
});
