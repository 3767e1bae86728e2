import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Trims text before it is validated; a blank required field then fails its IsNotEmpty rule. */
export const Trim = () => Transform(({ value }) => trimmed(value));

/** Trims text; a blank optional field counts as not given. */
export const TrimOptional = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));

/** Trims and upper-cases codes such as DE or EUR. */
export const UpperCase = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** An optional free text of at most `maxLength` characters; blank counts as not given. */
export const OptionalText = (maxLength: number) =>
  applyDecorators(IsOptional(), TrimOptional(), IsString(), MaxLength(maxLength));
