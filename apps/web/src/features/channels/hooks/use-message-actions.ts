import type { MessageDto } from '@cdt/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from '../../../api/api-error';
import { useSocket } from '../../realtime/hooks/socket-context';
import { channelKeys } from '../api/channels-api';
import { applyOwnVote, mergeIntoChannel } from '../api/message-cache';
import { emitWithAck } from '../api/socket-ack';

/** An ack's error as the app's one error type, so ErrorAlert and useErrorText translate it. */
function toError(error: { code: string; message: string }): ApiError {
  return new ApiError(0, error.code, error.message);
}

/** Edit, delete, pin and vote over the socket; each ack's message replaces the cached one. */
export function useMessageActions(message: MessageDto) {
  const socket = useSocket();
  const queryClient = useQueryClient();
  const ref = { channelId: message.channelId, messageId: message.id };

  const stored = useCallback(
    (updated: MessageDto) => {
      mergeIntoChannel(queryClient, updated.channelId, [updated]);
      void queryClient.invalidateQueries({ queryKey: channelKeys.pins(updated.channelId) });
    },
    [queryClient],
  );

  const run = async <T>(
    call: () => Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
  ) => {
    const ack = await call();
    if (!ack.ok) throw toError(ack.error);
    return ack.data;
  };

  return {
    edit: async (text: string) => {
      if (!socket) return;
      stored(await run(() => emitWithAck(socket, 'message:edit', { ...ref, text })));
    },
    remove: async () => {
      if (!socket) return;
      stored(await run(() => emitWithAck(socket, 'message:delete', ref)));
    },
    pin: async (pinned: boolean) => {
      if (!socket) return;
      stored(await run(() => emitWithAck(socket, 'message:pin', { ...ref, pinned })));
    },
    vote: async (optionIds: string[]) => {
      if (!socket) return;
      const poll = await run(() => emitWithAck(socket, 'poll:vote', { ...ref, optionIds }));
      applyOwnVote(queryClient, message.channelId, message.id, poll);
    },
  };
}
