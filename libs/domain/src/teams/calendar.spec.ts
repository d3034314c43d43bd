import { vietnamDateOf } from './calendar';

describe('vietnamDateOf', () => {
  it('takes the date in Vietnam (UTC+7) of an instant', () => {
    expect(vietnamDateOf('2022-04-30T16:59:59.000Z')).toBe('2022-04-30');
    expect(vietnamDateOf('2022-04-30T17:00:00.000Z')).toBe('2022-05-01');
    expect(vietnamDateOf(new Date('2022-12-31T18:00:00Z'))).toBe('2023-01-01');
  });

  it('returns a calendar date unchanged and refuses garbage', () => {
    expect(vietnamDateOf('2022-05-01')).toBe('2022-05-01');
    expect(() => vietnamDateOf('not a date')).toThrow(RangeError);
  });
});
