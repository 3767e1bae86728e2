import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { FALLBACK_LOCALE, Locale, TenantOwnedEntity, defaultReasonCodeLabel } from '@leadrelay/core';
import { ReasonCodeKind, ReasonFollowUp } from './reason-code-kind';

export { ReasonCodeKind, ReasonFollowUp };

/** A tenant's own words for a reason, by language ("de" -> "Preis zu hoch"). */
export type ReasonCodeLabels = Partial<Record<Locale, string>>;

/**
 * A structured reason from the tenant's catalogue. Codes are retired, never deleted: old events
 * keep pointing at them, and reporting counts by them.
 */
@Entity()
@Unique({ properties: ['tenantId', 'kind', 'key'] })
export class ReasonCode extends TenantOwnedEntity {
  /** Stable key, e.g. OUT_OF_TERRITORY; what reports and integrations use. */
  @Property({ length: 64 })
  key!: string;

  @Enum({ items: () => ReasonCodeKind, nativeEnumName: 'reason_code_kind' })
  kind!: ReasonCodeKind;

  /**
   * The tenant's own labels: every language of a code it made up, and those it reworded of a
   * default code. A default code's other languages come from the text catalogs by its key.
   */
  @Property({ type: 'jsonb', defaultRaw: `'{}'` })
  labels: ReasonCodeLabels & Opt = {};

  @Property()
  commentRequired: boolean & Opt = false;

  @Enum({ items: () => ReasonFollowUp, nativeEnumName: 'reason_follow_up' })
  followUp!: ReasonFollowUp;

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt?: Date | null;

  /**
   * The label a reader of `locale` sees: the tenant's own, else the catalog's for a default code,
   * else (a language added after the code was made) the tenant's label in another language.
   */
  labelIn(locale: Locale): string {
    return reasonCodeLabelIn(this, locale);
  }
}

/** `ReasonCode.labelIn` for a code read without its entity (a lean read's row). */
export function reasonCodeLabelIn(code: Pick<ReasonCode, 'labels' | 'kind' | 'key'>, locale: Locale): string {
  return (
    code.labels[locale] ??
    defaultReasonCodeLabel(locale, code.kind, code.key) ??
    code.labels[FALLBACK_LOCALE] ??
    Object.values(code.labels).find(Boolean) ??
    code.key
  );
}
