import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Summary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function summary(values: readonly number[]): Summary {
  return {
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time (ms) the whole machine has spent busy so far, all cores together, from /proc/stat. */
export function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return ((ticks.reduce((sum, t) => sum + t, 0) - idle) * 1000) / 100;
}

/** How busy the machine was between two machineBusyMs() readings `wallMs` apart, as a share of all cores. */
export function machineBusyShare(busyMsBefore: number, busyMsAfter: number, wallMs: number): number {
  return (busyMsAfter - busyMsBefore) / (wallMs * cpus().length);
}

export function machineLine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, load average ${load}`;
}

export interface Target {
  name: string;
  met: boolean;
  /** The figures the verdict rests on. */
  detail: string;
}

/** Prints each target's verdict; true when every one is met. */
export function reportTargets(targets: readonly Target[]): boolean {
  console.log('\n| target | figures | verdict |');
  console.log('| --- | --- | --- |');
  for (const t of targets) console.log(`| ${t.name} | ${t.detail} | ${t.met ? 'met' : 'MISSED'} |`);
  return targets.every((t) => t.met);
}
