import { ErrorCode, type FieldIssue } from '@cdt/domain';
import { z } from 'zod';

/** Raised by the client itself when the request never got an answer (offline, DNS, aborted connection). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export type ApiErrorCode = ErrorCode | typeof NETWORK_ERROR;

const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  errorId: z.string().optional(),
});

const GATEWAY_STATUSES = new Set([502, 503, 504]);

const fieldIssuesSchema = z.array(z.object({ path: z.string(), message: z.string() }));

/** The one error type the web app handles: the API's `{ code, message, details? }` plus the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly errorId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The offending fields of a VALIDATION_FAILED error, or none. */
  get fieldIssues(): FieldIssue[] {
    const parsed = fieldIssuesSchema.safeParse(this.details);
    return parsed.success ? parsed.data : [];
  }

  static network(cause: unknown): ApiError {
    return new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }

  /** Builds the error from a failed response, tolerating bodies that are not the API's shape (proxies, HTML). */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      const { code, message, details, errorId } = parsed.data;
      return new ApiError(response.status, code, message, details, errorId);
    }
    const message = response.statusText || `HTTP ${response.status}`;
    // A gateway answering for an unreachable API is, to the user, the same as no network.
    if (GATEWAY_STATUSES.has(response.status)) return new ApiError(response.status, NETWORK_ERROR, message);
    const code = response.status >= 500 ? ErrorCode.Internal : ErrorCode.NotFound;
    return new ApiError(response.status, code, message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
