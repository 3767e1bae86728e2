import { DEMO_IDS } from '@leadrelay/demo';
import { closeOwnerOrm } from '../support/owner-orm';
import { demoLogin, withDemoData } from '../support/demo';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const CREATE_LEAD = graphql(`
  mutation LeadLifecycleCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
    }
  }
`);
const QUALIFY = graphql(`
  mutation LeadLifecycleQualify($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      id
      stage
      score
      grade
    }
  }
`);
const DISTRIBUTE = graphql(`
  mutation LeadLifecycleDistribute($input: DistributeLeadInput!) {
    distributeLead(input: $input) {
      id
      stage
    }
  }
`);
const OFFERS = graphql(`
  query LeadLifecycleOffers($filter: OfferFilter) {
    offers(filter: $filter, first: 20) {
      nodes {
        id
        status
        expiresAt
        leadId
        teaser {
          companySize
          industry
          country
          postalArea
          city
          productLine
          requestType
          score
          grade
          source
        }
        lead {
          id
          contact {
            email
          }
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation LeadLifecycleAccept($id: ID!) {
    acceptOffer(id: $id) {
      id
      status
      lead {
        id
        stage
        contact {
          email
          lastName
        }
      }
    }
  }
`);
const RETURN = graphql(`
  mutation LeadLifecycleReturn($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      id
      stage
      pendingFollowUp
      holdingPartner {
        name
      }
    }
  }
`);
const PROGRESS = graphql(`
  mutation LeadLifecycleProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      id
      stage
      progressStage
    }
  }
`);
const WON = graphql(`
  mutation LeadLifecycleWon($input: CloseLeadWonInput!) {
    closeLeadWon(input: $input) {
      id
      stage
      won {
        amount
        currency
        closedOn
      }
    }
  }
`);
const EVENTS = graphql(`
  query LeadLifecycleEvents($id: ID!) {
    lead(id: $id) {
      stage
      events {
        type
        actorName
        actorOrganisation
        reasonCode {
          key
        }
        data
      }
    }
  }
`);
const OFFER_HISTORY = graphql(`
  query LeadLifecycleOfferHistory($filter: OfferFilter) {
    offers(filter: $filter) {
      nodes {
        status
        lead {
          id
        }
        history {
          type
          actorOrganisation
          data
        }
      }
    }
  }
`);

/**
 * The acceptance story, over HTTP with the demo data: intake, qualification, a shared
 * offer raced by two partners, a return, an exclusive re-offer, progress, a win, and the history
 * as the vendor and as the returning partner see it.
 */
describe('a lead from intake to WON, over GraphQL with the demo tenant', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
    await withDemoData();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('tells the whole story to the vendor and only its own part to each partner', async () => {
    const channel = await demoLogin(api, 'channel@nordlicht.example');
    const hansa = await demoLogin(api, 'sales@hansa.example');
    const isar = await demoLogin(api, 'sales@isar.example');
    const email = `jan.meyer.${Date.now()}@hafen-logistik.example`;

    const created = await api.graphql(
      CREATE_LEAD,
      {
        input: {
          source: 'WEB_FORM',
          sourceDetail: 'Website Wärmepumpen-Rechner',
          company: {
            name: 'Hafen Logistik GmbH',
            industry: 'Logistik',
            employeeBand: 'MEDIUM',
            country: 'DE',
            postalCode: '20095',
            city: 'Hamburg',
            street: 'Am Sandtorkai 1',
            website: 'hafen-logistik.example',
          },
          contact: { firstName: 'Jan', lastName: 'Meyer', email, phone: '+49 40 123456', decisionMaker: true },
          interest: { productLine: 'Wärmepumpen', requestType: 'QUOTE_REQUEST', timeframe: 'Q1' },
          consent: { given: true, wording: 'Ich bin einverstanden, dass ein Fachpartner mich kontaktiert.' },
        },
      },
      channel,
    );
    expect(created.errors).toBeUndefined();
    const leadId = created.data!.createLead.id;

    const qualified = await api.graphql(QUALIFY, { input: { leadId, score: 82, grade: 'A' } }, channel);
    expect(qualified.data).toEqual({ qualifyLead: { id: leadId, stage: 'QUALIFIED', score: 82, grade: 'A' } });

    const offered = await api.graphql(
      DISTRIBUTE,
      { input: { leadId, partnerIds: [DEMO_IDS.hansa, DEMO_IDS.isar], mode: 'SHARED' } },
      channel,
    );
    expect(offered.data).toEqual({ distributeLead: { id: leadId, stage: 'OFFERED' } });

    // Hansa sees the offer with its teaser, and no way to the contact data.
    const hansaInbox = await api.graphql(OFFERS, { filter: { leadId, status: ['PENDING'] } }, hansa);
    const hansaOffer = hansaInbox.data!.offers.nodes[0]!;
    expect(hansaOffer.teaser).toEqual({
      companySize: 'MEDIUM',
      industry: 'Logistik',
      country: 'DE',
      postalArea: '20',
      city: 'Hamburg',
      productLine: 'Wärmepumpen',
      requestType: 'QUOTE_REQUEST',
      score: 82,
      grade: 'A',
      source: 'WEB_FORM',
    });
    expect(hansaOffer.lead).toBeNull();
    expect(JSON.stringify(hansaInbox)).not.toContain(email);
    expect(JSON.stringify(hansaInbox)).not.toContain('Meyer');

    // Isar accepts first and sees the contact; Hansa's accept then comes too late.
    const isarOffer = (await api.graphql(OFFERS, { filter: { leadId } }, isar)).data!.offers.nodes[0]!;
    const accepted = await api.graphql(ACCEPT, { id: isarOffer.id }, isar);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptOffer).toMatchObject({ status: 'ACCEPTED', lead: { stage: 'ACCEPTED', contact: { email } } });
    const late = await api.graphql(ACCEPT, { id: hansaOffer.id }, hansa);
    expect(late.errors?.[0]?.extensions.code).toBe('OFFER_TAKEN');

    // Isar returns it; it no longer reaches the contact data.
    const returned = await api.graphql(
      RETURN,
      { input: { leadId, reasonCode: 'PROJECT_DOES_NOT_FIT', comment: 'Nur Gewerbehalle, kein Wohngebäude' } },
      isar,
    );
    expect(returned.data).toEqual({
      returnLead: { id: leadId, stage: 'RETURNED', pendingFollowUp: 'RE_OFFER', holdingPartner: null },
    });
    const isarLead = await api.graphql(EVENTS, { id: leadId }, isar);
    expect(isarLead.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    // The channel manager re-offers it to Hansa alone; Hansa accepts, works and wins it.
    const reoffered = await api.graphql(
      DISTRIBUTE,
      { input: { leadId, partnerIds: [DEMO_IDS.hansa], mode: 'EXCLUSIVE' } },
      channel,
    );
    expect(reoffered.errors).toBeUndefined();
    const hansaNewOffer = (await api.graphql(OFFERS, { filter: { leadId, status: ['PENDING'] } }, hansa)).data!.offers.nodes[0]!;
    expect((await api.graphql(ACCEPT, { id: hansaNewOffer.id }, hansa)).errors).toBeUndefined();
    const progressed = await api.graphql(
      PROGRESS,
      { input: { leadId, stage: 'CONTACTED', note: 'Termin vor Ort vereinbart' } },
      hansa,
    );
    expect(progressed.data).toEqual({ recordProgress: { id: leadId, stage: 'IN_PROGRESS', progressStage: 'CONTACTED' } });
    const today = new Date().toISOString().slice(0, 10);
    const won = await api.graphql(WON, { input: { leadId, amount: 18500, currency: 'EUR', closedOn: today } }, hansa);
    expect(won.data).toEqual({
      closeLeadWon: { id: leadId, stage: 'WON', won: { amount: 18500, currency: 'EUR', closedOn: today } },
    });

    // The vendor reads the whole story.
    const story = await api.graphql(EVENTS, { id: leadId }, channel);
    expect(story.data!.lead.events.map((e) => e.type)).toEqual([
      'lead.created',
      // Nordlicht's scoring model: a good fit, a quote request not yet engaged enough to qualify by itself.
      'lead.scored',
      'lead.nurtured',
      'lead.qualified',
      'lead.offered',
      'lead.offered',
      'offer.closed',
      'offer.accepted',
      'lead.contact_revealed',
      'lead.returned',
      'lead.offered',
      'offer.accepted',
      'lead.contact_revealed',
      'lead.progressed',
      'lead.won',
    ]);
    expect(story.data!.lead.events.find((e) => e.type === 'lead.returned')).toMatchObject({
      actorOrganisation: 'Isar Energie',
      reasonCode: { key: 'PROJECT_DOES_NOT_FIT' },
    });

    // Isar keeps its own lines, through its offer, and learns nothing of Hansa.
    const isarHistory = await api.graphql(OFFER_HISTORY, { filter: { leadId } }, isar);
    const [isarView] = isarHistory.data!.offers.nodes;
    expect(isarView!.lead).toBeNull();
    expect(isarView!.history.map((e) => e.type)).toEqual([
      'lead.offered',
      'offer.accepted',
      'lead.contact_revealed',
      'lead.returned',
    ]);
    expect(JSON.stringify(isarHistory)).not.toContain('Hansa');
  });
});
