/**
 * Upper bounds (hours, exclusive) of the acknowledgement-latency histogram; the last bin is open-ended.
 * Fine where officials act (minutes to a day), coarse beyond a week.
 */
export const ACK_LATENCY_BOUNDS_HOURS = [0.5, 1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720] as const;
const BOUNDS_SECONDS = ACK_LATENCY_BOUNDS_HOURS.map((hours) => hours * 3600);
export const ACK_LATENCY_BINS = ACK_LATENCY_BOUNDS_HOURS.length + 1;

/**
 * Time from assignment to first acknowledgement, kept as integers (count, whole seconds, histogram) so that
 * adding two sets is exact in any order; mean and median are derived from them.
 */
export interface AckLatency {
  count: number;
  totalSeconds: number;
  /** ACK_LATENCY_BINS counts: bin i holds latencies below ACK_LATENCY_BOUNDS_HOURS[i] and at or above the one before. */
  histogram: number[];
  meanHours: number | null;
  /** Interpolated within the median's bin; the open last bin gives its lower bound (720 h means "at least"). */
  medianHours: number | null;
}

export function emptyAckLatency(): AckLatency {
  return {
    count: 0,
    totalSeconds: 0,
    histogram: new Array<number>(ACK_LATENCY_BINS).fill(0),
    meanHours: null,
    medianHours: null,
  };
}

/** Whole seconds between two instants, never negative (a client clock ahead of the server is not a latency). */
export function latencySeconds(assignedAt: string, acknowledgedAt: string): number {
  return Math.max(0, Math.round((Date.parse(acknowledgedAt) - Date.parse(assignedAt)) / 1000));
}

export function latencyBin(seconds: number): number {
  const bin = BOUNDS_SECONDS.findIndex((bound) => seconds < bound);
  return bin === -1 ? BOUNDS_SECONDS.length : bin;
}

/** Adds latencies (whole seconds) to a set; derived figures recomputed. */
export function addLatencies(latency: AckLatency, seconds: readonly number[]): AckLatency {
  const histogram = [...latency.histogram];
  let totalSeconds = latency.totalSeconds;
  for (const value of seconds) {
    const bin = latencyBin(value);
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    totalSeconds += value;
  }
  return withLatencyDerived({ ...latency, count: latency.count + seconds.length, totalSeconds, histogram });
}

export function combineAckLatency(a: AckLatency, b: AckLatency): AckLatency {
  return withLatencyDerived({
    count: a.count + b.count,
    totalSeconds: a.totalSeconds + b.totalSeconds,
    histogram: a.histogram.map((n, i) => n + (b.histogram[i] ?? 0)),
    meanHours: null,
    medianHours: null,
  });
}

function withLatencyDerived(latency: AckLatency): AckLatency {
  if (latency.count === 0) return { ...latency, meanHours: null, medianHours: null };
  return {
    ...latency,
    meanHours: latency.totalSeconds / latency.count / 3600,
    medianHours: histogramMedianHours(latency.histogram, latency.count),
  };
}

function histogramMedianHours(histogram: readonly number[], count: number): number {
  const half = count / 2;
  let before = 0;
  for (let bin = 0; bin < histogram.length; bin += 1) {
    const inBin = histogram[bin] ?? 0;
    if (inBin > 0 && before + inBin >= half) {
      const lower = bin === 0 ? 0 : ACK_LATENCY_BOUNDS_HOURS[bin - 1]!;
      const upper = ACK_LATENCY_BOUNDS_HOURS[bin];
      if (upper === undefined) return lower;
      return lower + ((half - before) / inBin) * (upper - lower);
    }
    before += inBin;
  }
  return ACK_LATENCY_BOUNDS_HOURS[ACK_LATENCY_BOUNDS_HOURS.length - 1]!;
}
