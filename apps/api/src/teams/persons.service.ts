import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, canonicalPhone, normalizeName, type PersonDto, type PersonRef } from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import { PersonsRepository } from './persons.repository';

/** Both stored forms of a canonical ("0…") Vietnamese mobile number. */
export function phoneForms(phone: string): string[] {
  const canonical = canonicalPhone(phone);
  return [canonical, `+84${canonical.slice(1)}`];
}

/** Finds or records the people that rosters and requests name (a person is a user account). */
@Injectable()
export class PersonsService {
  constructor(private readonly repo: PersonsRepository) {}

  findByIds(ids: string[], manager?: EntityManager): Promise<PersonDto[]> {
    return this.repo.findByIds(ids, manager);
  }

  /** The person a reference names: an existing account, the account already holding the phone, or a new one. */
  async resolve(manager: EntityManager, ref: PersonRef, createdBy: string): Promise<string> {
    if ('userId' in ref) {
      const [person] = await this.repo.findByIds([ref.userId], manager);
      if (!person) throw new DomainException(ErrorCode.UserNotFound, 'Unknown person.');
      return person.id;
    }
    const [existing] = await this.repo.findByPhones(phoneForms(ref.phone), manager);
    if (existing) return existing.id;
    const [id] = await this.createMany(manager, [{ fullName: ref.fullName, phone: ref.phone }], createdBy);
    return id!;
  }

  /**
   * Records people without a password, with usernames derived from their phones ("p0912345678"): they can
   * be found and named on rosters, and sign in once a manager sets a password. Returns ids in input order.
   */
  async createMany(
    manager: EntityManager,
    people: readonly { fullName: string; phone: string }[],
    createdBy: string | null,
  ): Promise<string[]> {
    const base = people.map((p) => `p${canonicalPhone(p.phone)}`);
    const taken = await this.repo.takenUsernames(base, manager);
    const rows = people.map((p, i) => {
      let username = base[i]!;
      // Only an account whose phone has since changed can hold the derived name: suffix until free.
      for (let n = 2; taken.has(username); n += 1) username = `${base[i]}-${n}`;
      taken.add(username);
      return {
        id: randomUUID(),
        username,
        fullName: normalizeName(p.fullName),
        phone: canonicalPhone(p.phone),
      };
    });
    await this.repo.insertMany(manager, rows, createdBy);
    return rows.map((r) => r.id);
  }
}
