import { foldForSearch } from '../common/text';

/** A channel member as mentions see them. */
export interface MentionCandidate {
  userId: string;
  username: string;
  fullName: string;
}

export type MentionTarget = { kind: 'user'; userId: string } | { kind: 'all' };

/** Where a mention sits in the text (UTF-16 offsets, end exclusive, "@" included), for highlighting. */
export interface MentionSpan {
  start: number;
  end: number;
  target: MentionTarget;
}

export interface ParsedMentions {
  /** People mentioned, in order of first mention, each once. */
  userIds: string[];
  /** `@all` (or "@tất cả", "@mọi người") was used. */
  all: boolean;
  spans: MentionSpan[];
  /** Written names that fit several members equally well (two "Nguyễn Văn An"): nobody is notified for them. */
  ambiguous: string[];
}

/** Folded words that mean everyone; the Vietnamese ones are what Zalo users type. */
export const MENTION_ALL_KEYS: readonly string[] = ['all', 'tat ca', 'moi nguoi'];

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The text folded char by char (whitespace runs as one space), with each folded char's offset in the text. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    const isSpace = /\s/u.test(char);
    const piece = isSpace ? (folded.endsWith(' ') ? '' : ' ') : foldForSearch(char);
    for (let i = 0; i < piece.length; i += 1) offsets.push(offset);
    folded += piece;
    offset += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

interface Key {
  key: string;
  target: MentionTarget;
}

function mentionKeys(members: readonly MentionCandidate[]): Key[] {
  const keys: Key[] = MENTION_ALL_KEYS.map((key) => ({ key, target: { kind: 'all' } }));
  for (const m of members) {
    for (const key of new Set([foldForSearch(m.username), foldForSearch(m.fullName)])) {
      if (key.length > 0) keys.push({ key, target: { kind: 'user', userId: m.userId } });
    }
  }
  return keys;
}

const targetId = (t: MentionTarget) => (t.kind === 'all' ? '@all' : t.userId);

/**
 * Finds `@username`, `@Full Name` and `@all` in a message, ignoring case and diacritics ("@nguyen van an"
 * finds Nguyễn Văn An). The longest name wins ("@Lê Thị Hoa" over "@Lê Thị"); an "@" inside a word
 * (an e-mail address) is not a mention.
 */
export function parseMentions(text: string, members: readonly MentionCandidate[]): ParsedMentions {
  const { folded, offsets } = foldWithOffsets(text);
  const keys = mentionKeys(members);
  const result: ParsedMentions = { userIds: [], all: false, spans: [], ambiguous: [] };
  let k = 0;
  while (k < folded.length) {
    const atWordStart = k === 0 || !WORD_CHAR.test(folded[k - 1] ?? '');
    if (folded[k] !== '@' || !atWordStart) {
      k += 1;
      continue;
    }
    const rest = folded.slice(k + 1);
    const fits = keys.filter(({ key }) => rest.startsWith(key) && !WORD_CHAR.test(rest[key.length] ?? ''));
    const longest = Math.max(0, ...fits.map(({ key }) => key.length));
    const best = new Map(
      fits.filter(({ key }) => key.length === longest).map((f) => [targetId(f.target), f]),
    );
    if (longest === 0) {
      k += 1;
      continue;
    }
    const end = k + 1 + longest;
    const start = offsets[k] ?? 0;
    const stop = offsets[end] ?? text.length;
    // "@all" always means everyone, even if someone picked "all" as a username.
    const only = best.get('@all') ?? (best.size === 1 ? [...best.values()][0] : undefined);
    if (!only) {
      result.ambiguous.push(text.slice(start + 1, stop));
    } else {
      result.spans.push({ start, end: stop, target: only.target });
      if (only.target.kind === 'all') result.all = true;
      else if (!result.userIds.includes(only.target.userId)) result.userIds.push(only.target.userId);
    }
    k = end;
  }
  return result;
}
