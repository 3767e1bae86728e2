// The partner inbox's SQL for the bare-`pg` baseline of bench:api: the 25 newest pending offers of
// the partner of the transaction with their teasers, and their count. Written out by hand the way
// the API's lean read model (libs/distribution/src/offers/offer-reads.ts) sends it.

export const INBOX_PAGE_SQL = `select o.id, o.status, o.offered_at, o.expires_at, p.name as partner_name,
    l.company_employee_band, l.company_industry, l.company_country, l.company_postal_code, l.company_city,
    l.interest_product_line, l.interest_request_type, l.interest_timeframe, l.interest_budget, l.score, l.grade,
    l.scoring_cell, l.source
  from offer o join lead l on l.id = o.lead_id join partner p on p.id = o.partner_id
 where o.tenant_id = $1 and o.partner_id = $2 and o.status = 'PENDING'
 order by o.offered_at desc, o.id desc limit $3`;

export const INBOX_COUNT_SQL = `select count(*)::int as count from offer o
 where o.tenant_id = $1 and o.partner_id = $2 and o.status = 'PENDING'`;

/** The teaser of an inbox row (the rule of libs/leads/src/lead-teaser.ts). */
export function inboxTeaserOf(row: Record<string, unknown>): Record<string, unknown> {
  const postalCode = row.company_postal_code as string | null;
  return {
    companySize: row.company_employee_band,
    industry: row.company_industry,
    country: row.company_country,
    postalArea: postalCode ? postalCode.replace(/\s/g, '').slice(0, 2) : null,
    city: row.company_city,
    productLine: row.interest_product_line,
    requestType: row.interest_request_type,
    timeframe: row.interest_timeframe,
    budget: row.interest_budget == null ? null : Number(row.interest_budget),
    score: row.score,
    grade: row.grade,
    cell: row.scoring_cell,
    source: row.source,
  };
}
