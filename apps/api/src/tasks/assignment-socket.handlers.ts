import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { assignmentActPayloadSchema, type Ack, type AssignmentActResult } from '@cdt/domain';
import type { SocketData } from '../realtime/realtime.gateway';
import { validatedAck } from '../realtime/socket-ack';
import { AssignmentsService } from './assignments.service';

/** 'assignment:act' over the socket: the same action as over HTTP, answered by ack (never a thrown error). */
@WebSocketGateway({ path: '/socket.io' })
export class AssignmentSocketHandlers {
  constructor(private readonly assignments: AssignmentsService) {}

  @SubscribeMessage('assignment:act')
  act(@MessageBody() payload: unknown, @ConnectedSocket() socket: Socket): Promise<Ack<AssignmentActResult>> {
    const { actor } = socket.data as SocketData;
    return validatedAck(assignmentActPayloadSchema, payload, (input) =>
      this.assignments.act(actor, input.assignmentId, input.command, input),
    );
  }
}
