import { createZodDto } from 'nestjs-zod';
import {
  addGroupMembersSchema,
  contactsQuerySchema,
  createWorkingGroupSchema,
  historyQuerySchema,
  listChannelsQuerySchema,
  markReadSchema,
  openDirectChannelSchema,
  searchQuerySchema,
} from '@cdt/domain';
import { z } from 'zod';

export class ChannelIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class MessageIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class ChannelMemberParams extends createZodDto(z.object({ id: z.uuid(), userId: z.uuid() })) {}

export class ListChannelsQueryDto extends createZodDto(listChannelsQuerySchema) {}
export class HistoryQueryDto extends createZodDto(historyQuerySchema) {}
export class SearchQueryDto extends createZodDto(searchQuerySchema) {}
export class ContactsQueryDto extends createZodDto(contactsQuerySchema) {}

export class CreateWorkingGroupBody extends createZodDto(createWorkingGroupSchema) {}
export class AddGroupMembersBody extends createZodDto(addGroupMembersSchema) {}
export class OpenDirectChannelBody extends createZodDto(openDirectChannelSchema) {}
/** The HTTP twin of 'channel:read': the channel is in the path. */
export class MarkReadBody extends createZodDto(markReadSchema.omit({ channelId: true })) {}
