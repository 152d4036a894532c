export { ApiPromise } from './api-promise.js';
export { RequestFailedError, } from './async-request.js';
export { apiKeyAuth, basicAuth, bearerAuth, PasswordGrantAuth } from './auth.js';
export { AbortError, ApiError, AuthenticationError, BadRequestError, ClientError, ConflictError, ConnectionError, InvalidRequestError, InvalidResponseError, NotFoundError, PaymentRequiredError, PermissionDeniedError, PreconditionFailedError, RateLimitError, ServerError, StatusError, TimeoutError, UnexpectedStatusError, UnprocessableEntityError, UnsupportedMediaTypeError, WaitFailedError, WaitTimeoutError, } from './errors.js';
export { PagePromise } from './pagination.js';
export { Transport } from './transport.js';
export { poll, waitForStatus } from './wait.js';
