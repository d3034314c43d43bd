import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { diacriticsFoldMap, searchLikePattern } from '@cdt/domain';

export interface ContactRow {
  id: string;
  fullName: string;
  phone: string | null;
  username: string;
}

/** Built once: the SQL twin of foldForSearch for names stored in NFC. */
const FOLD = diacriticsFoldMap();

/**
 * People placed (by an active team membership, a current office or a grant) on units of a reach: inside one of
 * `subtreePaths` or exactly on one of `linePaths`.
 */
@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(
    reach: { subtreePaths: string[]; linePaths: string[] },
    options: { excludeUserId: string; foldedQuery: string; limit: number },
  ): Promise<ContactRow[]> {
    if (reach.subtreePaths.length === 0 && reach.linePaths.length === 0) return [];
    const params: unknown[] = [
      reach.subtreePaths.map((p) => `${p}%`),
      reach.linePaths,
      options.excludeUserId,
      options.limit,
    ];
    let filter = '';
    if (options.foldedQuery) {
      params.push(searchLikePattern(options.foldedQuery), FOLD.from, FOLD.to);
      filter = `AND (lower(translate(u.full_name, $6, $7)) LIKE $5 ESCAPE '\\'
                  OR lower(u.username) LIKE $5 ESCAPE '\\' OR u.phone LIKE $5 ESCAPE '\\')`;
    }
    return this.db.query<ContactRow[]>(
      `SELECT u.id, u.full_name AS "fullName", u.phone, u.username FROM users u
       WHERE u.id <> $3 AND NOT u.disabled ${filter}
         AND EXISTS (
           SELECT 1 FROM (
             SELECT t.unit_id FROM memberships m JOIN teams t ON t.id = m.team_id
              WHERE m.user_id = u.id AND m.status = 'active' AND t.status <> 'dissolved'
             UNION ALL
             SELECT p.unit_id FROM positions p WHERE p.user_id = u.id AND p.ended_on IS NULL
             UNION ALL
             SELECT g.unit_id FROM grants g WHERE g.user_id = u.id
           ) placed JOIN units un ON un.id = placed.unit_id
           WHERE un.path LIKE ANY($1::text[]) OR un.path = ANY($2::text[]))
       ORDER BY u.full_name, u.username LIMIT $4`,
      params,
    );
  }
}
