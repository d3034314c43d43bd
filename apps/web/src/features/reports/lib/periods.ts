import { MONTHLY_PERIOD_ID, QUARTERLY_PERIOD_ID } from '@cdt/domain';

/** The current period and the ones before it ("2026-11", "2026-10", …), newest first. */
export function recentPeriodIds(currentId: string, count: number): string[] {
  const monthly = MONTHLY_PERIOD_ID.exec(currentId);
  if (monthly) {
    const index = Number(monthly[1]) * 12 + Number(monthly[2]) - 1;
    return Array.from({ length: count }, (_, back) => {
      const at = index - back;
      return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
    });
  }
  const quarterly = QUARTERLY_PERIOD_ID.exec(currentId);
  if (quarterly) {
    const index = Number(quarterly[1]) * 4 + Number(quarterly[2]) - 1;
    return Array.from({ length: count }, (_, back) => {
      const at = index - back;
      return `${Math.floor(at / 4)}-Q${(at % 4) + 1}`;
    });
  }
  return [currentId];
}
