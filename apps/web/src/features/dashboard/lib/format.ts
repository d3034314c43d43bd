const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const HOURS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Counts grouped the Vietnamese way ("1.234"). */
export function formatCount(value: number | null): string {
  return value === null ? '–' : NUMBER.format(value);
}

/** A 0–1 share as a percentage; a rate with nothing to rate shows as a dash. */
export function formatRate(value: number | null): string {
  return value === null ? '–' : PERCENT.format(value);
}

export function formatHours(value: number | null): string {
  return value === null ? '–' : HOURS.format(value);
}

/** Completion colours from red (none) through amber to green (all done); grey without tasks. */
export const NO_RATE_COLOR = '#ced4da';
const STOPS: [number, [number, number, number]][] = [
  [0, [224, 49, 49]],
  [0.5, [245, 159, 0]],
  [1, [47, 158, 68]],
];

export function completionColor(rate: number | null): string {
  if (rate === null) return NO_RATE_COLOR;
  const clamped = Math.min(1, Math.max(0, rate));
  const upper = STOPS.findIndex(([at]) => at >= clamped);
  if (upper <= 0) return rgb(STOPS[0]![1]);
  const [a, from] = STOPS[upper - 1]!;
  const [b, to] = STOPS[upper]!;
  const t = (clamped - a) / (b - a);
  return rgb(
    [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * t)) as [number, number, number],
  );
}

function rgb([r, g, b]: [number, number, number]): string {
  return `rgb(${r}, ${g}, ${b})`;
}

/** The metric labels of the domain in the UI's language. */
export function localized(text: { vi: string; en: string }, language: string): string {
  return language === 'en' ? text.en : text.vi;
}
