import type { RosterProblem } from '@cdt/domain';
import type { TFunction } from 'i18next';

/** Codes in params said in the reader's words: team kinds, roles, seats and unit kinds. */
function paramWords(problem: RosterProblem, t: TFunction): Record<string, string | number> {
  const params: Record<string, string | number> = { ...problem.params };
  const slotWord = (slot: string) => (slot ? t(`teamSlots.${slot}`, { defaultValue: slot }) : slot);
  if ('kind' in params) {
    const kind = String(params.kind);
    params.kind =
      problem.reason === 'NOT_A_COMMUNE'
        ? t(`unitKinds.${kind}`, { defaultValue: kind })
        : t(`teamKinds.${kind}`, { defaultValue: kind });
  }
  if ('role' in params) {
    const role = String(params.role);
    params.role = t(`memberRoles.${role}`, { defaultValue: role });
  }
  if ('slot' in params) params.slot = slotWord(String(params.slot));
  if ('allowed' in params) {
    params.allowed = String(params.allowed).split(', ').filter(Boolean).map(slotWord).join('; ');
  }
  return params;
}

/** A roster problem in the reader's language, from its stable reason and params (never from `message`). */
export function rosterProblemText(problem: RosterProblem, t: TFunction): string {
  return t(`rosterProblems.${problem.reason}`, paramWords(problem, t));
}
