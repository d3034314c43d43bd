import {
  ACK_LATENCY_BINS,
  ACK_LATENCY_BOUNDS_HOURS,
  addLatencies,
  combineAckLatency,
  emptyAckLatency,
  latencyBin,
  latencySeconds,
} from './latency';
import { seededRandom } from './spec-fixtures';

const hours = (h: number) => h * 3600;

describe('latencySeconds', () => {
  it('is whole seconds from assignment to acknowledgement, never negative', () => {
    expect(latencySeconds('2026-11-01T02:00:00.000Z', '2026-11-01T03:30:00.400Z')).toBe(5400);
    expect(latencySeconds('2026-11-01T02:00:00.000Z', '2026-11-01T09:00:00+07:00')).toBe(0);
    expect(latencySeconds('2026-11-01T02:00:00.000Z', '2026-11-01T01:59:00.000Z')).toBe(0);
  });
});

describe('latencyBin', () => {
  it('puts a latency in the first bin whose upper bound is above it; the last bin is open', () => {
    expect(latencyBin(0)).toBe(0);
    expect(latencyBin(hours(0.5) - 1)).toBe(0);
    expect(latencyBin(hours(0.5))).toBe(1);
    expect(latencyBin(hours(24))).toBe(7);
    expect(latencyBin(hours(719))).toBe(ACK_LATENCY_BINS - 2);
    expect(latencyBin(hours(720))).toBe(ACK_LATENCY_BINS - 1);
    expect(latencyBin(hours(10_000))).toBe(ACK_LATENCY_BINS - 1);
  });
});

describe('addLatencies', () => {
  it('keeps count, total and histogram, and derives the mean', () => {
    const latency = addLatencies(emptyAckLatency(), [hours(1), hours(3), hours(5)]);
    expect(latency.count).toBe(3);
    expect(latency.totalSeconds).toBe(hours(9));
    expect(latency.meanHours).toBe(3);
    expect(latency.histogram.reduce((a, b) => a + b, 0)).toBe(3);
    expect(latency.histogram.slice(2, 5)).toEqual([1, 1, 1]);
  });

  it('approximates the median by interpolating inside its bin', () => {
    // 1 h, 3 h, 5 h: the median rank 1.5 falls halfway through the [2 h, 4 h) bin.
    expect(addLatencies(emptyAckLatency(), [hours(1), hours(3), hours(5)]).medianHours).toBe(3);
    // Four latencies in [8 h, 12 h): the median rank 2 is halfway through.
    expect(addLatencies(emptyAckLatency(), [hours(8), hours(9), hours(10), hours(11)]).medianHours).toBe(10);
  });

  it('gives the open last bin’s lower bound as the median ("at least 720 h")', () => {
    expect(addLatencies(emptyAckLatency(), [hours(800), hours(900)]).medianHours).toBe(720);
  });

  it('has no mean or median without latencies', () => {
    expect(addLatencies(emptyAckLatency(), [])).toEqual(emptyAckLatency());
  });

  it('keeps the approximate median inside the true median’s bin', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 200; run += 1) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
        Math.floor(random() * hours(200)),
      );
      const sorted = [...values].sort((a, b) => a - b);
      // The lower middle value: the rank count / 2 is reached inside its bin.
      const lowerMiddle = sorted[Math.ceil(sorted.length / 2) - 1]!;
      const bin = latencyBin(lowerMiddle);
      const median = addLatencies(emptyAckLatency(), values).medianHours!;
      const lower = bin === 0 ? 0 : ACK_LATENCY_BOUNDS_HOURS[bin - 1]!;
      expect(median).toBeGreaterThanOrEqual(lower);
      expect(median).toBeLessThanOrEqual(ACK_LATENCY_BOUNDS_HOURS[bin] ?? lower);
    }
  });
});

describe('combineAckLatency', () => {
  it('equals adding both sets of latencies at once, in either order', () => {
    const a = addLatencies(emptyAckLatency(), [hours(1), hours(30)]);
    const b = addLatencies(emptyAckLatency(), [hours(0.2), hours(7), hours(400)]);
    const all = addLatencies(emptyAckLatency(), [hours(1), hours(30), hours(0.2), hours(7), hours(400)]);
    expect(combineAckLatency(a, b)).toEqual(all);
    expect(combineAckLatency(b, a)).toEqual(all);
    expect(combineAckLatency(a, emptyAckLatency())).toEqual(a);
  });
});
