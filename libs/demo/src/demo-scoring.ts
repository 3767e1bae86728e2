import { DEFAULT_SCORING_RULES, ScoreAxis, ScoringField, ScoringOperator, type ScoringRules } from '@leadrelay/leads';

/**
 * Nordlicht's scoring model: the default, sharpened for a heat-pump maker in northern and southern
 * Germany (its target industries, its partners' postal areas), with a small cost for free-mail
 * addresses, which Nordlicht chose to set.
 */
export const NORDLICHT_SCORING_RULES: ScoringRules = {
  ...DEFAULT_SCORING_RULES,
  groups: [
    {
      key: 'target-industries',
      axis: ScoreAxis.FIT,
      cap: 20,
      rules: [
        {
          key: 'building-and-hospitality',
          field: ScoringField.INDUSTRY,
          operator: ScoringOperator.IN,
          values: ['Wohnungswirtschaft', 'Hotellerie', 'Handel', 'Logistik', 'Bildung'],
          points: 20,
        },
      ],
    },
    {
      key: 'region',
      axis: ScoreAxis.FIT,
      cap: 10,
      rules: [
        { key: 'dach', field: ScoringField.COUNTRY, operator: ScoringOperator.IN, values: ['DE', 'AT'], points: 5 },
        {
          key: 'partner-areas',
          field: ScoringField.POSTAL_CODE,
          operator: ScoringOperator.STARTS_WITH,
          values: ['20', '21', '22', '50', '80', '81', '82'],
          points: 5,
        },
      ],
    },
    ...DEFAULT_SCORING_RULES.groups,
    {
      key: 'free-mail',
      axis: ScoreAxis.FIT,
      cap: 5,
      rules: [{ key: 'free-mail-address', field: ScoringField.EMAIL, operator: ScoringOperator.FREE_MAIL, points: -5 }],
    },
  ],
  autoQualification: { fit: 60, engagement: 45 },
};
