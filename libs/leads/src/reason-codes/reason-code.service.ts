import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Actor,
  type GraphQLContext,
  BadUserInputError,
  ConflictError,
  Locale,
  NotFoundError,
  TenantContext,
  assertCan,
  Clock,
} from '@leadrelay/core';
import { viewerLocale } from '@leadrelay/identity';
import { DEFAULT_REASON_CODES } from './default-reason-codes';
import { ReasonCode, type ReasonCodeKind, type ReasonCodeLabels } from './reason-code.entity';
import {
  type CreateReasonCodeInput,
  type ReasonCodeLabelInput,
  ReasonCodeModel,
  type UpdateReasonCodeInput,
} from './reason-code.model';

/** A language as the API names it: DE, EN. */
const localeName = (locale: Locale) => Object.entries(Locale).find(([, value]) => value === locale)![0];

/** The labels given, one per language; with `everyLanguage`, one for each language LeadRelay speaks. */
function labelsOf(given: readonly ReasonCodeLabelInput[], { everyLanguage }: { everyLanguage: boolean }): ReasonCodeLabels {
  const labels: ReasonCodeLabels = {};
  for (const { locale, text } of given) {
    if (labels[locale] !== undefined) {
      throw BadUserInputError.of('labels', `${localeName(locale)} is given twice. Give one label per language.`);
    }
    labels[locale] = text;
  }
  const missing = Object.values(Locale).filter((locale) => labels[locale] === undefined);
  if (everyLanguage && missing.length) {
    throw BadUserInputError.of(
      'labels',
      `A new reason needs a label in every language. Add one for ${missing.map(localeName).join(', ')}.`,
    );
  }
  return labels;
}

/** The tenant's catalogue of reasons: seeded with the defaults, extended and retired by the vendor admin. */
@Injectable()
export class ReasonCodeService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
  ) {}

  /** The language the viewer reads labels in (once per request). */
  viewerLocale(actor: Actor, context: GraphQLContext): Promise<Locale> {
    return viewerLocale(this.tenants, actor, context);
  }

  list(actor: Actor, kind: ReasonCodeKind | undefined, includeRetired: boolean): Promise<ReasonCodeModel[]> {
    return this.tenants.run(actor, async (em) => {
      const codes = await em.find(
        ReasonCode,
        { tenantId: actor.tenantId, ...(kind ? { kind } : {}), ...(includeRetired ? {} : { retiredAt: null }) },
        { orderBy: { kind: 'asc', createdAt: 'asc', key: 'asc' } },
      );
      return codes.map(ReasonCodeModel.from);
    });
  }

  create(actor: Actor, input: CreateReasonCodeInput): Promise<ReasonCodeModel> {
    return this.tenants.run(actor, async (em) => {
      const { labels, ...rest } = input;
      const code = em.create(ReasonCode, {
        ...rest,
        labels: labelsOf(labels, { everyLanguage: true }),
        tenantId: actor.tenantId,
      });
      assertCan(actor.ability, 'create', code);
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) {
          throw new ConflictError(`A ${input.kind} reason with the key ${input.key} exists already. Choose another key.`, {
            field: 'key',
          });
        }
        throw error;
      }
      return ReasonCodeModel.from(code);
    });
  }

  update(actor: Actor, input: UpdateReasonCodeInput): Promise<ReasonCodeModel> {
    return this.tenants.run(actor, async (em) => {
      const code = await this.find(em, actor, input.id);
      assertCan(actor.ability, 'update', code);
      const { id: _id, labels, ...changes } = input;
      em.assign(code, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      if (labels) {
        // The languages given change; a default code's other languages keep reading from the catalogs.
        code.labels = { ...code.labels, ...labelsOf(labels, { everyLanguage: false }) };
      }
      await em.flush();
      return ReasonCodeModel.from(code);
    });
  }

  /** Retired codes can no longer be chosen; events that name them keep them. */
  retire(actor: Actor, id: string): Promise<ReasonCodeModel> {
    return this.tenants.run(actor, async (em) => {
      const code = await this.find(em, actor, id);
      assertCan(actor.ability, 'update', code);
      code.retiredAt ??= this.clock.now();
      await em.flush();
      return ReasonCodeModel.from(code);
    });
  }

  private async find(em: EntityManager, actor: Actor, id: string): Promise<ReasonCode> {
    const code = await em.findOne(ReasonCode, { tenantId: actor.tenantId, id });
    if (!code) throw new NotFoundError('Reason code', id);
    return code;
  }
}

/**
 * The reason a person chose, checked: it must exist in the tenant's catalogue, be of the right
 * kind, not be retired, and come with a comment when the code requires one.
 */
export async function chosenReason(
  em: EntityManager,
  tenantId: string,
  kind: ReasonCodeKind,
  key: string,
  comment: string | null | undefined,
): Promise<ReasonCode> {
  const code = await em.findOne(ReasonCode, { tenantId, kind, key });
  if (!code || code.retiredAt) {
    const choices = await em.find(ReasonCode, { tenantId, kind, retiredAt: null }, { fields: ['key'], orderBy: { key: 'asc' } });
    throw new BadUserInputError([
      {
        field: 'reasonCode',
        message: `${key} is not ${code ? 'an active' : 'a'} ${kind} reason. Choose one of: ${choices.map((c) => c.key).join(', ')}.`,
      },
    ]);
  }
  if (code.commentRequired && !comment?.trim()) {
    throw BadUserInputError.of('comment', `The reason ${key} needs a comment. Say in a few words what happened.`);
  }
  return code;
}

/** Gives a new tenant the default catalogue (run as the owner, or in the tenant's context). */
export function seedDefaultReasonCodes(em: EntityManager, tenantId: string): void {
  for (const code of DEFAULT_REASON_CODES) {
    em.create(ReasonCode, { ...code, tenantId });
  }
}
