import { Body, Controller, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Policy, UnauthenticatedError } from '@leadrelay/core';
import { IntakeLeadBody } from './intake-lead.body';
import { IntakeService } from './intake.service';

/**
 * `POST /intake/leads`: web forms and other systems post leads with an intake key (header
 * `X-Intake-Key` or `Authorization: Bearer`, or for plain HTML forms a field `intakeKey`), as JSON
 * or as a form post. 201 with the lead id; 200 with the same id for a repeated post; 400 with the
 * field errors; 401 for a bad key; 429 when the key posts too often.
 */
@Controller('intake')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Post('leads')
  @HttpCode(201)
  @Policy.public()
  async postLead(
    @Body() body: IntakeLeadBody,
    @Headers('x-intake-key') headerKey: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Query('intakeKey') queryKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ id: string; created: boolean }> {
    const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const secret = headerKey ?? bearer ?? body.intakeKey ?? queryKey;
    if (!secret) {
      throw new UnauthenticatedError('Send the intake key in the X-Intake-Key header (or a form field named intakeKey).');
    }
    const result = await this.intake.take(secret.trim(), body, idempotencyKey?.trim().slice(0, 200) || undefined);
    if (!result.created) response.status(200);
    return { id: result.leadId, created: result.created };
  }
}
