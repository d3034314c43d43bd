import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PersonDto } from '@cdt/domain';

export interface NewPerson {
  id: string;
  username: string;
  fullName: string;
  phone: string;
}

/** People as the team registry sees them: user accounts, possibly without a password (recorded on a roster). */
@Injectable()
export class PersonsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: string[], manager: EntityManager = this.db.manager): Promise<PersonDto[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT id, full_name AS "fullName", phone FROM users WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
  }

  /** People whose phone is any of the given numbers (callers pass both the 0… and +84… forms). */
  async findByPhones(phones: string[], manager: EntityManager = this.db.manager): Promise<PersonDto[]> {
    if (phones.length === 0) return [];
    return manager.query(
      `SELECT id, full_name AS "fullName", phone FROM users WHERE phone = ANY($1::varchar[])`,
      [phones],
    );
  }

  /** The usernames among `candidates` that are taken (case-insensitively, as the unique index compares). */
  async takenUsernames(candidates: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (candidates.length === 0) return new Set();
    const rows: { username: string }[] = await manager.query(
      `SELECT lower(username) AS username FROM users WHERE lower(username) = ANY($1::text[])`,
      [candidates.map((c) => c.toLowerCase())],
    );
    return new Set(rows.map((r) => r.username));
  }

  /** Inserts people without a password (they cannot sign in until a manager sets one) in one statement. */
  async insertMany(manager: EntityManager, people: readonly NewPerson[], createdBy: string | null) {
    if (people.length === 0) return;
    await manager.query(
      `INSERT INTO users (id, username, full_name, phone, password_hash, created_by)
       SELECT p.id, p.username, p.full_name, p.phone, NULL, $5::uuid
       FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::varchar[]) AS p(id, username, full_name, phone)`,
      [
        people.map((p) => p.id),
        people.map((p) => p.username),
        people.map((p) => p.fullName),
        people.map((p) => p.phone),
        createdBy,
      ],
    );
  }
}
