import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus } from '@nestjs/common';
import { ErrorCode, type ErrorBody, type FieldIssue } from '@cdt/domain';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { DomainException } from './domain.exception';

export interface MappedError {
  status: number;
  body: ErrorBody;
  /** The original error, to be logged with body.errorId: only for 500s. */
  internal?: unknown;
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
}

function validationFailed(error: ZodError): MappedError {
  const fields = zodIssues(error);
  return {
    status: 400,
    body: {
      code: ErrorCode.ValidationFailed,
      message: `Invalid input: ${fields.map((f) => f.path).join(', ')}`,
      details: fields,
    },
  };
}

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.ValidationFailed,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.ValidationFailed,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TooManyAttempts,
};

/** Maps any thrown value to the one error shape; the single place where errors become responses. */
export function mapError(error: unknown): MappedError {
  if (error instanceof DomainException) return { status: error.status, body: error.toBody() };
  if (error instanceof ZodValidationException) {
    const zodError = error.getZodError();
    if (zodError instanceof ZodError) return validationFailed(zodError);
  }
  if (error instanceof ZodError) return validationFailed(error);
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const code = HTTP_STATUS_CODES[status] ?? ErrorCode.ValidationFailed;
    // Body-parser errors (malformed JSON) arrive as 400 HttpExceptions with a safe message.
    return { status, body: { code, message: error.message } };
  }
  const errorId = randomUUID();
  return {
    status: 500,
    body: { code: ErrorCode.Internal, message: 'Internal error; quote this id to support.', errorId },
    internal: error,
  };
}
