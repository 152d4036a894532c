export { ApiPromise, type ApiResult } from './api-promise.js';
export {
  RequestFailedError,
  type Accepted,
  type AsyncCallOptions,
  type AsyncSpec,
  type AsyncStatusSpec,
  type AsyncWaitOptions,
} from './async-request.js';
export { apiKeyAuth, basicAuth, bearerAuth, PasswordGrantAuth, type Auth, type TokenProvider } from './auth.js';
export type { Depth, Next, Prev, Reference } from './depth.js';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  StatusError,
  TimeoutError,
  UnexpectedStatusError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  WaitFailedError,
  WaitTimeoutError,
} from './errors.js';
export type { AsyncOperationSpec, OperationSpec, PaginatedOperationSpec, ParameterSpec } from './operation.js';
export { PagePromise, type CollectOptions } from './pagination.js';
export type { RateLimit } from './rate-limit.js';
export { Transport, type ClientOptions, type RequestOptions } from './transport.js';
export { poll, waitForStatus, type PollOptions, type WaitOptions, type WaitProgress } from './wait.js';
