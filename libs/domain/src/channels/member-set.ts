import { strongerRole, type ChannelMemberRole } from './channel-kind';

export interface ChannelMemberSpec {
  userId: string;
  role: ChannelMemberRole;
}

/** Collects members from several rules; a person reached twice keeps the strongest role. */
export class ChannelMemberSet {
  private readonly roles = new Map<string, ChannelMemberRole>();

  add(userId: string, role: ChannelMemberRole): this {
    const current = this.roles.get(userId);
    this.roles.set(userId, current === undefined ? role : strongerRole(current, role));
    return this;
  }

  /** Whether anyone holds the role. */
  has(role: ChannelMemberRole): boolean {
    return [...this.roles.values()].includes(role);
  }

  /** Sorted by user id so derivation output is deterministic. */
  toArray(): ChannelMemberSpec[] {
    return [...this.roles.entries()]
      .map(([userId, role]) => ({ userId, role }))
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  }
}
