import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { channelKeys } from './channel-key';
import type { ChannelMemberSpec } from './member-set';
import { canMessageDirectly, type MessagingScope } from './messaging-scope';

export interface DirectChannelPlan {
  key: string;
  members: ChannelMemberSpec[];
}

/**
 * Opens (or finds, by key) the conversation between two people. Reachability is checked when it is opened;
 * an existing conversation stays usable, as a phone contact would.
 */
export function openDirectChannel(
  from: { userId: string; scopes: readonly MessagingScope[] },
  to: { userId: string; scopes: readonly MessagingScope[] },
): DomainResult<DirectChannelPlan> {
  if (from.userId === to.userId) {
    return fail(ErrorCode.ValidationFailed, 'A conversation needs two different people', {
      userId: to.userId,
    });
  }
  if (!canMessageDirectly(from.scopes, to.scopes)) {
    return fail(
      ErrorCode.DirectMessageNotAllowed,
      'Direct messages are only possible within one commune or along the chain of units above it',
      { userId: to.userId },
    );
  }
  const members = [from.userId, to.userId].sort().map((userId) => ({ userId, role: 'poster' as const }));
  return ok({ key: channelKeys.direct(from.userId, to.userId), members });
}
