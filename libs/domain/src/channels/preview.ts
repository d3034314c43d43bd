import type { Message } from './message';

export const PREVIEW_MAX = 100;

export type PreviewKind = 'text' | 'poll' | 'system' | 'deleted';

/** The one-line summary a channel list shows under the channel's name. */
export interface MessagePreview {
  seq: number;
  kind: PreviewKind;
  /** One line, at most PREVIEW_MAX characters; empty for a deleted message. */
  text: string;
  authorId: string | null;
  createdAt: string;
}

/** Collapses lines and spaces, cuts on a character (not a UTF-16 half) and marks the cut with "…". */
export function previewLine(text: string, max = PREVIEW_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function messagePreview(
  message: Pick<Message, 'seq' | 'text' | 'poll' | 'system' | 'deletedAt' | 'author' | 'createdAt'>,
): MessagePreview {
  const kind: PreviewKind =
    message.deletedAt !== null ? 'deleted' : message.system ? 'system' : message.poll ? 'poll' : 'text';
  const source =
    kind === 'deleted' ? '' : message.text === '' ? (message.poll?.question ?? '') : message.text;
  return {
    seq: message.seq,
    kind,
    text: previewLine(source),
    authorId: message.author.kind === 'user' ? message.author.userId : null,
    createdAt: message.createdAt,
  };
}
