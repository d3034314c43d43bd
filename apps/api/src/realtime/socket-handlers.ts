import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Ack } from '@cdt/domain';
import { z } from 'zod';
import { validatedAck } from './socket-ack';

const pingSchema = z.object({}).strict();

/** Client-to-server events of the foundation: each validates its payload and answers with a typed ack. */
@WebSocketGateway({ path: '/socket.io' })
export class SocketHandlers {
  @SubscribeMessage('ping')
  ping(@MessageBody() payload: unknown): Promise<Ack<{ at: string }>> {
    return validatedAck(pingSchema, payload, () => Promise.resolve({ at: new Date().toISOString() }));
  }
}
