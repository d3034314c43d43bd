import { parseMentions, type ChannelMemberDto } from '@cdt/domain';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './Channels.module.css';

/** The text with @mentions highlighted (found the same way the server finds them). */
export function MessageText({ text, members }: { text: string; members: readonly ChannelMemberDto[] }) {
  const candidates = members.map((m) => ({
    userId: m.person.id,
    username: m.username,
    fullName: m.person.fullName,
  }));
  const { spans } = parseMentions(text, candidates);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <span key={span.start} className={classes.mention} data-testid="mention">
        {text.slice(span.start, span.end)}
      </span>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <Text size="sm" className={classes.text} data-testid="message-text">
      {parts}
    </Text>
  );
}
