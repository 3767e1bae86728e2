import { CATALOGS, type EnumName, Locale, Role, defaultReasonCodeLabel, enumLabel } from '@leadrelay/core';
import { DistributionMode, OfferStatus } from '@leadrelay/distribution';
import {
  DEFAULT_REASON_CODES,
  EmployeeBand,
  EngagementKind,
  LeadEventType,
  LeadSource,
  LeadStage,
  ProgressStage,
  ReasonCodeKind,
  ReasonFollowUp,
  RequestType,
} from '@leadrelay/leads';
import {
  NotificationCategory,
  NotificationKind,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpointStatus,
} from '@leadrelay/notifications';
import { PartnerStatus, PartnerTier } from '@leadrelay/partners';

/** Each enum the catalogs label, as the code declares it; a new catalog section without its enum fails the type-check. */
const ENUMS: Record<EnumName, Record<string, string>> = {
  Locale,
  Role,
  LeadStage,
  LeadSource,
  EmployeeBand,
  RequestType,
  ProgressStage,
  ReasonCodeKind,
  ReasonFollowUp,
  OfferStatus,
  DistributionMode,
  PartnerTier,
  PartnerStatus,
  NotificationCategory,
  NotificationKind,
  WebhookEndpointStatus,
  WebhookDisabledReason,
  WebhookDeliveryStatus,
  EngagementKind,
};

/** The catalogs name an enum's values as the GraphQL schema does: by the enum's keys (DE, not de). */
describe.each(Object.values(Locale))('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];

  it.each(Object.keys(ENUMS) as EnumName[])('labels every value of %s, and only those', (name) => {
    expect(Object.keys(catalog.enum[name]).sort()).toEqual(Object.keys(ENUMS[name]).sort());
  });

  it('names every kind of history line', () => {
    const missing = Object.values(LeadEventType).filter((type) => {
      const [group, step] = type.split('.') as [keyof typeof catalog.event, string];
      return !(catalog.event[group] as Record<string, string> | undefined)?.[step];
    });
    expect(missing).toEqual([]);
  });

  it('labels exactly the default reason codes', () => {
    const labelled = Object.entries(catalog.reasonCode).flatMap(([kind, codes]) =>
      Object.keys(codes).map((key) => `${kind}.${key}`),
    );
    expect(labelled.sort()).toEqual(DEFAULT_REASON_CODES.map((code) => `${code.kind}.${code.key}`).sort());
    for (const code of DEFAULT_REASON_CODES) {
      expect(defaultReasonCodeLabel(locale, code.kind, code.key)).toEqual(expect.any(String));
    }
    expect(defaultReasonCodeLabel(locale, 'DECLINE', 'PRICE_TOO_HIGH')).toBeNull();
  });
});

describe('enumLabel', () => {
  it('reads the label in the language asked for, and an unknown value as itself', () => {
    expect(enumLabel(Locale.DE, 'RequestType', RequestType.QUOTE_REQUEST)).toBe('Angebotsanfrage');
    expect(enumLabel(Locale.EN, 'EmployeeBand', EmployeeBand.MICRO)).toBe('1–9 employees');
    expect(enumLabel(Locale.EN, 'RequestType', 'CALLBACK' as RequestType)).toBe('CALLBACK');
  });
});
