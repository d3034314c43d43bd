import {
  addToOutbox,
  applySendAck,
  channelTimeline,
  discardOutboxEntry,
  failOutboxSend,
  isRetryableSendError,
  markOutboxSending,
  nextOutboxSends,
  removeFromOutbox,
  resetOutboxInFlight,
  retryOutboxEntry,
  type NewOutboxEntry,
} from './outbox';

const entry = (
  id: string,
  channelId = 'ch-1',
  createdAt = `2022-06-01T02:00:0${id}.000Z`,
): NewOutboxEntry => ({
  clientMessageId: id,
  channelId,
  text: `tin ${id}`,
  parentId: null,
  poll: null,
  createdAt,
});
const stored = (seq: number, clientMessageId: string | null, revision = seq) => ({
  seq,
  revision,
  clientMessageId,
});

describe('outbox', () => {
  it('adds each client id once', () => {
    const outbox = addToOutbox(addToOutbox([], entry('1')), entry('1'));
    expect(outbox).toEqual([{ ...entry('1'), attempts: 0, state: 'pending', error: null }]);
  });

  it('sends one message per channel at a time, oldest first', () => {
    let outbox = [entry('3', 'ch-1'), entry('1', 'ch-1'), entry('2', 'ch-2')].reduce(addToOutbox, []);
    expect(nextOutboxSends(outbox).map((e) => e.clientMessageId)).toEqual(['1', '2']);
    outbox = markOutboxSending(outbox, '1');
    expect(nextOutboxSends(outbox).map((e) => e.clientMessageId)).toEqual(['2']);
    outbox = removeFromOutbox(outbox, '1');
    expect(nextOutboxSends(outbox).map((e) => e.clientMessageId)).toEqual(['2', '3']);
  });

  it('retries server failures, holds refused messages until the user decides', () => {
    let outbox = markOutboxSending(addToOutbox([], entry('1')), '1');
    outbox = failOutboxSend(outbox, '1', 'INTERNAL_ERROR');
    expect(outbox[0]).toMatchObject({ state: 'pending', attempts: 1, error: 'INTERNAL_ERROR' });
    outbox = failOutboxSend(markOutboxSending(outbox, '1'), '1', 'CHANNEL_POST_NOT_ALLOWED');
    expect(outbox[0]).toMatchObject({ state: 'failed', attempts: 2, error: 'CHANNEL_POST_NOT_ALLOWED' });
    expect(nextOutboxSends(outbox)).toEqual([]);
    outbox = retryOutboxEntry(outbox, '1');
    expect(outbox[0]).toMatchObject({ state: 'pending', error: null });
    expect(discardOutboxEntry(outbox, '1')).toEqual([]);
    expect(isRetryableSendError('TOKEN_EXPIRED')).toBe(true);
    expect(isRetryableSendError('VALIDATION_FAILED')).toBe(false);
  });

  it('puts unacknowledged sends back to pending when the connection drops', () => {
    const outbox = resetOutboxInFlight(
      markOutboxSending([entry('1'), entry('2')].reduce(addToOutbox, []), '1'),
    );
    expect(outbox.map((e) => e.state)).toEqual(['pending', 'pending']);
    expect(outbox[0]!.attempts).toBe(1);
  });

  it('replaces a pending message by the stored one on ack', () => {
    const outbox = [entry('1'), entry('2')].reduce(addToOutbox, []);
    const acked = applySendAck(outbox, [stored(1, null)], stored(2, '1'));
    expect(acked.outbox.map((e) => e.clientMessageId)).toEqual(['2']);
    expect(acked.messages).toEqual([stored(1, null), stored(2, '1')]);
    expect(applySendAck(acked.outbox, acked.messages, stored(3, null)).outbox).toHaveLength(1);
  });

  it('shows stored messages by seq, then pending ones, never both for one client id', () => {
    const outbox = [entry('b'), entry('a'), entry('x', 'ch-2')].reduce(addToOutbox, []);
    const items = channelTimeline('ch-1', [stored(2, 'a'), stored(1, null)], outbox);
    expect(
      items.map((i) => (i.kind === 'stored' ? `seq ${i.message.seq}` : `pending ${i.entry.clientMessageId}`)),
    ).toEqual(['seq 1', 'seq 2', 'pending b']);
  });
});
