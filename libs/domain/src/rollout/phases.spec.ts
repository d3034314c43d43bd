import { areaTargets, phaseOf, rolloutPhase, ROLLOUT_PHASES } from './phases';

describe('roll-out phases (§III.2)', () => {
  it('runs pilot May–July, expansion August–October, scale-up November–December 2022, back to back', () => {
    expect(ROLLOUT_PHASES.map((p) => [p.id, p.startsOn, p.endsOn])).toEqual([
      ['pilot', '2022-05-01', '2022-07-31'],
      ['expansion', '2022-08-01', '2022-10-31'],
      ['scale_up', '2022-11-01', '2022-12-31'],
    ]);
    expect(rolloutPhase('scale_up').target).toBeNull();
  });

  it.each([
    ['2022-04-30', 'before_plan'],
    ['2022-05-01', 'pilot'],
    ['2022-07-31', 'pilot'],
    ['2022-08-01', 'expansion'],
    ['2022-10-31', 'expansion'],
    ['2022-11-01', 'scale_up'],
    ['2022-12-31', 'scale_up'],
    ['2023-01-01', 'after_plan'],
  ] as const)('places %s in %s', (date, period) => {
    expect(phaseOf(date)).toBe(period);
  });

  it('places an instant by its date in Vietnam', () => {
    expect(phaseOf(new Date('2022-07-31T16:59:00Z'))).toBe('pilot');
    expect(phaseOf(new Date('2022-07-31T17:00:00Z'))).toBe('expansion');
    expect(phaseOf('2022-04-30T17:00:00.000Z')).toBe('pilot');
  });

  it('turns per-commune targets into an area’s totals', () => {
    expect(areaTargets(rolloutPhase('pilot').target!)).toEqual({
      communes: { min: 2, max: 2 },
      communeTeams: { min: 2, max: 2 },
      villageTeams: { min: 4, max: 4 },
    });
    expect(areaTargets(rolloutPhase('expansion').target!)).toEqual({
      communes: { min: 3, max: 5 },
      communeTeams: { min: 3, max: 5 },
      villageTeams: { min: 15, max: 50 },
    });
  });
});
