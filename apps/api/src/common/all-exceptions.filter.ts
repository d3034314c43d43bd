import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mapError } from './error-mapping';

/** The one HTTP exception filter: every 4xx/5xx leaves as `{ code, message, details?, errorId? }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const mapped = mapError(exception);
    if (mapped.internal !== undefined) {
      this.logger.error(
        { err: mapped.internal, errorId: mapped.body.errorId, method: request.method, url: request.url },
        'unhandled error',
      );
    }
    response.status(mapped.status).json(mapped.body);
  }
}
