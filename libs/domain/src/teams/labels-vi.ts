import type { CompositionFindingCode } from './composition';
import type { RequestKind, RequestState } from './membership-request';
import type { MembershipRole } from './membership-roles';
import type { TeamSlot } from './slots';
import type { TeamKind, TeamStatus } from './team-kind';

/** Vietnamese labels, in the plan's own words, for exports (CSV, reports); the web app uses its i18n files. */
export const TEAM_KIND_LABELS_VI: Record<TeamKind, string> = {
  commune: 'Tổ công nghệ số cộng đồng cấp xã',
  village: 'Tổ công nghệ số cộng đồng cấp thôn',
};

export const TEAM_STATUS_LABELS_VI: Record<TeamStatus, string> = {
  proposed: 'Đang đề xuất',
  active: 'Đang hoạt động',
  dissolved: 'Đã giải thể',
};

export const MEMBERSHIP_ROLE_LABELS_VI: Record<MembershipRole, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Thành viên',
  collaborator: 'Cộng tác viên',
};

export const TEAM_SLOT_LABELS_VI: Record<TeamSlot, string> = {
  commune_leadership: 'Đại diện Lãnh đạo UBND cấp xã',
  youth_union: 'Bí thư hoặc Phó Bí thư Đoàn',
  womens_union: 'Chủ tịch hoặc Phó Chủ tịch Hội LHPN',
  admin_reform_officer: 'Công chức đầu mối cải cách hành chính',
  culture_social_or_police: 'Công chức Văn hóa - xã hội hoặc Công an xã',
  village_head: 'Tổ trưởng tổ dân phố / Trưởng thôn, bản',
  village_youth_secretary: 'Bí thư Đoàn thanh niên cấp thôn',
  police: 'Công an viên',
  union_official: 'Cán bộ, công chức đoàn thể',
  teacher: 'Giáo viên',
  health_worker: 'Nhân viên y tế',
  telecom_it_staff: 'Nhân viên bưu chính, viễn thông, công nghệ thông tin',
  resident: 'Người dân',
  student: 'Học sinh',
};

export const REQUEST_KIND_LABELS_VI: Record<RequestKind, string> = {
  join: 'Đăng ký tham gia',
  leave: 'Xin ra khỏi Tổ',
};

export const REQUEST_STATE_LABELS_VI: Record<RequestState, string> = {
  awaiting_leader: 'Chờ Tổ trưởng xem xét',
  awaiting_chair: 'Chờ Chủ tịch UBND xã phê duyệt',
  approved: 'Đã phê duyệt',
  rejected: 'Không được chấp thuận',
  withdrawn: 'Đã rút',
};

export const COMPOSITION_FINDING_LABELS_VI: Record<CompositionFindingCode, string> = {
  MISSING_LEADER: 'Chưa có Tổ trưởng',
  DUPLICATE_LEADER: 'Có nhiều hơn một Tổ trưởng',
  MISSING_DEPUTY: 'Chưa có Tổ phó',
  DUPLICATE_DEPUTY: 'Có nhiều hơn một Tổ phó',
  MISSING_SLOT: 'Thiếu thành phần theo quy định',
  DUPLICATE_SLOT: 'Một thành phần có nhiều người đảm nhận',
  SLOT_MISMATCH: 'Thành phần không phù hợp với vai trò',
  BELOW_MINIMUM: 'Chưa đủ số lượng thành viên tối thiểu',
  ABOVE_MAXIMUM: 'Vượt quá số lượng thành viên tối đa',
  NOT_ACTIVE: 'Chưa chính thức hoạt động',
};
