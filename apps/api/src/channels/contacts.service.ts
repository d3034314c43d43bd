import { Injectable } from '@nestjs/common';
import {
  canMessageDirectly,
  contactReach,
  foldForSearch,
  messagingScopes,
  type ChannelContactDto,
  type ContactsQuery,
} from '@cdt/domain';
import { ContactsRepository } from './contacts.repository';
import { DerivationRepository } from './derivation.repository';

/** The people picker of "new message" and "new working group": only those the caller may reach. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly derivation: DerivationRepository,
  ) {}

  async search(userId: string, query: ContactsQuery): Promise<ChannelContactDto[]> {
    const mine = messagingScopes(userId, await this.derivation.ofPeople([userId]));
    const rows = await this.contacts.search(contactReach(mine), {
      excludeUserId: userId,
      foldedQuery: foldForSearch(query.q),
      limit: query.limit,
    });
    if (rows.length === 0) return [];
    // The database narrows by paths; the domain rule decides, so the list never offers anyone it would refuse.
    const theirs = await this.derivation.ofPeople(rows.map((r) => r.id));
    return rows
      .filter((r) => canMessageDirectly(mine, messagingScopes(r.id, theirs)))
      .map((r) => ({ person: { id: r.id, fullName: r.fullName, phone: r.phone }, username: r.username }));
  }
}
