export { ApiPromise, type ApiResult } from './api-promise.js';
export {
  accept,
  asyncWrite,
  awaitRequest,
  pollRequest,
  type Accepted,
  type AsyncCallOptions,
  type AsyncSpec,
  type AsyncStatusSpec,
  type AsyncWaitOptions,
} from './async-request.js';
export { RequestFailedError } from './request-status.js';
export {
  apiKeyAuth,
  basicAuth,
  bearerAuth,
  PasswordGrantAuth,
  type Auth,
  type HeaderSink,
  type SentHeaders,
  type TokenProvider,
} from './auth.js';
export type { Depth, Next, Prev, Reference } from './depth.js';
export { fetchWith, type FetchOptions } from './fetch-options.js';
export { HookError, type HookContext, type Hooks } from './hooks.js';
export { createLog, LOG_ENV, type CallLog, type Logger, type LogLevel, type LogOptions } from './log.js';
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
  MethodNotAllowedError,
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
  type DeclaredError,
} from './errors.js';
export {
  formBody,
  multipartBody,
  rawBody,
  styledQuery,
  type AsyncOperationSpec,
  type BodyEncoder,
  type EncodedBody,
  type OperationSpec,
  type PaginatedOperationSpec,
  type ParameterSpec,
  type QuerySerializer,
} from './operation.js';
export type { RetryPolicy } from './retry-policy.js';
export { RepeatedPageError } from './page-walk.js';
export { PagePromise, paginate, type CollectOptions } from './pagination.js';
export type { RateLimit } from './rate-limit.js';
export { uuid } from './uuid.js';
export type { ClientOptions, RequestOptions, TransportOptions, WaitPoll } from './options.js';
export { siteOf, Transport } from './transport.js';
export { poll, waitForStatus, type PollOptions, type WaitOptions, type WaitProgress } from './wait.js';
