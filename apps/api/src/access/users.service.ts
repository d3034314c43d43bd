import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  canManageUnit,
  covers,
  roleFitsUnit,
  type CreateGrantRequest,
  type CreateUserRequest,
  type ListUsersQuery,
  type UpdateUserRequest,
  type UserDto,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { AccessRepository, type GrantRow, type UserRow } from './access.repository';
import { toUserDto } from './access.mapper';
import { ActorService } from './actor.service';
import { PasswordService } from './password.service';

/** Managing users and grants: every method checks the caller's jurisdiction on the ids it touches. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repo: AccessRepository,
    private readonly units: UnitsRepository,
    private readonly actors: ActorService,
    private readonly passwords: PasswordService,
    private readonly realtime: RealtimePublisher,
  ) {}

  async list(actor: Actor, query: ListUsersQuery): Promise<UserDto[]> {
    let scope = this.actors.scopePaths(actor);
    if (query.unitId) {
      const unit = await this.units.findById(query.unitId);
      if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
      this.actors.assertCanSee(actor, unit.path);
      scope = [unit.path];
    }
    const users = await this.repo.listUsers(scope, actor.userId, query.search, query.limit);
    const grants = await this.repo.grantsOf(users.map((u) => u.id));
    return users.map((u) => toUserDto(u, grants));
  }

  async get(actor: Actor, userId: string): Promise<UserDto> {
    const { user, grants } = await this.load(userId);
    this.assertCanRead(actor, user, grants);
    return toUserDto(user, grants);
  }

  async create(actor: Actor, input: CreateUserRequest): Promise<UserDto> {
    if (this.actors.managedScopePaths(actor).length === 0) {
      throw new DomainException(ErrorCode.Forbidden, 'Your role cannot create users.');
    }
    await this.assertUnique(input.username, input.phone ?? null);
    const id = await this.repo.insertUser({
      username: input.username,
      phone: input.phone ?? null,
      fullName: input.fullName,
      passwordHash: await this.passwords.hash(input.password),
      createdBy: actor.userId,
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, userId: string, input: UpdateUserRequest): Promise<UserDto> {
    const { user, grants } = await this.load(userId);
    this.assertCanManage(actor, user, grants);
    if (input.phone) await this.assertUnique(null, input.phone, userId);
    await this.repo.updateUser(userId, input);
    if (input.disabled === true && !user.disabled) {
      await this.repo.revokeAllSessions(userId, 'disabled');
      this.realtime.disconnectUser(userId);
    }
    return this.get(actor, userId);
  }

  async addGrant(actor: Actor, userId: string, input: CreateGrantRequest): Promise<UserDto> {
    const { user, grants } = await this.load(userId);
    this.assertCanManage(actor, user, grants);
    const unit = await this.units.findById(input.unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    this.actors.assertCanManage(actor, unit.path);
    if (!roleFitsUnit(input.role, unit.kind)) {
      throw new DomainException(
        ErrorCode.GrantKindMismatch,
        `The role ${input.role} cannot be granted on a ${unit.kind}.`,
        { role: input.role, unitKind: unit.kind },
      );
    }
    await this.repo.insertGrant({ userId, unitId: unit.id, role: input.role, createdBy: actor.userId });
    this.realtime.joinUnit(userId, unit.id);
    this.realtime.toUser(userId, 'access:changed', { userId });
    return this.get(actor, userId);
  }

  async revokeGrant(actor: Actor, userId: string, grantId: string): Promise<UserDto> {
    const { user, grants } = await this.load(userId);
    this.assertCanManage(actor, user, grants);
    const grant = grants.find((g) => g.id === grantId);
    if (!grant) throw new DomainException(ErrorCode.NotFound, 'This user holds no such grant.');
    this.actors.assertCanManage(actor, grant.unitPath);
    await this.repo.deleteGrant(userId, grantId);
    this.realtime.toUser(userId, 'access:changed', { userId });
    const stillHeld = grants.some((g) => g.id !== grantId && g.unitId === grant.unitId);
    if (!stillHeld) this.realtime.leaveUnit(userId, grant.unitId);
    return this.get(actor, userId);
  }

  private async load(userId: string): Promise<{ user: UserRow; grants: GrantRow[] }> {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new DomainException(ErrorCode.UserNotFound, 'Unknown user.');
    return { user, grants: await this.repo.grantsOf([userId]) };
  }

  /** A user is readable when one of their grants lies in the caller's jurisdiction, or the caller created them. */
  private assertCanRead(actor: Actor, user: UserRow, grants: GrantRow[]): void {
    if (user.id === actor.userId || user.createdBy === actor.userId) return;
    const scope = this.actors.scopePaths(actor);
    if (!grants.some((g) => scope.some((root) => covers(root, g.unitPath)))) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This user is outside your jurisdiction.');
    }
  }

  /** Managing a user needs every one of their grants inside the caller's managing jurisdiction. */
  private assertCanManage(actor: Actor, user: UserRow, grants: GrantRow[]): void {
    const ungrantedOwn = grants.length === 0 && user.createdBy === actor.userId;
    if (ungrantedOwn) return;
    if (grants.length === 0 || !grants.every((g) => canManageUnit(actor.grants, g.unitPath))) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'You cannot manage this user.');
    }
  }

  private async assertUnique(
    username: string | null,
    phone: string | null,
    exceptId?: string,
  ): Promise<void> {
    const taken = await this.repo.usernameOrPhoneTaken(username ?? '', phone, exceptId);
    if (taken.username) throw new DomainException(ErrorCode.UsernameTaken, 'This username is taken.');
    if (taken.phone)
      throw new DomainException(ErrorCode.PhoneTaken, 'This phone number belongs to another user.');
  }
}
