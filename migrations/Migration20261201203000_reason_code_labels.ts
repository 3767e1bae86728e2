import { Migration } from '@mikro-orm/migrations';

/**
 * The labels the default reason codes were seeded with (the same words are now the text catalogs'
 * `reasonCode.<kind>.<key>`): what a tenant never reworded comes from the catalogs from now on.
 */
const DEFAULT_LABELS = `(values
      ('DECLINE', 'OUT_OF_TERRITORY', 'Außerhalb unseres Gebiets', 'Outside our territory'),
      ('DECLINE', 'NO_CAPACITY', 'Keine Kapazität frei', 'No capacity'),
      ('DECLINE', 'NOT_OUR_FIELD', 'Nicht unser Fachgebiet', 'Not our field'),
      ('DECLINE', 'CONFLICT_EXISTING_CUSTOMER', 'Konflikt mit bestehendem Kunden', 'Conflict with an existing customer'),
      ('DECLINE', 'TOO_LITTLE_INFORMATION', 'Zu wenige Informationen', 'Too little information'),
      ('DECLINE', 'OTHER', 'Sonstiges', 'Other'),
      ('RETURN', 'PROJECT_DOES_NOT_FIT', 'Projekt passt nicht zu uns', 'Project does not fit'),
      ('RETURN', 'NOT_A_LEAD', 'Kein echter Lead', 'Not a lead'),
      ('RETURN', 'CUSTOMER_UNREACHABLE', 'Kunde nicht erreichbar', 'Customer unreachable'),
      ('RETURN', 'NO_NEED_YET', 'Noch kein Bedarf', 'No need yet'),
      ('RETURN', 'DUPLICATE', 'Dublette', 'Duplicate'),
      ('RETURN', 'WRONG_CONTACT', 'Falscher Ansprechpartner', 'Wrong contact'),
      ('RETURN', 'SPAM', 'Spam', 'Spam'),
      ('RETURN', 'OTHER', 'Sonstiges', 'Other'),
      ('LOST', 'LOST_TO_COMPETITOR', 'An Wettbewerber verloren', 'Lost to a competitor'),
      ('LOST', 'NO_BUDGET', 'Kein Budget', 'No budget'),
      ('LOST', 'NO_DECISION', 'Keine Entscheidung', 'No decision'),
      ('LOST', 'PROJECT_CANCELLED', 'Projekt abgesagt', 'Project cancelled'),
      ('LOST', 'TIMELINE_TOO_SHORT', 'Zeitrahmen zu kurz', 'Timeline too short'),
      ('LOST', 'REQUIREMENTS_NOT_MET', 'Anforderungen nicht erfüllt', 'Requirements not met'),
      ('LOST', 'OTHER', 'Sonstiges', 'Other'),
      ('DISQUALIFY', 'NOT_TARGET_GROUP', 'Nicht unsere Zielgruppe', 'Not our target group'),
      ('DISQUALIFY', 'FAKE_OR_SPAM', 'Fake oder Spam', 'Fake or spam'),
      ('DISQUALIFY', 'DUPLICATE', 'Dublette', 'Duplicate'),
      ('DISQUALIFY', 'NO_CONSENT', 'Keine Einwilligung', 'No consent'),
      ('DISQUALIFY', 'OTHER', 'Sonstiges', 'Other')
    ) as d (kind, key, de, en)`;

/**
 * Reason-code labels per language in one `labels` map instead of a column per language: a
 * tenant's own codes keep their words, a default code keeps only what the tenant reworded. The
 * label a notification captured becomes the one of its recipient's language.
 */
export class Migration20261201203000_reason_code_labels extends Migration {

  override name = 'Migration20261201203000_reason_code_labels';

  override up(): void | Promise<void> {
    // Row-level security is forced on both tables, also for their owner: lift it while the rows of every tenant move.
    this.addSql(`alter table "reason_code" no force row level security;`);
    this.addSql(`alter table "notification" no force row level security;`);

    this.addSql(`alter table "reason_code" add column "labels" jsonb not null default '{}';`);
    this.addSql(`update "reason_code" set "labels" = jsonb_build_object('de', "label_de", 'en', "label_en");`);
    this.addSql(`update "reason_code" r set "labels" = r."labels" - 'de' from ${DEFAULT_LABELS} where r."kind"::text = d.kind and r."key" = d.key and r."label_de" = d.de;`);
    this.addSql(`update "reason_code" r set "labels" = r."labels" - 'en' from ${DEFAULT_LABELS} where r."kind"::text = d.kind and r."key" = d.key and r."label_en" = d.en;`);
    this.addSql(`alter table "reason_code" drop column "label_de", drop column "label_en";`);

    this.addSql(`update "notification" set "data" = jsonb_set("data", '{reason}', jsonb_build_object('key', "data" #> '{reason,key}', 'label', case when "locale" = 'de' then "data" #> '{reason,labelDe}' else "data" #> '{reason,labelEn}' end)) where jsonb_typeof("data" -> 'reason') = 'object';`);

    this.addSql(`alter table "reason_code" force row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "reason_code" no force row level security;`);
    this.addSql(`alter table "notification" no force row level security;`);

    this.addSql(`alter table "reason_code" add column "label_de" varchar(200) null, add column "label_en" varchar(200) null;`);
    this.addSql(`update "reason_code" r set "label_de" = coalesce(r."labels" ->> 'de', d.de), "label_en" = coalesce(r."labels" ->> 'en', d.en) from ${DEFAULT_LABELS} where r."kind"::text = d.kind and r."key" = d.key;`);
    this.addSql(`update "reason_code" set "label_de" = coalesce("label_de", "labels" ->> 'de', "labels" ->> 'en', "key"), "label_en" = coalesce("label_en", "labels" ->> 'en', "labels" ->> 'de', "key");`);
    this.addSql(`alter table "reason_code" alter column "label_de" set not null, alter column "label_en" set not null, drop column "labels";`);

    this.addSql(`update "notification" set "data" = jsonb_set("data", '{reason}', jsonb_build_object('key', "data" #> '{reason,key}', 'labelDe', "data" #> '{reason,label}', 'labelEn', "data" #> '{reason,label}')) where jsonb_typeof("data" -> 'reason') = 'object';`);

    this.addSql(`alter table "reason_code" force row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
  }

}
