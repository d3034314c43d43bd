import { useOutboxSender } from '../hooks/use-outbox-sender';

/** Mounted with the socket for the whole signed-in session: waiting messages leave whatever page is open. */
export function ChannelOutboxSender() {
  useOutboxSender();
  return null;
}
