/**
 * The only numbers the "feel the half-second" figure may use: what Andres Freund measured and
 * published on oss-security on 2024-03-29. Nothing here is modelled or estimated; the figure
 * replays these durations and does the arithmetic a reader would do by hand.
 */

export const FREUND_MAIL = {
  title: 'backdoor in upstream xz/liblzma leading to ssh server compromise',
  url: 'https://www.openwall.com/lists/oss-security/2024/03/29/4',
  eventId: '2024-03-29-freund-discloses',
} as const;

export type Server = 'healthy' | 'backdoored';
export type MeasurementId = 'failed-login' | 'sshd-help';

export interface Measurement {
  id: MeasurementId;
  /** What the reader "does" in the figure. */
  label: string;
  /** The command Freund timed, as he wrote it. */
  command: string;
  seconds: Record<Server, number>;
  /** True when the mail gives the figure as "about" (≈) rather than a timer reading. */
  approximate: boolean;
}

export const MEASUREMENTS: Record<MeasurementId, Measurement> = {
  'failed-login': {
    id: 'failed-login',
    label: 'A failing SSH login',
    command: 'ssh nonexistant@localhost',
    seconds: { healthy: 0.299, backdoored: 0.807 },
    approximate: false,
  },
  'sshd-help': {
    id: 'sshd-help',
    label: 'Starting sshd just to print its usage',
    command: 'env -i LANG=C /usr/sbin/sshd -h',
    seconds: { healthy: 0.01, backdoored: 0.5 },
    approximate: true,
  },
};

export const SERVER_LABELS: Record<Server, string> = {
  healthy: 'healthy server',
  backdoored: 'backdoored server',
};

/** What profiling of the slow sshd pointed at, and how that library got into sshd. */
export const PROFILE_FINDING = {
  library: 'liblzma.so.5',
  loadPath: ['sshd', 'libsystemd', 'liblzma'],
} as const;

/** "0.299 s"; approximate figures get a "≈". */
export function formatSeconds(seconds: number, approximate = false): string {
  return `${approximate ? '≈ ' : ''}${seconds} s`;
}

/** The sentence a screen reader hears after one attempt. */
export function describeAttempt(measurementId: MeasurementId, server: Server): string {
  const measurement = MEASUREMENTS[measurementId];
  const time = formatSeconds(measurement.seconds[server], measurement.approximate);
  const outcome = measurementId === 'failed-login' ? 'Login refused' : 'Usage printed';
  return `${outcome} after ${time} on the ${SERVER_LABELS[server]}.`;
}

/** How much longer the backdoored server took: the difference in seconds and the ratio. */
export function slowdown(measurementId: MeasurementId): { extraSeconds: number; ratio: number } {
  const { seconds, approximate } = MEASUREMENTS[measurementId];
  // Approximate inputs get coarser results, so the arithmetic claims no false precision.
  const round = (value: number, step: number) => Math.round(value / step) * step;
  return {
    extraSeconds: Number(
      round(seconds.backdoored - seconds.healthy, approximate ? 0.1 : 0.001).toFixed(3),
    ),
    ratio: Number(round(seconds.backdoored / seconds.healthy, approximate ? 1 : 0.1).toFixed(1)),
  };
}

/** The comparison shown once a reader has tried both servers. */
export function describeSlowdown(measurementId: MeasurementId): string {
  const measurement = MEASUREMENTS[measurementId];
  const { extraSeconds, ratio } = slowdown(measurementId);
  const about = measurement.approximate ? 'about ' : '';
  return `The backdoored server took ${about}${extraSeconds} s longer: ${about}${ratio} times as long.`;
}

/** Which servers a reader has tried for one measurement; the comparison appears once both are. */
export class AttemptLog {
  #tried = new Map<MeasurementId, Set<Server>>();

  record(measurementId: MeasurementId, server: Server): void {
    const servers = this.#tried.get(measurementId) ?? new Set<Server>();
    servers.add(server);
    this.#tried.set(measurementId, servers);
  }

  hasTriedBoth(measurementId: MeasurementId): boolean {
    return (this.#tried.get(measurementId)?.size ?? 0) === 2;
  }
}
