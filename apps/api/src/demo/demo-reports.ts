import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  TEAM_MONTHLY_ACTIVITY,
  addCalendarDays,
  expectedReporters,
  openReport,
  reportingPeriodAt,
  shiftPeriod,
  teamActivityContentSchema,
  transitionReport,
  vietnamInstant,
  type TeamActivityContent,
} from '@cdt/domain';
import { unwrap } from '../common/domain-result';
import { ReportsRepository } from '../reports/reports.repository';
import { demoHash } from './demo-people';

/** Districts whose teams filed last month's report in the demo (Đakrông is left to the tests). */
const REPORTING_DISTRICTS = ['464', '466', '469'];

/** Plausible figures for a month of one team, the same on every run (seeded by the team's name). */
export function demoActivity(seed: number): TeamActivityContent {
  const n = (mod: number, base = 0) => base + (Math.floor(seed / mod) % mod);
  return teamActivityContentSchema.parse({
    residentsGuided: {
      vneid: n(7, 8),
      public_service_portal: n(5, 3),
      cashless_payment: n(6, 2),
      ecommerce: n(3),
    },
    training: { sessions: 1 + (seed % 2), participants: 12 + (seed % 15) },
    publicity: {
      activities: 1 + (seed % 4),
      description: 'Tuyên truyền trên loa truyền thanh và nhóm Zalo của thôn',
    },
    initiatives: seed % 5 === 0 ? [{ title: 'Góc hỗ trợ dịch vụ công tại nhà văn hóa thôn' }] : [],
    commendations:
      seed % 7 === 0
        ? [
            {
              nomineeKind: 'member',
              name: 'Thành viên Tổ tiêu biểu',
              reason: 'Hướng dẫn nhiều người dân cài VNeID',
            },
          ]
        : [],
    notes: '',
  });
}

/**
 * Last month's team reports in three districts, so the reports and dashboard screens are not empty: about
 * four teams in five filed (most on time, a few late), each by its leader; the rest have not reported.
 */
@Injectable()
export class DemoReportsSeeder {
  constructor(private readonly reports: ReportsRepository) {}

  async seed(now: string): Promise<{ reports: number }> {
    const definition = TEAM_MONTHLY_ACTIVITY;
    const period = shiftPeriod(definition, reportingPeriodAt(definition, now), -1);
    const [province] = await this.reports.roots();
    if (!province) return { reports: 0 };
    // The demo loads once: teams activated later (by people using the demo) file their own reports.
    if ((await this.reports.ofPeriodInSubtree(definition.id, period.id, province.path)).length > 0) {
      return { reports: 0 };
    }
    const units = await this.reports.unitsAround(province);
    const teams = await this.reports.reporterTeams(province.path);
    const leaders = new Map(
      (
        await this.reports.transaction((m) =>
          this.reports.teamLeads(
            teams.map((t) => t.id),
            m,
          ),
        )
      ).map((l) => [l.teamId, l.userId]),
    );
    const districts = units.filter(
      (u) => u.kind === 'district' && REPORTING_DISTRICTS.includes(u.code ?? ''),
    );
    const pathOf = new Map(units.map((u) => [u.id, u.path]));
    let count = 0;
    await this.reports.transaction(async (manager) => {
      for (const district of districts) {
        const expected = expectedReporters({ definition, period, rootUnitId: district.id, units, teams });
        for (const reporter of expected) {
          const seed = demoHash(reporter.name);
          const leaderId = leaders.get(reporter.reporterId);
          if (seed % 5 === 0 || !leaderId) continue; // one team in five has not reported
          const late = seed % 6 === 0;
          const planned = vietnamInstant(addCalendarDays(period.deadlineDate, late ? 2 : -3 - (seed % 4)), 9);
          const submittedAt = Date.parse(planned) < Date.parse(now) ? planned : now;
          const opened = unwrap(
            openReport({
              id: randomUUID(),
              definition,
              period,
              reporter,
              content: demoActivity(seed),
              at: submittedAt,
            }),
          );
          const actor = { userId: leaderId, isReporter: true, isRecipient: false };
          const sent = unwrap(transitionReport(opened, { type: 'submit' }, actor, submittedAt));
          const created = await this.reports.insert(manager, sent, {
            period,
            reporterUnitPath: pathOf.get(reporter.unitId)!,
            createdBy: leaderId,
            draftedAt: null,
          });
          if (created) count += 1;
        }
      }
    });
    return { reports: count };
  }
}
