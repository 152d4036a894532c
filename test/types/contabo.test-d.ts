import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateCustomImageError,
  CreateCustomImageFailResponse,
  ErrorResponse,
  ListInstancesError,
} from '../../generated/src/contabo/index.ts';
import { BadRequestError, UnsupportedMediaTypeError } from '../../generated/src/contabo/index.ts';

describe('typed errors', () => {
  it('give each declared status the body the spec declares for it', () => {
    expectTypeOf<ListInstancesError['status']>().toEqualTypeOf<400 | 401 | 402 | 403 | 404 | 409 | 429 | 500>();
    expectTypeOf<ListInstancesError['body']>().toEqualTypeOf<ErrorResponse | undefined>();
    const error = {} as CreateCustomImageError;
    if (error instanceof UnsupportedMediaTypeError) {
      expectTypeOf(error.body).toEqualTypeOf<CreateCustomImageFailResponse | undefined>();
      expectTypeOf(error.body?.statusCode).toEqualTypeOf<number | undefined>();
    }
    if (error.status === 415) expectTypeOf(error.body).toEqualTypeOf<CreateCustomImageFailResponse | undefined>();
    if (error instanceof BadRequestError) expectTypeOf(error.body).toEqualTypeOf<ErrorResponse | undefined>();
  });
});
