import { LeadEventType } from '@leadrelay/leads';
import { de } from '../../apps/portal/src/shared/i18n/de';
import { en } from '../../apps/portal/src/shared/i18n/en';
import { eventLabelKey } from '../../apps/portal/src/shared/i18n/event-label';

/** The portal's history timeline names every kind of history line the server writes, in both languages. */
describe("the portal's history-line labels", () => {
  it.each(Object.values(LeadEventType))('%s has a label in German and English', (type) => {
    const key = eventLabelKey(type);
    expect(key).not.toBeNull();
    const name = key!.slice('events.'.length) as keyof typeof en.events;
    expect(de.events[name]).toEqual(expect.any(String));
    expect(en.events[name]).toEqual(expect.any(String));
  });
});
