import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalNote, OptionalText, WebAddress } from '@leadrelay/core';
import { EmployeeBand, RequestType } from '../lead.entity';

const text = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : value;
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value);
/** HTML checkboxes send "on"; JSON sends true. */
const checkbox = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || ['on', 'true', '1', 'yes', 'ja'].includes(String(value).toLowerCase());

/**
 * A lead as a web form or another system posts it to `POST /intake/leads`: flat field names, so
 * that a plain HTML form (application/x-www-form-urlencoded) can send it as well as JSON.
 */
export class IntakeLeadBody {
  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'companyName must not be empty' })
  @MaxLength(200)
  companyName!: string;

  @OptionalText(100)
  industry?: string;

  @IsOptional()
  @Transform(upper)
  @IsEnum(EmployeeBand, { message: `employeeBand must be one of ${Object.values(EmployeeBand).join(', ')}` })
  employeeBand?: EmployeeBand;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'annualRevenue must be a whole amount' })
  @Min(0)
  @Max(1e15)
  annualRevenue?: number;

  @WebAddress(300)
  website?: string;

  @Transform(upper)
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as DE' })
  country!: string;

  @IsOptional()
  @Transform(text)
  @Matches(/^[0-9A-Za-z -]{2,16}$/, { message: 'postalCode must be 2 to 16 letters, digits, spaces or dashes' })
  postalCode?: string;

  @OptionalText(100)
  city?: string;

  @OptionalText(200)
  street?: string;

  @OptionalText(100)
  firstName?: string;

  @Transform(text)
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100)
  lastName!: string;

  @IsOptional()
  @Transform(text)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Transform(text)
  @Matches(/^\+?[0-9 ()/.-]{5,50}$/, { message: 'phone must be a phone number, e.g. +49 40 123456' })
  phone?: string;

  @OptionalText(100)
  position?: string;

  @IsOptional()
  @Transform(checkbox)
  @IsBoolean()
  decisionMaker?: boolean;

  @OptionalText(100)
  productLine?: string;

  @OptionalNote(5000)
  message?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'budget must be a whole amount' })
  @Min(0)
  @Max(1e15)
  budget?: number;

  @OptionalText(100)
  timeframe?: string;

  @IsOptional()
  @Transform(upper)
  @IsEnum(RequestType, { message: `requestType must be one of ${Object.values(RequestType).join(', ')}` })
  requestType?: RequestType;

  @IsOptional()
  @Transform(checkbox)
  @IsBoolean({ message: 'consent must be true or false (a checkbox sends "on")' })
  consent?: boolean;

  @OptionalNote(2000)
  consentWording?: string;

  @OptionalText(200)
  externalReference?: string;

  /** Web forms that cannot set headers may send the key as a field. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  intakeKey?: string;
}
