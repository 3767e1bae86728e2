import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { type Actor, Clock, NotFoundError, TenantContext, UnauthenticatedError, assertCan } from '@leadrelay/core';
import { IntakeKey } from './intake-key.entity';
import { type CreateIntakeKeyInput, type CreatedIntakeKeyModel, IntakeKeyModel } from './intake-key.model';

const KEY_PATTERN = /^lrk_([0-9a-f]{32})_([A-Za-z0-9_-]{32})$/;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Which tenant a presented key claims; the claim is only believed once the hash is found there. */
export function tenantOfIntakeKey(secret: string): string {
  const match = KEY_PATTERN.exec(secret);
  if (!match) {
    throw new UnauthenticatedError('This intake key is not valid. Use the key shown when it was created (lrk_...).');
  }
  const hex = match[1]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keys for web forms and other systems that post leads. A key names its tenant in clear (so the
 * lookup can run inside that tenant's row-level security) followed by 192 random bits; only the
 * SHA-256 of the whole key is stored.
 */
@Injectable()
export class IntakeKeyService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor): Promise<IntakeKeyModel[]> {
    return this.tenants.run(actor, async (em) => {
      assertCan(actor.ability, 'read', 'IntakeKey');
      const keys = await em.find(IntakeKey, { tenantId: actor.tenantId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      return keys.map(IntakeKeyModel.from);
    });
  }

  create(actor: Actor, input: CreateIntakeKeyInput): Promise<CreatedIntakeKeyModel> {
    return this.tenants.run(actor, async (em) => {
      const secret = `lrk_${actor.tenantId.replaceAll('-', '')}_${randomBytes(24).toString('base64url')}`;
      const key = em.create(IntakeKey, {
        tenantId: actor.tenantId,
        name: input.name,
        source: input.source,
        sourceDetail: input.sourceDetail ?? null,
        secretHash: hashOf(secret),
        prefix: secret.slice(-40, -32),
        createdByUserId: actor.userId,
      });
      assertCan(actor.ability, 'create', key);
      await em.flush();
      return { intakeKey: IntakeKeyModel.from(key), secret };
    });
  }

  revoke(actor: Actor, id: string): Promise<IntakeKeyModel> {
    return this.tenants.run(actor, async (em) => {
      const key = await em.findOne(IntakeKey, { tenantId: actor.tenantId, id });
      if (!key) throw new NotFoundError('Intake key', id);
      assertCan(actor.ability, 'update', key);
      key.revokedAt ??= this.clock.now();
      await em.flush();
      return IntakeKeyModel.from(key);
    });
  }
}

export { hashOf as intakeKeyHash };
