/** The v4 error codes and messages the fake answers with, by HTTP status. */
const ERROR_CODES: Readonly<Record<number, [string, string]>> = {
  400: ['100', 'Bad request'],
  401: ['315', 'Unauthorized'],
  403: ['317', 'Access denied'],
  404: ['309', 'Resource does not exist'],
  405: ['300', 'Method not allowed'],
  412: ['338', 'The resource has been modified: the entity tag given in If-Match is not current'],
  415: ['101', 'Unsupported media type'],
  422: ['100', 'Unprocessable entity'],
  429: ['338', 'The request limit has been reached; retry later'],
  500: ['500', 'Internal server error'],
  503: ['503', 'Service unavailable'],
};

export function errorBody(
  status: number,
  message?: string,
  errorCode?: string,
): { httpStatus: number; messages: { errorCode: string; message: string }[] } {
  const [code, text] = ERROR_CODES[status] ?? [String(status), `HTTP ${status}`];
  return { httpStatus: status, messages: [{ errorCode: errorCode ?? code, message: message ?? text }] };
}

/** Thrown anywhere while a request is handled; answered with the v4 error body of its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message?: string,
  ) {
    super(message ?? ERROR_CODES[status]?.[1] ?? `HTTP ${status}`);
  }
}
