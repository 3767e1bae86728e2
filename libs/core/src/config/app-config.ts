import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === true || value === 'true' || value === '1';
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Everything LeadRelay reads from the environment, checked once at start. The README's
 * configuration table lists the same variables.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The application's connection: a role that owns no table (see the README). */
  @IsString()
  DATABASE_URL!: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters; generate one with `openssl rand -base64 48`.' })
  JWT_SECRET!: string;

  /** Lifetime of an access token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

  /** How long a login lasts without being used, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

  @Transform(toBoolean)
  @IsBoolean()
  LOG_SQL = false;

  /** Where mail goes, e.g. smtp://user:pass@mail.example:587; without it mail is written to MAIL_DIR. */
  @IsOptional()
  @IsString()
  SMTP_URL?: string;

  /** Without SMTP_URL: a folder where each mail is written as an .eml file (the local mail catcher). */
  @IsOptional()
  @IsString()
  MAIL_DIR?: string;

  /** The default sender; a tenant may set its own. */
  @IsString()
  MAIL_FROM = 'LeadRelay <noreply@leadrelay.invalid>';

  /** How often the worker looks for jobs whose worker died (to retry them), in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  JOB_SUPERVISE_SECONDS = 60;

  /** On SIGTERM: how long the API lets the requests in flight finish before it cuts their connections, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_SECONDS = 10;

  /** The portal's address, for the links in mails; `http://localhost:PORT` when not set. */
  @IsString()
  PORTAL_URL!: string;

  /**
   * Whom to believe about the client's address (X-Forwarded-For), in Express's terms: `false`
   * (the default: the connection's own address), the number of proxies in front of LeadRelay
   * (`1` behind one load balancer), or their addresses and subnets (`10.0.0.0/8, loopback`).
   * Never `true` unless every request must pass the proxy: any client could then name any address.
   */
  @IsString()
  @Matches(/^(false|true|\d{1,2}|[0-9a-zA-Z.:/, ]{1,500})$/, {
    message: 'TRUST_PROXY must be false, a number of proxies such as 1, or a list of their addresses or subnets',
  })
  TRUST_PROXY = 'false';

  /**
   * Let webhook endpoints point at private, loopback and link-local addresses (10.0.0.0/8,
   * 127.0.0.1, 169.254.169.254, fc00::/7, ...). Off in production: such a URL would let a tenant
   * reach the machines beside LeadRelay. `npm start` and the tests turn it on for local receivers.
   */
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** Serve the offline GraphQL IDE at /ide; on by default outside production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  GRAPHQL_IDE?: boolean;

  /** TRUST_PROXY as Express's `trust proxy` setting. */
  get trustProxy(): boolean | number | string {
    const value = this.TRUST_PROXY.trim();
    if (value === 'false') return false;
    if (value === 'true') return true;
    return /^\d+$/.test(value) ? Number(value) : value;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get graphqlIde(): boolean {
    return this.GRAPHQL_IDE ?? !this.isProduction;
  }

  /** Reads and checks the environment; throws one error naming every variable that is wrong. */
  static from(env: Record<string, string | undefined>): AppConfig {
    const config = plainToInstance(AppConfig, Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)), {
      excludeExtraneousValues: false,
      exposeDefaultValues: true,
    });
    // The portal is served by this server unless it lives elsewhere: its links follow PORT.
    config.PORTAL_URL ??= `http://localhost:${config.PORT}`;
    const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
    if (errors.length > 0) {
      const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
      throw new Error(`LeadRelay's configuration is incomplete:\n${lines.join('\n')}`);
    }
    return config;
  }
}
