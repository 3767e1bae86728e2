import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateBy, buildMessage, isURL } from 'class-validator';

/**
 * Whitespace a person would not notice: tabs and line breaks in a one-line field (pasted from a
 * spreadsheet or a mail) become one space, runs of spaces one space, and the ends are trimmed.
 * Characters no person types (NUL, control, bidi override) are refused by the input bounds.
 */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Trims text before it is validated; a blank required field then fails its IsNotEmpty rule. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? oneLine(value) : value));

/** Trims text; a blank optional field counts as not given. */
export const TrimOptional = () => Transform(({ value }) => (typeof value === 'string' ? oneLine(value) || undefined : value));

/** Trims and upper-cases codes such as DE or EUR. */
export const UpperCase = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** A required one-line text (a name, a label) of at most `maxLength` characters. */
export const RequiredText = (maxLength: number) =>
  applyDecorators(TrimOptional(), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(maxLength));

/** An optional one-line text of at most `maxLength` characters; blank counts as not given. */
export const OptionalText = (maxLength: number) =>
  applyDecorators(IsOptional(), TrimOptional(), IsString(), MaxLength(maxLength));

/** An optional text that may run over several lines (a note, a comment, a message); only its ends are trimmed. */
export const OptionalNote = (maxLength: number) =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() || undefined : value)),
    IsString(),
    MaxLength(maxLength),
  );

const WEB_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A web address: a domain (`nordlicht.example`) or an http(s) URL. Every other scheme
 * (`javascript:`, `data:`, `file:`) is refused, so a stored website is safe to show as a link.
 */
export const WebAddress = (maxLength = 300) =>
  applyDecorators(
    OptionalText(maxLength),
    ValidateBy({
      name: 'webAddress',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          (!WEB_SCHEME.test(value) || /^https?:\/\//i.test(value)) &&
          isURL(value, { protocols: ['http', 'https'], require_tld: true, allow_underscores: true }),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a domain or an http(s) address, e.g. nordlicht.example`,
        ),
      },
    }),
  );

const DAY_MS = 24 * 60 * 60 * 1000;

/** A window for a date field, relative to the moment of the request. */
interface DateWindow {
  name: string;
  earliest: () => number;
  latest: () => number;
  message: string;
}

const EPOCH_1970 = Date.UTC(1970, 0, 1);

const DateWithin = (window: DateWindow) =>
  applyDecorators(
    IsDate({ message: '$property must be a date and time, e.g. 2026-03-02T09:00:00Z' }),
    ValidateBy({
      name: window.name,
      validator: {
        validate: (value: unknown) =>
          value instanceof Date && value.getTime() >= window.earliest() && value.getTime() <= window.latest(),
        defaultMessage: buildMessage(() => `$property ${window.message}`),
      },
    }),
  );

/** The most a deadline may lie ahead: a year (and a day, for leap years and time zones). */
export const DEADLINE_HORIZON_DAYS = 366;

/** A deadline: at most a year ahead (whether it must lie in the future is the service's rule, on its clock). */
export const Deadline = () =>
  DateWithin({
    name: 'deadline',
    earliest: () => EPOCH_1970,
    latest: () => Date.now() + DEADLINE_HORIZON_DAYS * DAY_MS,
    message: 'must be at most a year ahead',
  });

/** Something that happened: not before 1970 and not in the future (a few minutes of clock skew allowed). */
export const PastInstant = () =>
  DateWithin({
    name: 'pastInstant',
    earliest: () => EPOCH_1970,
    latest: () => Date.now() + 5 * 60 * 1000,
    message: 'must not be in the future nor before 1970',
  });

/** Something planned: not before 1970 and at most five years ahead. */
export const PlannedInstant = () =>
  DateWithin({
    name: 'plannedInstant',
    earliest: () => EPOCH_1970,
    latest: () => Date.now() + 5 * 365 * DAY_MS,
    message: 'must be at most five years ahead and not before 1970',
  });

/** A bound of a search (created from, to): between 1970 and 2100. */
export const SearchInstant = () =>
  DateWithin({
    name: 'searchInstant',
    earliest: () => EPOCH_1970,
    latest: () => Date.UTC(2100, 0, 1),
    message: 'must be between 1970 and 2100',
  });
