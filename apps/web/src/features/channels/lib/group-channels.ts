import type { ChannelDto } from '@cdt/domain';

export interface ChannelGroup {
  /** The unit's id, or null for working groups and direct messages. */
  unitId: string | null;
  unitName: string | null;
  channels: ChannelDto[];
}

/** Channels grouped by unit, groups in the order of their most recent activity (the list is newest first). */
export function groupChannelsByUnit(channels: readonly ChannelDto[]): ChannelGroup[] {
  const groups = new Map<string, ChannelGroup>();
  for (const channel of channels) {
    const key = channel.unit?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { unitId: channel.unit?.id ?? null, unitName: channel.unit?.name ?? null, channels: [] };
      groups.set(key, group);
    }
    group.channels.push(channel);
  }
  return [...groups.values()];
}
