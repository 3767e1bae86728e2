import { Migration } from '@mikro-orm/migrations';

export class Migration20261125030510_account_tokens extends Migration {

  override name = 'Migration20261125030510_account_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create type "account_token_purpose" as enum ('INVITATION', 'PASSWORD_RESET');`);
    this.addSql(`create table "account_token" ("id" uuid not null, "user_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "account_token_user_id_index" on "account_token" ("user_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter type "notification_kind" add value if not exists 'INVITATION' after 'WEBHOOK_DISABLED';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'MEMBERSHIP_ADDED' after 'INVITATION';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'PASSWORD_RESET' after 'MEMBERSHIP_ADDED';`);

    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);

    // A user's table like "user_account", not tenant-owned: no row-level security (see AccountToken).
    // The initial migration's default privileges cover tables created by the same owner; say it
    // explicitly, in case another role runs this one.
    this.addSql(`grant select, insert, update, delete on "account_token" to leadrelay_app;`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop a value from an enum: 'INVITATION', 'MEMBERSHIP_ADDED' and 'PASSWORD_RESET' stay in "notification_kind".
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`drop type "account_token_purpose";`);
  }

}
