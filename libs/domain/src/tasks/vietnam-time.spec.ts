import {
  addCalendarDays,
  calendarDate,
  daysInMonth,
  endOfVietnamDay,
  formatVietnamDate,
  formatVietnamDateTime,
  vietnamInstant,
} from './vietnam-time';

describe('Vietnam time (UTC+7, no daylight saving)', () => {
  it('turns a wall-clock time on a date into an instant', () => {
    expect(vietnamInstant('2022-06-10')).toBe('2022-06-09T17:00:00.000Z');
    expect(vietnamInstant('2022-06-10', 8, 30)).toBe('2022-06-10T01:30:00.000Z');
    expect(vietnamInstant('2022-06-10', 24)).toBe('2022-06-10T17:00:00.000Z');
    expect(() => vietnamInstant('10/06/2022')).toThrow(RangeError);
  });

  it('gives the last millisecond of a day', () => {
    expect(endOfVietnamDay('2022-12-31')).toBe('2022-12-31T16:59:59.999Z');
  });

  it('does calendar arithmetic', () => {
    expect(addCalendarDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addCalendarDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2022, 12)).toBe(31);
    expect(calendarDate(2022, 6, 9)).toBe('2022-06-09');
  });

  it('writes dates the Vietnamese way, in Vietnam time', () => {
    expect(formatVietnamDate('2022-06-09')).toBe('09/06/2022');
    expect(formatVietnamDateTime('2022-06-10T16:59:59.999Z')).toBe('23:59 10/06/2022');
    expect(formatVietnamDateTime('2022-06-10T17:00:00.000Z')).toBe('00:00 11/06/2022');
  });
});
