import { vietnamDateOf } from '../teams/calendar';
import { defaultTeamName } from '../teams/team';
import type { ChannelKind, ChannelMemberRole } from './channel-kind';
import type { SystemPayload } from './system-payload';

/** Vietnamese labels for exports and for texts the hub writes itself; the web app uses its i18n files. */
export const CHANNEL_KIND_LABELS_VI: Record<ChannelKind, string> = {
  commune: 'Nhóm Tổ công nghệ số cộng đồng cấp xã',
  village: 'Nhóm Tổ công nghệ số cộng đồng cấp thôn',
  announcement: 'Kênh thông báo',
  working_group: 'Nhóm công tác',
  direct: 'Tin nhắn riêng',
};

export const CHANNEL_MEMBER_ROLE_LABELS_VI: Record<ChannelMemberRole, string> = {
  owner: 'Quản trị nhóm',
  poster: 'Thành viên',
  reader: 'Người nhận tin',
};

/** Title of a derived channel from its unit's name: the team's own name, or "Thông báo – Huyện Gio Linh". */
export function derivedChannelTitleVi(
  kind: 'commune' | 'village' | 'announcement',
  unitName: string,
): string {
  return kind === 'announcement'
    ? `Thông báo – ${unitName.normalize('NFC').trim()}`
    : defaultTeamName(unitName);
}

/** "dd/mm/yyyy" in Vietnam time, as dates are written in Vietnamese documents. */
function formatDateVi(at: string): string {
  const [year, month, day] = vietnamDateOf(at).split('-');
  return `${day}/${month}/${year}`;
}

/** The text of a hub message, stored with it so previews, search and notifications need no rendering. */
export function systemMessageTextVi(payload: SystemPayload): string {
  const title = `“${payload.taskTitle}”`;
  switch (payload.type) {
    case 'task_assigned':
      return payload.dueAt === null
        ? `Nhiệm vụ mới từ ${payload.issuerUnitName}: ${title}.`
        : `Nhiệm vụ mới từ ${payload.issuerUnitName}: ${title}, hạn ${formatDateVi(payload.dueAt)}.`;
    case 'task_reminder':
      return payload.stage === 'upcoming'
        ? `Nhắc việc: nhiệm vụ ${title} đến hạn ngày ${formatDateVi(payload.dueAt)}.`
        : `Quá hạn: nhiệm vụ ${title} đã quá hạn từ ngày ${formatDateVi(payload.dueAt)}.`;
    case 'task_escalated':
      return payload.reason === 'not_acknowledged'
        ? `Nhiệm vụ ${title} chưa được tiếp nhận; đã báo cáo ${payload.escalatedToUnitName}.`
        : `Nhiệm vụ ${title} quá hạn chưa hoàn thành; đã báo cáo ${payload.escalatedToUnitName}.`;
  }
}
