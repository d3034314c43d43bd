import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  ROSTER_CSV_COLUMNS,
  addMember,
  canonicalPhone,
  proposeTeam,
  rosterExportRow,
  rosterProblemDetail,
  rosterTeamKey,
  validateRosterRows,
  type Membership,
  type RosterEntry,
  type RosterProblem,
  type RosterProblemDetail,
  type TeamDomainEvent,
  type Team,
  type ValidRosterRow,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository, type UnitRow } from '../hierarchy/units.repository';
import { MembershipsRepository } from './memberships.repository';
import { PersonsRepository } from './persons.repository';
import { PersonsService, phoneForms } from './persons.service';
import { readRosterCsv, writeCsv, type CsvRecord } from './roster-csv-io';
import { canGovernTeam } from './team-access';
import { TeamEventsPublisher } from './team-events.publisher';
import { toMembership, toTeam } from './team.mapper';
import { TeamsRepository, type TeamRow } from './teams.repository';

export interface RosterImportResult {
  ok: boolean;
  dryRun: boolean;
  /** Every valid row, with its line and the team it goes to. */
  rows: ValidRosterRow[];
  /** Every problem by line; nothing is written unless this is empty. */
  problems: RosterProblem[];
  /** What the import creates (a dry run: would create). */
  summary: { newTeams: number; newPersons: number; memberships: number };
}

/** The units and live teams a file's rows point at, and the problems found on the way. */
interface RosterPlan {
  validation: { rows: ValidRosterRow[]; problems: RosterProblem[] };
  unitByTeamKey: Map<string, UnitRow>;
  teamByKey: Map<string, TeamRow>;
  membersByTeam: Map<string, Membership[]>;
  personByPhone: Map<string, string>;
}

const COLUMN_ORDER = [null, ...ROSTER_CSV_COLUMNS];

/** Roster import (dry run, then one transaction) and export, in the columns communes keep their lists in. */
@Injectable()
export class RosterService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly people: PersonsRepository,
    private readonly persons: PersonsService,
    private readonly units: UnitsRepository,
    private readonly actors: ActorService,
    private readonly events: TeamEventsPublisher,
  ) {}

  /**
   * Checks every row (cells, units, jurisdiction, team rules in file order against the current rosters) and,
   * unless it is a dry run or a row is bad, creates the missing people, proposed teams and memberships.
   */
  async import(actor: Actor, csv: string, dryRun: boolean): Promise<RosterImportResult> {
    const { records, problems: fileProblems } = readRosterCsv(csv);
    if (dryRun) return this.result(await this.plan(actor, records), fileProblems, true);
    let unitPaths = new Map<string, string>();
    const { result, events } = await this.teams.transaction(async (manager) => {
      const plan = await this.plan(actor, records, manager, true);
      const checked = this.result(plan, fileProblems, false);
      if (!checked.ok) {
        throw new DomainException(
          ErrorCode.ImportInvalid,
          `${checked.problems.length} problem(s); nothing was imported.`,
          checked.problems,
        );
      }
      const written = await this.write(actor, plan, manager);
      unitPaths = written.unitPaths;
      return { result: checked, events: written.events };
    });
    this.events.publish(events, unitPaths);
    return result;
  }

  /** Active rosters of the live teams in a unit's subtree, re-importable as is. */
  async export(actor: Actor, unitId: string): Promise<{ filename: string; csv: string }> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    this.actors.assertCanSee(actor, unit.path);
    const teams = (await this.teams.inSubtree(unit.path))
      .filter((t) => t.status !== 'dissolved' && t.communeCode !== null)
      .sort(
        (a, b) =>
          a.communeCode!.localeCompare(b.communeCode!) ||
          a.kind.localeCompare(b.kind) ||
          a.unitName.localeCompare(b.unitName, 'vi'),
      );
    const members = await this.memberships.ofTeams(
      teams.map((t) => t.id),
      { activeOnly: true },
    );
    const rows = teams.flatMap((team) =>
      members
        .filter((m) => m.teamId === team.id)
        .map((m) =>
          rosterExportRow({
            communeCode: team.communeCode!,
            villageName: team.kind === 'village' ? team.unitName : null,
            fullName: m.fullName,
            phone: m.phone === null ? null : canonicalPhone(m.phone),
            role: m.role,
            slot: m.slot,
          }),
        ),
    );
    return { filename: `to-cnscd-${unit.code ?? unit.id}.csv`, csv: writeCsv(ROSTER_CSV_COLUMNS, rows) };
  }

  private async plan(
    actor: Actor,
    records: CsvRecord[],
    manager?: EntityManager,
    lock = false,
  ): Promise<RosterPlan> {
    const places = await this.places(actor, records, manager);
    const live = await this.teams.liveOfUnits(
      [...places.unitByTeamKey.values()].map((u) => u.id),
      manager,
      lock,
    );
    const keyOfUnit = new Map([...places.unitByTeamKey].map(([key, unit]) => [unit.id, key]));
    const teamByKey = new Map(live.map((team) => [keyOfUnit.get(team.unitId)!, team]));
    const memberRows = await this.memberships.ofTeams(
      live.map((t) => t.id),
      { activeOnly: true },
      manager,
    );
    // Existing members are keyed by phone, as the file's people are, so a person already in is caught.
    const existing = (key: string): RosterEntry[] =>
      memberRows
        .filter((m) => m.teamId === teamByKey.get(key)?.id)
        .map((m) => ({ ...m, personId: m.phone ? canonicalPhone(m.phone) : `user:${m.personId}` }));
    // The file's own line numbers (header and blank lines counted), so messages and params name real lines.
    const validation = validateRosterRows(
      records.map((r) => r.record),
      { lines: records.map((r) => r.line), existingMembers: existing },
    );
    const rows = validation.rows;
    const problems = [...places.problems, ...validation.problems];

    const phones = [...new Set(rows.map((r) => r.phone))];
    const found = await this.people.findByPhones(phones.flatMap(phoneForms), manager);
    const membersByTeam = new Map(
      live.map((team) => [team.id, memberRows.filter((m) => m.teamId === team.id).map(toMembership)]),
    );
    return {
      validation: { rows, problems },
      unitByTeamKey: places.unitByTeamKey,
      teamByKey,
      membersByTeam,
      personByPhone: new Map(found.map((p) => [canonicalPhone(p.phone!), p.id])),
    };
  }

  /**
   * The commune (and villages) each row names, by team key; a row whose commune is unknown, not a commune,
   * outside the caller's governing jurisdiction, or whose village the commune lacks, is a problem.
   */
  private async places(actor: Actor, records: CsvRecord[], manager?: EntityManager) {
    const unitByTeamKey = new Map<string, UnitRow>();
    const refused = new Map<string, { code: string; message: string } & RosterProblemDetail>();
    const codes = new Set(records.map((r) => (r.record.commune_code ?? '').trim()));
    for (const code of [...codes].filter((c) => /^\d{2,5}$/.test(c))) {
      const unit = await this.units.findByCode(code, manager);
      if (!unit) {
        refused.set(code, {
          code: ErrorCode.UnitNotFound,
          message: `no unit has the code ${code}`,
          ...rosterProblemDetail('COMMUNE_NOT_FOUND', { code }),
        });
      } else if (unit.kind !== 'commune') {
        refused.set(code, {
          code: ErrorCode.UnitNotFound,
          message: `${code} is a ${unit.kind}, not a commune`,
          ...rosterProblemDetail('NOT_A_COMMUNE', { code, kind: unit.kind }),
        });
      } else if (!canGovernTeam(actor.grants, { unitPath: unit.path, communePath: unit.path })) {
        const message = `commune ${code} (${unit.name}) is outside your jurisdiction`;
        const detail = rosterProblemDetail('COMMUNE_OUT_OF_JURISDICTION', { code, name: unit.name });
        refused.set(code, { code: ErrorCode.OutOfJurisdiction, message, ...detail });
      } else {
        unitByTeamKey.set(rosterTeamKey(code, null), unit);
        for (const village of await this.units.findChildren(unit.id)) {
          if (village.kind === 'village') unitByTeamKey.set(rosterTeamKey(code, village.name), village);
        }
      }
    }
    const problems: RosterProblem[] = [];
    for (const { record, line } of records) {
      const code = (record.commune_code ?? '').trim();
      const refusal = refused.get(code);
      const villageName = (record.village_name ?? '').trim();
      if (refusal) problems.push({ line, column: 'commune_code', ...refusal });
      else if (villageName && unitByTeamKey.has(rosterTeamKey(code, null))) {
        if (!unitByTeamKey.has(rosterTeamKey(code, villageName))) {
          const message = `commune ${code} has no village “${villageName}”`;
          const detail = rosterProblemDetail('VILLAGE_NOT_FOUND', { code, village: villageName });
          problems.push({ line, column: 'village_name', code: ErrorCode.UnitNotFound, message, ...detail });
        }
      }
    }
    return { unitByTeamKey, problems };
  }

  private result(plan: RosterPlan, fileProblems: RosterProblem[], dryRun: boolean): RosterImportResult {
    const problems = [...fileProblems, ...plan.validation.problems].sort(
      (a, b) => a.line - b.line || COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column),
    );
    const rows = plan.validation.rows;
    return {
      ok: problems.length === 0,
      dryRun,
      rows,
      problems,
      summary: {
        newTeams: new Set(rows.map((r) => r.teamKey).filter((key) => !plan.teamByKey.has(key))).size,
        newPersons: new Set(rows.map((r) => r.phone).filter((phone) => !plan.personByPhone.has(phone))).size,
        memberships: rows.length,
      },
    };
  }

  /** Creates the people, proposed teams and memberships of a clean plan; the domain re-checks every row. */
  private async write(actor: Actor, plan: RosterPlan, manager: EntityManager) {
    const at = new Date().toISOString();
    const events: TeamDomainEvent[] = [];
    const unitPaths = new Map<string, string>();
    const newPeople = new Map<string, string>();
    for (const row of plan.validation.rows) {
      if (!plan.personByPhone.has(row.phone) && !newPeople.has(row.phone))
        newPeople.set(row.phone, row.fullName);
    }
    const phones = [...newPeople.keys()];
    const ids = await this.persons.createMany(
      manager,
      phones.map((phone) => ({ phone, fullName: newPeople.get(phone)! })),
      actor.userId,
    );
    phones.forEach((phone, i) => plan.personByPhone.set(phone, ids[i]!));

    const teams = new Map<string, Team>();
    for (const [key, row] of plan.teamByKey) teams.set(key, toTeam(row, []));
    const newTeams: Team[] = [];
    const memberships: Membership[] = [];
    for (const row of plan.validation.rows) {
      const unit = plan.unitByTeamKey.get(row.teamKey)!;
      let team = teams.get(row.teamKey);
      if (!team) {
        const proposed = unwrap(
          proposeTeam({
            id: randomUUID(),
            unit,
            kind: row.teamKind,
            existingTeams: [],
            actorId: actor.userId,
            at,
          }),
        );
        team = proposed.team;
        teams.set(row.teamKey, team);
        newTeams.push(team);
        events.push(...proposed.events);
      }
      unitPaths.set(team.id, unit.path);
      const roster = plan.membersByTeam.get(team.id) ?? [];
      plan.membersByTeam.set(team.id, roster);
      const added = addMember(
        team,
        roster,
        { personId: plan.personByPhone.get(row.phone)!, role: row.role, slot: row.slot },
        { membershipId: randomUUID(), actorId: actor.userId, at },
      );
      if (!added.ok) {
        throw new DomainException(ErrorCode.ImportInvalid, `line ${row.line}: ${added.error.message}`, [
          { line: row.line, column: null, code: added.error.code, message: added.error.message },
        ]);
      }
      roster.push(added.value.membership);
      memberships.push(added.value.membership);
      events.push(...added.value.events);
    }
    await this.teams.insertMany(manager, newTeams, actor.userId);
    await this.memberships.insertMany(manager, memberships, actor.userId);
    return { events, unitPaths };
  }
}
