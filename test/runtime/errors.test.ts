/**
 * The error classes: one per status the runtime knows, the same table the
 * generator types declared errors with, and bodies read without failing on them.
 */
import { describe, expect, it } from 'vitest';
import { errorClass } from '../../generator/emit/responses.ts';
import { errorForStatus } from '../../generated/src/runtime/errors.ts';

const site = { method: 'GET', path: '/things' };

describe('errors by status', () => {
  it('are of the class the generator types each declared status with', () => {
    const statuses = [
      '300',
      '400',
      '401',
      '402',
      '403',
      '404',
      '405',
      '406',
      '409',
      '410',
      '412',
      '415',
      '418',
      '422',
      '429',
      '500',
      '502',
      '503',
      '599',
    ];
    for (const status of statuses) {
      const error = errorForStatus(Number(status), undefined, new Headers(), site);
      const declared = errorClass(status);
      // 3xx are not error responses of a spec; the generator gives them no class.
      if (status.startsWith('3')) expect(error.constructor.name).toBe('UnexpectedStatusError');
      else expect(error.constructor.name, status).toBe(declared);
      expect(error.status).toBe(Number(status));
    }
    expect(errorClass('4XX')).toBe('ClientError');
    expect(errorClass('5XX')).toBe('ServerError');
    expect(errorClass('default')).toBe('StatusError');
  });

  it('keep the JSON body as body, any other text as text, and say what it was in the message', () => {
    const json = errorForStatus(404, { message: 'gone' }, new Headers(), site);
    expect([json.body, json.text, json.message]).toEqual([
      { message: 'gone' },
      undefined,
      'GET /things failed with 404: gone',
    ]);
    // The transport hands over the text of a body that is not JSON.
    const html = errorForStatus(502, '<!DOCTYPE html><p>Bad Gateway</p>', new Headers(), site);
    expect([html.body, html.text, html.message]).toEqual([
      undefined,
      '<!DOCTYPE html><p>Bad Gateway</p>',
      'GET /things failed with 502: the server answered with an HTML page',
    ]);
    const v4 = errorForStatus(
      422,
      {
        httpStatus: 422,
        messages: [
          { errorCode: '100', message: 'a' },
          { errorCode: '101', message: 'b' },
        ],
      },
      new Headers(),
      site,
    );
    expect(v4.message).toBe('GET /things failed with 422: a; b');
  });
});
