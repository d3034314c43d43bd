import { Logger } from '@nestjs/common';
import type { Ack } from '@cdt/domain';
import type { z } from 'zod';
import { mapError } from '../common/error-mapping';

const logger = new Logger('SocketErrors');

/** Validates a socket payload, runs the handler, and turns any failure into an error ack (never a thrown error). */
export async function validatedAck<S extends z.ZodType, T>(
  schema: S,
  payload: unknown,
  handler: (input: z.infer<S>) => Promise<T>,
): Promise<Ack<T>> {
  try {
    const input: z.infer<S> = schema.parse(payload ?? {});
    return { ok: true, data: await handler(input) };
  } catch (error) {
    const mapped = mapError(error);
    if (mapped.internal !== undefined) {
      logger.error({ err: mapped.internal, errorId: mapped.body.errorId }, 'unhandled socket error');
    }
    return { ok: false, error: mapped.body };
  }
}
