import { foldForSearch, type ChannelMemberDto } from '@cdt/domain';

/** The "@word" being typed just before the caret, or null. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}_.]*)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

export type MentionSuggestion = { kind: 'all' } | { kind: 'user'; member: ChannelMemberDto };

/** @all first, then members whose name or username starts a word with the query (accents ignored). */
export function mentionSuggestions(
  members: readonly ChannelMemberDto[],
  query: string,
  selfId: string,
  max = 6,
): MentionSuggestion[] {
  const q = foldForSearch(query);
  const fits = (text: string) =>
    foldForSearch(text)
      .split(/\s+/)
      .some((word) => word.startsWith(q));
  const people = members
    .filter((m) => m.person.id !== selfId && (fits(m.person.fullName) || fits(m.username)))
    .slice(0, max)
    .map((member) => ({ kind: 'user' as const, member }));
  const all = q === '' || 'all'.startsWith(q) || 'tat ca'.startsWith(q) ? [{ kind: 'all' as const }] : [];
  return [...all, ...people];
}

/** The text with the typed "@query" replaced by the chosen mention and a space. */
export function insertMention(
  text: string,
  mention: { start: number; query: string },
  suggestion: MentionSuggestion,
): { text: string; caret: number } {
  const inserted = suggestion.kind === 'all' ? '@all ' : `@${suggestion.member.username} `;
  const end = mention.start + 1 + mention.query.length;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(end),
    caret: mention.start + inserted.length,
  };
}
