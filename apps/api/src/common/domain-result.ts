import type { DomainResult } from '@cdt/domain';
import { DomainException } from './domain.exception';

/** The value of a pure rule's result, or its coded refusal thrown as a DomainException (mapped to HTTP). */
export function unwrap<T>(result: DomainResult<T>): T {
  if (result.ok) return result.value;
  throw new DomainException(result.error.code, result.error.message, result.error.details);
}
