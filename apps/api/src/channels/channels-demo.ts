import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sendMessageSchema, type ChannelKind, type SendMessagePayload } from '@cdt/domain';
import { ChannelSyncService } from './channel-sync.service';
import { ChannelListRepository } from './channel-list.repository';
import { MessagesService } from './messages.service';

const DAY_MS = 86_400_000;

/** A demo message: who writes it, in which of their channels, and what. */
interface DemoLine {
  author: string;
  channel: { owner: string; kind: ChannelKind };
  text: string;
  poll?: SendMessagePayload['poll'];
  /** Index of an earlier line this one answers in its thread. */
  replyTo?: number;
  pin?: boolean;
}

const HO_XA_COMMUNE = { owner: 'totruong.hoxa', kind: 'commune' } as const;
const KHU_PHO_1 = { owner: 'totruong.khupho1', kind: 'village' } as const;
const VINH_LINH_ANNOUNCEMENTS = { owner: 'bcd.vinhlinh', kind: 'announcement' } as const;

const LINES: DemoLine[] = [
  {
    author: 'totruong.hoxa',
    channel: HO_XA_COMMUNE,
    text: 'Chào cả tổ! Tuần này mình tập trung hướng dẫn bà con Khu phố 1 và Khu phố 2 cài đặt, kích hoạt VNeID mức 2.',
  },
  {
    author: 'totruong.khupho1',
    channel: HO_XA_COMMUNE,
    text: '@Nguyễn Văn Hòa Khu phố 1 đã hỗ trợ được 32 hộ, còn khoảng 15 hộ người cao tuổi cần đến tận nhà.',
  },
  {
    author: 'vanhoa.vinhlinh',
    channel: HO_XA_COMMUNE,
    text: 'Phòng Văn hóa và Thông tin huyện sẽ gửi tài liệu hướng dẫn thanh toán không dùng tiền mặt cho các tổ trong tuần tới.',
  },
  {
    author: 'totruong.hoxa',
    channel: HO_XA_COMMUNE,
    text: '',
    poll: {
      question: 'Họp giao ban tổ vào buổi nào?',
      options: ['Sáng thứ Bảy', 'Chiều Chủ nhật'],
      multiple: false,
      deadline: new Date(Date.now() + 7 * DAY_MS).toISOString(),
    },
  },
  {
    author: 'totruong.khupho1',
    channel: KHU_PHO_1,
    text: 'Tối thứ Năm tổ họp tại nhà văn hóa khu phố lúc 19h30, mọi người nhớ mang điện thoại để cập nhật ứng dụng.',
  },
  {
    author: 'thanhvien.khupho1',
    channel: KHU_PHO_1,
    text: 'Em sẽ mang thêm bộ phát wifi để hướng dẫn bà con ạ.',
    replyTo: 4,
  },
  {
    author: 'bcd.vinhlinh',
    channel: VINH_LINH_ANNOUNCEMENTS,
    text: 'Đề nghị các Tổ công nghệ số cộng đồng báo cáo kết quả hoạt động tháng trước ngày 25 hằng tháng.',
    pin: true,
  },
];

/** Derives the demo's channels and starts a few conversations in Thị trấn Hồ Xá's (never in production). */
@Injectable()
export class ChannelsDemo {
  constructor(
    private readonly sync: ChannelSyncService,
    private readonly channels: ChannelListRepository,
    private readonly messages: MessagesService,
  ) {}

  async seed(accounts: ReadonlyMap<string, string>): Promise<{ channels: number; messages: number }> {
    const synced = await this.sync.syncAll();
    const account = (username: string) => {
      const id = accounts.get(username);
      if (!id) throw new Error(`Demo account ${username} is missing`);
      return id;
    };
    const posted: string[] = [];
    for (const line of LINES) {
      const cards = await this.channels.cards(account(line.channel.owner), {
        kind: line.channel.kind,
        includeLeft: false,
      });
      const channel = cards.find((c) => c.role === 'owner');
      if (!channel) throw new Error(`Demo channel ${line.channel.kind} of ${line.channel.owner} is missing`);
      const authorId = account(line.author);
      const input = sendMessageSchema.parse({
        channelId: channel.id,
        clientMessageId: randomUUID(),
        text: line.text,
        parentId: line.replyTo === undefined ? null : posted[line.replyTo],
        poll: line.poll ?? null,
      });
      const message = await this.messages.send(authorId, input);
      if (line.pin) {
        await this.messages.pin(authorId, { channelId: channel.id, messageId: message.id, pinned: true });
      }
      posted.push(message.id);
    }
    return { channels: synced.created, messages: posted.length };
  }
}
