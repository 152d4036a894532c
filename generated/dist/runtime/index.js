import { ApiPromise } from "./api-promise.js";
import {
  accept,
  asyncWrite,
  awaitRequest,
  pollRequest
} from "./async-request.js";
import { RequestFailedError } from "./request-status.js";
import {
  apiKeyAuth,
  basicAuth,
  bearerAuth,
  PasswordGrantAuth
} from "./auth.js";
import { fetchWith } from "./fetch-options.js";
import { HookError } from "./hooks.js";
import { createLog, LOG_ENV } from "./log.js";
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
  WaitTimeoutError
} from "./errors.js";
import {
  formBody,
  multipartBody,
  rawBody,
  styledQuery
} from "./operation.js";
import { RepeatedPageError } from "./page-walk.js";
import { PagePromise, paginate } from "./pagination.js";
import { uuid } from "./uuid.js";
import { siteOf, Transport } from "./transport.js";
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
  HookError,
  InvalidRequestError,
  InvalidResponseError,
  LOG_ENV,
  MethodNotAllowedError,
  NotFoundError,
  PagePromise,
  PasswordGrantAuth,
  PaymentRequiredError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  RepeatedPageError,
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
  accept,
  apiKeyAuth,
  asyncWrite,
  awaitRequest,
  basicAuth,
  bearerAuth,
  createLog,
  fetchWith,
  formBody,
  multipartBody,
  paginate,
  poll,
  pollRequest,
  rawBody,
  siteOf,
  styledQuery,
  uuid,
  waitForStatus
};
