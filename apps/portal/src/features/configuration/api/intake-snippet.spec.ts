import { intakeFormSnippet } from './intake-snippet';

describe('the intake form snippet', () => {
  it('posts to the portal origin with the key as the intakeKey field', () => {
    const snippet = intakeFormSnippet('https://leads.example', 'lrk_abc', { consent: 'Pass my request on', submit: 'Send' });
    expect(snippet).toContain('<form method="post" action="https://leads.example/intake/leads">');
    expect(snippet).toContain('<input type="hidden" name="intakeKey" value="lrk_abc" />');
    expect(snippet).toContain('name="lastName" required');
    expect(snippet).toContain('<input type="checkbox" name="consent" /> Pass my request on</label>');
    expect(snippet).toContain('<button type="submit">Send</button>');
  });
});
