/** A plain HTML form that posts leads with this key to the tenant's LeadRelay (the fields of POST /intake/leads). */
export function intakeFormSnippet(origin: string, secret: string, texts: { consent: string; submit: string }): string {
  return [
    `<form method="post" action="${origin}/intake/leads">`,
    `  <input type="hidden" name="intakeKey" value="${secret}" />`,
    `  <input name="companyName" required />`,
    `  <input name="country" value="DE" />`,
    `  <input name="postalCode" />`,
    `  <input name="firstName" />`,
    `  <input name="lastName" required />`,
    `  <input name="email" type="email" />`,
    `  <textarea name="message"></textarea>`,
    `  <label><input type="checkbox" name="consent" /> ${texts.consent}</label>`,
    `  <button type="submit">${texts.submit}</button>`,
    `</form>`,
  ].join('\n');
}
