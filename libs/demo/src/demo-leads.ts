import { DEMO_IDS, DEMO_PASSWORD } from './demo-data';

type GraphQL = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

/** A tiny GraphQL client for the demo: the demo leads are made through the real API. */
export function graphqlClient(url: string): GraphQL {
  return async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`demo leads: ${body.errors?.[0]?.message ?? response.statusText}`);
    return body.data;
  };
}

interface DemoLead {
  company: string;
  industry: string;
  employeeBand: string;
  postalCode: string;
  city: string;
  street: string;
  website: string;
  contact: [string, string];
  productLine: string;
  requestType: string;
  source: string;
  sourceDetail?: string;
}

const lead = (l: DemoLead) => ({
  source: l.source,
  sourceDetail: l.sourceDetail,
  company: {
    name: l.company,
    industry: l.industry,
    employeeBand: l.employeeBand,
    country: 'DE',
    postalCode: l.postalCode,
    city: l.city,
    street: l.street,
    website: l.website,
  },
  contact: {
    firstName: l.contact[0],
    lastName: l.contact[1],
    email: `${l.contact[0]}.${l.contact[1]}@${l.website}`.toLowerCase(),
    phone: '+49 40 5550100',
    decisionMaker: true,
  },
  interest: { productLine: l.productLine, requestType: l.requestType, timeframe: 'nächste 3 Monate' },
  consent: { given: true, wording: 'Ich bin einverstanden, dass ein Fachpartner von Nordlicht mich kontaktiert.' },
});

const LEADS: DemoLead[] = [
  {
    company: 'Elbblick Wohnbau GmbH',
    industry: 'Wohnungswirtschaft',
    employeeBand: 'SMALL',
    postalCode: '20457',
    city: 'Hamburg',
    street: 'Kehrwieder 4',
    website: 'elbblick-wohnbau.example',
    contact: ['Katrin', 'Lorenzen'],
    productLine: 'Wärmepumpen',
    requestType: 'QUOTE_REQUEST',
    source: 'WEB_FORM',
    sourceDetail: 'Website Wärmepumpen-Rechner',
  },
  {
    company: 'Bäckerei Sonnenschein',
    industry: 'Lebensmittelhandwerk',
    employeeBand: 'MICRO',
    postalCode: '80331',
    city: 'München',
    street: 'Sendlinger Str. 12',
    website: 'baeckerei-sonnenschein.example',
    contact: ['Georg', 'Obermaier'],
    productLine: 'Wärmepumpen',
    requestType: 'INQUIRY',
    source: 'TRADE_FAIR',
    sourceDetail: 'IFH/Intherm 2026',
  },
  {
    company: 'Kita Regenbogen e.V.',
    industry: 'Bildung',
    employeeBand: 'SMALL',
    postalCode: '22765',
    city: 'Hamburg',
    street: 'Große Bergstraße 2',
    website: 'kita-regenbogen.example',
    contact: ['Svenja', 'Paulsen'],
    productLine: 'Photovoltaik',
    requestType: 'DEMO',
    source: 'CAMPAIGN',
    sourceDetail: 'Förderprogramm Herbst',
  },
  {
    company: 'Autohaus Isartal',
    industry: 'Handel',
    employeeBand: 'MEDIUM',
    postalCode: '82049',
    city: 'Pullach',
    street: 'Wolfratshauser Str. 80',
    website: 'autohaus-isartal.example',
    contact: ['Thomas', 'Gruber'],
    productLine: 'Wärmepumpen',
    requestType: 'QUOTE_REQUEST',
    source: 'REFERRAL',
  },
  {
    company: 'Rheinufer Apotheke',
    industry: 'Gesundheit',
    employeeBand: 'MICRO',
    postalCode: '50667',
    city: 'Köln',
    street: 'Rheingasse 3',
    website: 'rheinufer-apotheke.example',
    contact: ['Leonie', 'Schmitz'],
    productLine: 'Photovoltaik',
    requestType: 'INQUIRY',
    source: 'WEB_FORM',
  },
  {
    company: 'Hotel Alsterperle',
    industry: 'Hotellerie',
    employeeBand: 'MEDIUM',
    postalCode: '20354',
    city: 'Hamburg',
    street: 'Neuer Jungfernstieg 9',
    website: 'hotel-alsterperle.example',
    contact: ['Birte', 'Hansen'],
    productLine: 'Wärmepumpen',
    requestType: 'QUOTE_REQUEST',
    source: 'PURCHASED_LIST',
    sourceDetail: 'Hotelverzeichnis Nord',
  },
];

/** Acme routes by itself: its demo leads are qualified by its scoring model and offered by these rules at intake. */
export const ACME_ROUTING_RULES = [
  {
    key: 'grade-d-for-a-person',
    conditions: [{ field: 'GRADE', operator: 'IN', values: ['D'] }],
    action: 'HOLD',
    required: true,
  },
  { key: 'nearest-partner', conditions: [], action: 'EXCLUSIVE', required: true },
];

/** Trade-fair demos in Lakeside's area: fit 80 (grade A), engagement 50, above Acme's thresholds. */
const ACME_LEADS = [
  ['Windy City Packaging LLC', '60607', 'Chicago', 'windy-city-packaging.example', ['Maria', 'Lopez']],
  ['Lakefront Foods Inc.', '60611', 'Chicago', 'lakefront-foods.example', ['Tom', 'Becker']],
].map(([name, postalCode, city, website, [firstName, lastName]]) => ({
  source: 'TRADE_FAIR',
  sourceDetail: 'Automate Show Detroit',
  company: {
    name,
    industry: 'Manufacturing',
    employeeBand: 'MEDIUM',
    annualRevenue: 12_000_000,
    country: 'US',
    postalCode,
    city,
    website,
  },
  contact: {
    firstName,
    lastName,
    email: `${firstName}.${lastName}@${website}`.toLowerCase(),
    phone: '+1 312 555 0100',
    position: 'Plant Manager',
    decisionMaker: true,
  },
  interest: { productLine: 'Industrial robots', requestType: 'DEMO', timeframe: 'next quarter' },
  consent: { given: true, wording: 'I agree that an Acme partner may contact me.' },
}));

/**
 * Acme in AUTOMATIC mode: its admin saves the routing rules, then two leads are taken in, which
 * the scoring model qualifies and the router offers to Lakeside by themselves (Lakeside's inbox
 * shows them). Nordlicht stays MANUAL: its channel manager distributes by hand.
 */
export async function loadDemoRouting(graphql: GraphQL): Promise<void> {
  const login = async (email: string) =>
    (
      await graphql<{ login: { accessToken: string } }>(
        `
          mutation ($i: LoginInput!) {
            login(input: $i) {
              accessToken
            }
          }
        `,
        { i: { email, password: DEMO_PASSWORD } },
      )
    ).login.accessToken;
  const admin = await login('admin@acme.example');
  await graphql(
    `
      mutation ($i: UpdateRoutingPolicyInput!) {
        updateRoutingPolicy(input: $i) {
          mode
        }
      }
    `,
    { i: { mode: 'AUTOMATIC', rules: ACME_ROUTING_RULES } },
    admin,
  );
  const channel = await login('channel@acme.example');
  for (const input of ACME_LEADS) {
    const { createLead } = await graphql<{ createLead: { stage: string } }>(
      `
        mutation ($i: CreateLeadInput!) {
          createLead(input: $i) {
            stage
          }
        }
      `,
      { i: input },
      channel,
    );
    if (createLead.stage !== 'OFFERED')
      throw new Error(`demo leads: an Acme lead was not routed by itself (${createLead.stage})`);
  }
}

/**
 * A handful of leads in several stages, made through the running API by the demo users, so that
 * a new user sees a living portal: new, qualified, offered to two partners, in progress, won and
 * returned at Nordlicht (MANUAL), and two leads Acme's rules routed by themselves (AUTOMATIC).
 */
export async function loadDemoLeads(graphql: GraphQL): Promise<void> {
  const login = async (email: string) =>
    (
      await graphql<{ login: { accessToken: string } }>(
        `
          mutation ($i: LoginInput!) {
            login(input: $i) {
              accessToken
            }
          }
        `,
        { i: { email, password: DEMO_PASSWORD } },
      )
    ).login.accessToken;
  const channel = await login('channel@nordlicht.example');
  const hansa = await login('sales@hansa.example');
  const isar = await login('sales@isar.example');
  const rhein = await login('admin@rhein.example');

  const ids: string[] = [];
  /** Each lead's stage and grade right after intake, as Nordlicht's scoring model left it. */
  const scored = new Map<string, { stage: string; score: number; grade: string }>();
  for (const data of LEADS) {
    const created = await graphql<{ createLead: { id: string; stage: string; score: number; grade: string } }>(
      `
        mutation ($i: CreateLeadInput!) {
          createLead(input: $i) {
            id
            stage
            score
            grade
          }
        }
      `,
      { i: lead(data) },
      channel,
    );
    ids.push(created.createLead.id);
    scored.set(created.createLead.id, created.createLead);
  }
  const [fresh, qualifiedOnly, shared, inProgress, won, returned] = ids as [string, string, string, string, string, string];
  void fresh;
  // A lead the scoring model qualified by itself needs nobody; the channel manager qualifies the
  // others, confirming the computed score and grade.
  const qualify = async (leadId: string) => {
    const { stage, score, grade } = scored.get(leadId)!;
    if (stage === 'QUALIFIED') return;
    await graphql(
      `
        mutation ($i: QualifyLeadInput!) {
          qualifyLead(input: $i) {
            id
          }
        }
      `,
      { i: { leadId, score, grade } },
      channel,
    );
  };
  const distribute = (leadId: string, partnerIds: string[], mode: string) =>
    graphql(
      `
        mutation ($i: DistributeLeadInput!) {
          distributeLead(input: $i) {
            id
          }
        }
      `,
      { i: { leadId, partnerIds, mode } },
      channel,
    );
  const accept = async (leadId: string, token: string) => {
    const offers = await graphql<{ offers: { nodes: { id: string }[] } }>(
      `
        query ($f: OfferFilter) {
          offers(filter: $f) {
            nodes {
              id
            }
          }
        }
      `,
      { f: { leadId, status: ['PENDING'] } },
      token,
    );
    await graphql(
      `
        mutation ($id: ID!) {
          acceptOffer(id: $id) {
            id
          }
        }
      `,
      { id: offers.offers.nodes[0]!.id },
      token,
    );
  };
  const progress = (leadId: string, stage: string, note: string, token: string) =>
    graphql(
      `
        mutation ($i: RecordProgressInput!) {
          recordProgress(input: $i) {
            id
          }
        }
      `,
      { i: { leadId, stage, note } },
      token,
    );

  await qualify(qualifiedOnly);
  await qualify(shared);
  await distribute(shared, [DEMO_IDS.hansa, DEMO_IDS.isar], 'SHARED');
  await qualify(inProgress);
  await distribute(inProgress, [DEMO_IDS.isar], 'EXCLUSIVE');
  await accept(inProgress, isar);
  await progress(inProgress, 'MEETING', 'Vor-Ort-Termin am Standort vereinbart.', isar);
  await qualify(won);
  await distribute(won, [DEMO_IDS.rhein], 'EXCLUSIVE');
  await accept(won, rhein);
  await progress(won, 'PROPOSAL', 'Angebot über eine PV-Anlage mit Speicher versendet.', rhein);
  await graphql(
    `
      mutation ($i: CloseLeadWonInput!) {
        closeLeadWon(input: $i) {
          id
        }
      }
    `,
    {
      i: {
        leadId: won,
        amount: 42800,
        currency: 'EUR',
        closedOn: new Date().toISOString().slice(0, 10),
        note: 'Auftrag erteilt.',
      },
    },
    rhein,
  );
  await qualify(returned);
  await distribute(returned, [DEMO_IDS.hansa], 'EXCLUSIVE');
  await accept(returned, hansa);
  await graphql(
    `
      mutation ($i: ReturnLeadInput!) {
        returnLead(input: $i) {
          id
        }
      }
    `,
    { i: { leadId: returned, reasonCode: 'NO_NEED_YET', comment: 'Hotel plant die Sanierung erst 2028.' } },
    hansa,
  );
  await loadDemoRouting(graphql);
}
