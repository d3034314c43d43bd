import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ChannelContactDto,
  ChannelDto,
  ChannelMemberDto,
  HistoryPageDto,
  MessageDto,
  ReadStateDto,
  SearchResultDto,
  SeenByDto,
  SeenSummaryDto,
} from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { ChannelsService } from './channels.service';
import { ContactsService } from './contacts.service';
import {
  AddGroupMembersBody,
  ChannelIdParam,
  ChannelMemberParams,
  ContactsQueryDto,
  CreateWorkingGroupBody,
  HistoryQueryDto,
  ListChannelsQueryDto,
  MarkReadBody,
  MessageIdParam,
  OpenDirectChannelBody,
  SearchQueryDto,
} from './dto';
import { HistoryService } from './history.service';
import { ReadStateService } from './read-state.service';

/** Channels: the fixed paths (contacts, working-groups, direct) are declared before `:id` so they are matched first. */
@ApiTags('channels')
@ApiBearerAuth()
@Controller('channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly contacts: ContactsService,
    private readonly history: HistoryService,
    private readonly reads: ReadStateService,
  ) {}

  /** The caller's channels, newest activity first, with unread counts; clients group them by `unit`. */
  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: ListChannelsQueryDto): Promise<ChannelDto[]> {
    return this.channels.list(actor.userId, query);
  }

  /** People the caller may message directly or add to a working group (same commune, or up and down the line). */
  @Get('contacts')
  searchContacts(
    @CurrentUser() actor: Actor,
    @Query() query: ContactsQueryDto,
  ): Promise<ChannelContactDto[]> {
    return this.contacts.search(actor.userId, query);
  }

  @Post('working-groups')
  createWorkingGroup(@CurrentUser() actor: Actor, @Body() body: CreateWorkingGroupBody): Promise<ChannelDto> {
    return this.channels.createWorkingGroup(actor.userId, body);
  }

  /** Opens (or finds) the one-to-one conversation with another person. */
  @Post('direct')
  @HttpCode(200)
  openDirect(@CurrentUser() actor: Actor, @Body() body: OpenDirectChannelBody): Promise<ChannelDto> {
    return this.channels.openDirect(actor.userId, body);
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: ChannelIdParam): Promise<ChannelDto> {
    return this.channels.get(actor.userId, params.id);
  }

  @Get(':id/members')
  members(@CurrentUser() actor: Actor, @Param() params: ChannelIdParam): Promise<ChannelMemberDto[]> {
    return this.channels.members(actor.userId, params.id);
  }

  @Post(':id/members')
  addMembers(
    @CurrentUser() actor: Actor,
    @Param() params: ChannelIdParam,
    @Body() body: AddGroupMembersBody,
  ): Promise<ChannelMemberDto[]> {
    return this.channels.addGroupMembers(actor.userId, params.id, body);
  }

  /** An owner removes someone from a working group, or a member leaves it (their own id). */
  @Delete(':id/members/:userId')
  removeMember(
    @CurrentUser() actor: Actor,
    @Param() params: ChannelMemberParams,
  ): Promise<ChannelMemberDto[]> {
    return this.channels.removeGroupMember(actor.userId, params.id, params.userId);
  }

  /** History by cursor (`before` older, `after` newer, neither: newest page); `parentId` reads one thread. */
  @Get(':id/messages')
  messages(
    @CurrentUser() actor: Actor,
    @Param() params: ChannelIdParam,
    @Query() query: HistoryQueryDto,
  ): Promise<HistoryPageDto> {
    return this.history.page(actor.userId, params.id, query);
  }

  @Get(':id/search')
  search(
    @CurrentUser() actor: Actor,
    @Param() params: ChannelIdParam,
    @Query() query: SearchQueryDto,
  ): Promise<SearchResultDto> {
    return this.history.search(actor.userId, params.id, query);
  }

  @Get(':id/pins')
  pins(@CurrentUser() actor: Actor, @Param() params: ChannelIdParam): Promise<MessageDto[]> {
    return this.history.pins(actor.userId, params.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  read(
    @CurrentUser() actor: Actor,
    @Param() params: ChannelIdParam,
    @Body() body: MarkReadBody,
  ): Promise<ReadStateDto> {
    return this.reads.markRead(actor.userId, { channelId: params.id, seq: body.seq });
  }
}

/** A message's "seen by" (summed per unit for announcements). */
@ApiTags('channels')
@ApiBearerAuth()
@Controller('messages')
export class MessagesController {
  constructor(private readonly reads: ReadStateService) {}

  @Get(':id/seen')
  seen(@CurrentUser() actor: Actor, @Param() params: MessageIdParam): Promise<SeenByDto | SeenSummaryDto> {
    return this.reads.seen(actor.userId, params.id);
  }
}
