import { ApiPromise } from "./api-promise.js";
import {
  RequestFailedError
} from "./async-request.js";
import { apiKeyAuth, basicAuth, bearerAuth, PasswordGrantAuth } from "./auth.js";
import {
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
  WaitTimeoutError
} from "./errors.js";
import { PagePromise } from "./pagination.js";
import { Transport } from "./transport.js";
import { poll, waitForStatus } from "./wait.js";
export {
  AbortError,
  ApiError,
  ApiPromise,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PagePromise,
  PasswordGrantAuth,
  PaymentRequiredError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  RequestFailedError,
  ServerError,
  StatusError,
  TimeoutError,
  Transport,
  UnexpectedStatusError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  WaitFailedError,
  WaitTimeoutError,
  apiKeyAuth,
  basicAuth,
  bearerAuth,
  poll,
  waitForStatus
};
