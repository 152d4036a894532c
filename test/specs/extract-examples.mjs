#!/usr/bin/env node
/**
 * Extracts every JSON body the ProfitBricks Cloud API v4 reference shows
 * (response bodies, request body formats, curl request bodies and form
 * fields) into test/fixtures/profitbricks-examples.json, each with the line
 * it starts on, the operation it belongs to and, for responses, its status.
 *
 * Run by hand when the reference changes; `npm test` only reads the fixture:
 *
 *   node test/specs/extract-examples.mjs /path/to/profitbricks-cloudapi-v4.txt
 *
 * Nothing is repaired: a body that is not JSON as printed is kept as text
 * with the parser's complaint, for the test to list as an exception.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API = 'https://api.profitbricks.com/cloudapi/v4';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/profitbricks-examples.json');

/** `{dataCenterId}`, `[cdrom-id]`, `[server-id}`, `{loadBalancerId]`: a path parameter, named in camelCase. */
const PARAMETER = /^[[{]([A-Za-z][\w-]*)[\]}]$/;
const camel = (name) => name.replace(/[-_](\w)/g, (_, c) => c.toUpperCase());

/** The path of a request line as a template: query and trailing slash dropped, parameters in braces. */
function template(path) {
  const bare = path
    .replace(/[?#].*$/, '')
    .replace(/[.`]+$/, '')
    .replace(/\/+$/, '');
  return bare
    .split('/')
    .map((segment) => {
      const m = PARAMETER.exec(segment);
      return m ? `{${camel(m[1])}}` : segment;
    })
    .join('/');
}

/** Same number of segments, and equal wherever both are literal: a concrete URL of the template. */
function fits(path, pattern) {
  const a = path.split('/');
  const b = pattern.split('/');
  return a.length === b.length && a.every((s, i) => s === b[i] || s.startsWith('{') || b[i].startsWith('{'));
}

/** Where a balanced `{...}` that starts at (line, col) ends, strings respected; a blank line ends an unbalanced one. */
function blockEnd(lines, line, col) {
  let depth = 0;
  for (let i = line; i < lines.length; i++) {
    if (i > line && lines[i].trim() === '') return i - 1;
    let inString = false;
    for (let c = i === line ? col : 0; c < lines[i].length; c++) {
      const ch = lines[i][c];
      if (inString) {
        if (ch === '\\') c++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i;
      }
    }
  }
  return lines.length - 1;
}

/** The parsed body, or the text as printed with why it is not JSON. */
function parsed(text) {
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    return { text, error: error.message };
  }
}

const REQUEST_LINE =
  /\b(?:send|submit|submitting)\s+(?:a|an|the)?\s*(GET|POST|PUT|PATCH|DELETE)\s+request\s+to:?\s+`?(https:\/\/api\.profitbricks\.com\/cloudapi\/v4\S*)/i;
const BASE_URL_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+\[base-url\](\/\S*)/;
const CURL_URL = /^\s*['"]?https:\/\/api\.profitbricks\.com\/cloudapi\/v4/;
const STATUS_LINE = /^(?:HTTP\/1\.1 (\d{3})\b|(?:Status: )?(\d{3}) \([A-Za-z ]+\)$)/;
const REQUEST_HEADING = /^(Request Body\b|Request Parameters - Body)/;
const OTHER_HEADING = /^(Response\b|Status Response|Curl Example|Example\b|HTTP\/1\.1 )/;
/** Prose that announces a response body, also under a request body heading. */
const RESPONSE_PROSE = /\b(?:response|error)s?\b.*\b(?:similar to|are returned)\b/i;
/** Prose that says at which depth the responses below were read. */
const DEPTH_PROSE = /\bwhen using a depth of (\d+)/i;
/** Where `{` opens a body: at the start of a line, or after the sketch examples' `ResponseBody:`. */
const BODY_START = /^(\s*(?:ResponseBody:\s*)?)\{/;

/**
 * Examples the prose ties to requests no request line names: request
 * statuses read after a restore, and the error the "Update Volume"
 * introduction shows for PATCH and PUT alike.
 */
const PROSE_TIES = [
  { prose: /querying (?:for )?the request status will return/, operations: ['GET /requests/{requestId}/status'] },
  {
    prose: /Trying to alter these with either the PATCH or PUT methods/,
    operations: [
      'PATCH /datacenters/{dataCenterId}/volumes/{volumeId}',
      'PUT /datacenters/{dataCenterId}/volumes/{volumeId}',
    ],
  },
];

/**
 * Where a body starts on line i: `{` opening a line (or after the sketch
 * examples' `ResponseBody:`) with a key or `}` next; or a fragment, a
 * `"key": [` or `"key": {` after a blank line, which the reference shows for
 * part of a body. Gives the column of its first bracket and the column its
 * text starts at.
 */
function bodyStart(lines, i) {
  const text = lines[i];
  const body = BODY_START.exec(text);
  if (body)
    return /^\s*["}]/.test(`${text.slice(body[0].length)}\n${lines[i + 1] ?? ''}`)
      ? { bracket: body[1].length, from: body[1].length }
      : undefined;
  const fragment = /^(\s*)"[\w-]+"\s*:\s*[[{]/.exec(text);
  return fragment && lines[i - 1]?.trim() === ''
    ? { bracket: fragment[0].length - 1, from: fragment[1].length }
    : undefined;
}

/**
 * A curl command, from `curl` to the line with the URL: the request it
 * makes, the depth it asks for, and its body, read from its option to the
 * quote that closes it on the line before the URL (the quotes do not always
 * match), or its form fields. A `curl` without a URL is prose: undefined.
 */
function readCurl(lines, first) {
  const url = lines.findIndex((l, i) => i > first && CURL_URL.test(l));
  const blank = lines.findIndex((l, i) => i > first && l.trim() === '');
  if (url === -1 || (blank !== -1 && blank < url)) return undefined;
  const command = lines.slice(first, url);
  const method = /--request\s+([A-Z]+)/.exec(command.join('\n'))?.[1] ?? 'GET';
  const path = template(
    lines[url]
      .trim()
      .replace(/^['"]/, '')
      .replace(API, '')
      .replace(/['"\s\\]+$/, ''),
  );
  const depth = /[?&]depth=(\d+)/.exec(lines[url])?.[1];
  const bodies = [];
  const data = command.findIndex((l) => /--data-binary\s+['"]/.test(l));
  if (data !== -1) {
    const quote = /--data-binary\s+(['"])/.exec(command[data])[1];
    const text = command
      .slice(data)
      .join('\n')
      .replace(/^[^]*?--data-binary\s+['"]/, '')
      .replace(/['"]\s*\\?\s*$/, '');
    bodies.push({
      line: first + data,
      mediaType: 'application/json',
      ...parsed(quote === '"' ? text.replace(/\\(["\\])/g, '$1') : text),
    });
  }
  const fields = command.map((l) => /--data-urlencode\s+"([^=]+)=([^"]*)"/.exec(l)).filter(Boolean);
  if (fields.length > 0)
    bodies.push({
      line: first,
      mediaType: 'application/x-www-form-urlencoded',
      body: Object.fromEntries(fields.map((m) => [m[1], m[2]])),
    });
  return { method, path, depth: depth === undefined ? undefined : Number(depth), bodies, end: url };
}

/**
 * Reads the reference top to bottom. Request lines ("send a GET request
 * to ...") open a section; a curl command names the request its examples
 * belong to (the section's, or another such as a status check); status
 * lines and headings say what the next body is.
 */
export function extract(reference) {
  const lines = reference.split('\n');
  const examples = [];
  let section; // the request the prose introduces: { method, path }
  let operations = []; // the requests the next examples belong to
  let status; // { code, line } of a status line shown for the next response
  let heading = ''; // 'request' under a request body heading, else 'response'
  let depth; // the depth the next responses were read at, when the reference says

  const add = (line, kind, fields) => {
    if (operations.length === 0) throw new Error(`line ${line + 1}: an example before any request`);
    const shown = kind === 'response' && depth !== undefined ? { depth } : {};
    for (const op of operations)
      examples.push({ line: line + 1, kind, operation: `${op.method} ${op.path}`, ...shown, ...fields });
  };

  /** The status an error body states; else the status line shown above the body (it is used up); else what the method answers. */
  const responseStatus = (body) => {
    const shown = status;
    status = undefined;
    if (typeof body?.httpStatus === 'number')
      return { status: body.httpStatus, statusLine: shown?.code === body.httpStatus ? shown.line : null };
    if (shown) return { status: shown.code, statusLine: shown.line };
    return { status: operations[0].method === 'GET' ? 200 : 202, statusLine: null };
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const marker = REQUEST_LINE.exec(text) ?? BASE_URL_LINE.exec(text);
    const tie = PROSE_TIES.find((t) => t.prose.test(text));
    const curl = /^curl\s/.test(text) ? readCurl(lines, i) : undefined;
    const code = STATUS_LINE.exec(text);
    if (marker) {
      section = { method: marker[1].toUpperCase(), path: template(marker[2].replace(API, '')) };
      operations = [section];
      status = depth = undefined;
    } else if (tie) {
      operations = tie.operations.map((o) => ({ method: o.split(' ')[0], path: o.split(' ')[1] }));
      status = depth = undefined;
      heading = 'response';
    } else if (curl) {
      operations = [section && section.method === curl.method && fits(curl.path, section.path) ? section : curl];
      status = undefined;
      depth = curl.depth;
      heading = 'response';
      for (const { line, ...body } of curl.bodies) add(line, 'request', { source: 'curl', ...body });
      i = curl.end;
      continue;
    } else if (code) {
      status = { code: Number(code[1] ?? code[2]), line: i + 1 };
      heading = 'response';
    } else if (DEPTH_PROSE.test(text)) {
      depth = Number(DEPTH_PROSE.exec(text)[1]);
    } else if (REQUEST_HEADING.test(text)) {
      heading = 'request';
    } else if (OTHER_HEADING.test(text) || RESPONSE_PROSE.test(text)) {
      heading = 'response';
    }
    const start = bodyStart(lines, i);
    if (!start) continue;
    const end = blockEnd(lines, i, start.bracket);
    const json = parsed(`${text.slice(start.from)}\n${lines.slice(i + 1, end + 1).join('\n')}`.trimEnd());
    if (heading === 'request') add(i, 'request', { source: 'format', mediaType: 'application/json', ...json });
    else add(i, 'response', { ...responseStatus(json.body), ...json });
    i = end;
  }
  return examples;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = process.argv[2];
  if (!seed) {
    console.error('usage: node test/specs/extract-examples.mjs PATH/TO/profitbricks-cloudapi-v4.txt');
    process.exit(2);
  }
  const examples = extract(readFileSync(seed, 'utf8'));
  const fixture = { reference: basename(seed), examples };
  writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
  const count = (kind) => examples.filter((e) => e.kind === kind).length;
  console.log(
    `${examples.length} examples (${count('response')} responses, ${count('request')} requests) written to ${OUT}`,
  );
}
