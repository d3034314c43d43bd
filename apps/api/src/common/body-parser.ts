import { ErrorCode, type ErrorBody } from '@cdt/domain';
import { json, type ErrorRequestHandler, type RequestHandler } from 'express';

/** JSON bodies up to 1 MB; a larger or malformed body is the client's error, answered in the one error shape. */
export const jsonBody: RequestHandler = json({ limit: '1mb' });

export const bodyErrors: ErrorRequestHandler = (
  error: { type?: string; status?: number },
  _req,
  res,
  next,
) => {
  if (!error.type?.startsWith('entity.') && error.type !== 'encoding.unsupported') return next(error);
  const tooLarge = error.type === 'entity.too.large';
  const body: ErrorBody = {
    code: ErrorCode.ValidationFailed,
    message: tooLarge ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.',
  };
  res.status(tooLarge ? 413 : 400).json(body);
};
