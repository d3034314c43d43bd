import { foldForSearch } from '../common/text';
import type { Message } from './message';

export const SEARCH_QUERY_MAX = 100;
export const SEARCH_TERMS_MAX = 8;

/**
 * The folded text a message is searched by (stored in its own column): text, poll question and options,
 * without case or diacritics, so "thong bao" finds "Thông báo".
 */
export function searchableText(message: Pick<Message, 'text' | 'poll' | 'deletedAt'>): string {
  if (message.deletedAt !== null) return '';
  const parts = [
    message.text,
    message.poll?.question ?? '',
    ...(message.poll?.options.map((o) => o.text) ?? []),
  ];
  return foldForSearch(parts.join(' '));
}

/** The distinct folded words of a query, at most SEARCH_TERMS_MAX; every one must appear. */
export function messageSearchTerms(query: string): string[] {
  const words = foldForSearch(query.normalize('NFC')).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, SEARCH_TERMS_MAX);
}

/** True when every term occurs in the folded text (a term may be part of a word: "thon" finds "thôn 3"). */
export function matchesMessageSearch(foldedText: string, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((term) => foldedText.includes(term));
}

/** A LIKE pattern matching a term anywhere, with the pattern characters escaped (`ESCAPE '\'`). */
export function searchLikePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
