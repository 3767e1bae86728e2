import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json, urlencoded } from 'express';

/** The largest body any endpoint takes: a lead or a GraphQL operation is a few kilobytes. */
export const MAX_BODY = '100kb';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** body-parser's error types, and what each means to the client. */
const REFUSALS: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The body is larger than ${MAX_BODY}.` },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The form has too many fields.' },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The body is not valid JSON.' },
  'encoding.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The body is not valid UTF-8; send it as UTF-8.' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as UTF-8.' },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This Content-Encoding is not supported; send the body uncompressed, gzip or deflate.',
  },
};
const MALFORMED = { status: 400, code: 'BAD_REQUEST', message: 'The body could not be read; send it again, complete.' };
const UNSUPPORTED_TYPE = {
  status: 415,
  code: 'UNSUPPORTED_MEDIA_TYPE',
  message: 'Send the body as application/json (the intake endpoint also takes application/x-www-form-urlencoded).',
};

type Refusal = typeof MALFORMED;

/** GraphQL clients read `errors[].extensions.code`; the plain HTTP routes answer `{ code, message }` (see ErrorFilter). */
function refuse(request: Request, response: Response, refusal: Refusal): void {
  const graphql = request.path.startsWith('/graphql');
  response
    .status(refusal.status)
    .json(
      graphql
        ? { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }
        : { code: refusal.code, message: refusal.message },
    );
}

const hasBody = (request: Request) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * Reads every request body once, before Nest's own parsers (which then see it read): JSON in
 * strict UTF-8 and plain form posts (flat fields only), at most MAX_BODY. A body the parsers
 * cannot read is a client error with a code, never Nest's 500 or Express's HTML page: too large
 * 413, malformed or not UTF-8 400, another charset, encoding or content type 415.
 */
export function requestBody(): RequestHandler {
  const parsers: RequestHandler[] = [
    json({
      limit: MAX_BODY,
      verify: (_request, _response, buffer) => {
        try {
          strictUtf8.decode(buffer);
        } catch {
          throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'encoding.invalid' });
        }
      },
    }),
    urlencoded({
      limit: MAX_BODY,
      extended: false,
      parameterLimit: 100,
      // Percent-escapes must spell UTF-8: querystring would turn broken ones into U+FFFD silently.
      verify: (_request, _response, buffer) => {
        try {
          for (const part of buffer.toString('latin1').split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, ' '));
        } catch {
          throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'encoding.invalid' });
        }
      },
    }),
  ];
  return (request: Request, response: Response, next: NextFunction) => {
    if (hasBody(request) && !request.is(['application/json', 'application/*+json', 'application/x-www-form-urlencoded'])) {
      refuse(request, response, UNSUPPORTED_TYPE);
      return;
    }
    const run = (index: number) => {
      const parser = parsers[index];
      if (!parser) {
        next();
        return;
      }
      parser(request, response, (error?: unknown) => {
        if (error) {
          const type = (error as { type?: string }).type ?? '';
          refuse(request, response, REFUSALS[type] ?? MALFORMED);
          return;
        }
        run(index + 1);
      });
    };
    run(0);
  };
}
