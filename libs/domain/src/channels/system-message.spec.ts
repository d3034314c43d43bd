import { CHANNEL_KIND_LABELS_VI, derivedChannelTitleVi, systemMessageTextVi } from './labels-vi';
import { postSystemMessage } from './system-message';
import { AT, channel } from './spec-fixtures';
import { CHANNEL_KINDS } from './channel-kind';

const reminder = {
  type: 'task_reminder' as const,
  taskId: 't1',
  taskTitle: 'Hướng dẫn cài VNeID',
  dueAt: '2022-06-05T17:30:00.000Z',
  stage: 'upcoming' as const,
};

describe('postSystemMessage', () => {
  it('posts as the hub, with the typed payload and its Vietnamese text, at the next seq', () => {
    const posted = postSystemMessage(channel(), reminder, { messageId: 'sys-1', at: AT });
    expect(posted.ok && posted.value.message).toMatchObject({
      id: 'sys-1',
      seq: 11,
      revision: 15,
      author: { kind: 'system' },
      clientMessageId: null,
      system: reminder,
      text: 'Nhắc việc: nhiệm vụ “Hướng dẫn cài VNeID” đến hạn ngày 06/06/2022.',
    });
    expect(posted.ok && posted.value.events[0]).toMatchObject({
      type: 'MessagePosted',
      actorId: null,
      payload: { systemType: 'task_reminder', hasPoll: false },
    });
  });

  it('does not post into an archived channel', () => {
    const posted = postSystemMessage(channel({ status: 'archived' }), reminder, { messageId: 's', at: AT });
    expect(posted.ok ? null : posted.error.code).toBe('CHANNEL_ARCHIVED');
  });
});

describe('Vietnamese texts', () => {
  it('writes every system message kind, with dates in Vietnam time', () => {
    expect(systemMessageTextVi({ ...reminder, stage: 'overdue' })).toBe(
      'Quá hạn: nhiệm vụ “Hướng dẫn cài VNeID” đã quá hạn từ ngày 06/06/2022.',
    );
    const assigned = {
      type: 'task_assigned' as const,
      taskId: 't',
      taskTitle: 'Báo cáo tháng',
      issuerUnitId: 'D',
      issuerUnitName: 'UBND huyện Gio Linh',
    };
    expect(systemMessageTextVi({ ...assigned, dueAt: null })).toBe(
      'Nhiệm vụ mới từ UBND huyện Gio Linh: “Báo cáo tháng”.',
    );
    expect(systemMessageTextVi({ ...assigned, dueAt: '2022-06-29T10:00:00.000Z' })).toBe(
      'Nhiệm vụ mới từ UBND huyện Gio Linh: “Báo cáo tháng”, hạn 29/06/2022.',
    );
    const escalated = {
      type: 'task_escalated' as const,
      taskId: 't',
      taskTitle: 'X',
      escalatedToUnitId: 'C1',
      escalatedToUnitName: 'UBND xã Gio Mỹ',
    };
    expect(systemMessageTextVi({ ...escalated, reason: 'not_acknowledged' })).toBe(
      'Nhiệm vụ “X” chưa được tiếp nhận; đã báo cáo UBND xã Gio Mỹ.',
    );
    expect(systemMessageTextVi({ ...escalated, reason: 'overdue' })).toBe(
      'Nhiệm vụ “X” quá hạn chưa hoàn thành; đã báo cáo UBND xã Gio Mỹ.',
    );
  });

  it('titles derived channels after their team or unit and labels every kind', () => {
    expect(derivedChannelTitleVi('village', 'Thôn Tân Mỹ')).toBe('Tổ công nghệ số cộng đồng thôn Tân Mỹ');
    expect(derivedChannelTitleVi('commune', 'Xã Gio Mỹ')).toBe('Tổ công nghệ số cộng đồng xã Gio Mỹ');
    expect(derivedChannelTitleVi('announcement', ' Huyện Gio Linh ')).toBe('Thông báo – Huyện Gio Linh');
    expect(Object.keys(CHANNEL_KIND_LABELS_VI).sort()).toEqual([...CHANNEL_KINDS].sort());
  });
});
