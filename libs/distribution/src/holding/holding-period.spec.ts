import type { Ref } from '@mikro-orm/core';
import type { User } from '@leadrelay/identity';
import { ProgressStage } from '@leadrelay/leads';
import type { Partner } from '@leadrelay/partners';
import { type HoldingColumns, HoldingPeriod } from './holding-period';

const hansa = { id: 'hansa' } as unknown as Ref<Partner>;
const rep = { id: 'rep' } as unknown as Ref<User>;
const colleague = { id: 'colleague' } as unknown as Ref<User>;
const at = new Date('2026-12-01T09:00:00Z');
const later = new Date('2026-12-02T09:00:00Z');
const deadlines = { workReminderDueAt: new Date('2026-12-02T09:00:00Z'), escalationDueAt: new Date('2026-12-03T09:00:00Z') };

describe('HoldingPeriod', () => {
  it('begins with the accepting partner and rep, the acceptance time and a fresh work watch', () => {
    const lead: HoldingColumns = {
      progressStage: ProgressStage.MEETING,
      lastProgressAt: later,
      workRemindedAt: later,
      escalatedAt: later,
    };
    new HoldingPeriod(lead).begin(hansa, rep, at, deadlines);
    expect(lead).toEqual({
      holdingPartner: hansa,
      owner: rep,
      acceptedAt: at,
      progressStage: null,
      lastProgressAt: null,
      workReminderDueAt: deadlines.workReminderDueAt,
      escalationDueAt: deadlines.escalationDueAt,
      workRemindedAt: null,
      escalatedAt: null,
    });
  });

  it('begins in SQL (`beginning`, the set-based accept) with exactly the fields and values of `begin`', () => {
    const lead: HoldingColumns = { nextStepAt: later };
    new HoldingPeriod(lead).begin(hansa, rep, at, deadlines);
    const columnsOfBegin = Object.fromEntries(
      Object.entries(lead)
        .filter(([field]) => field !== 'nextStepAt')
        .map(([field, value]) => [
          field === 'holdingPartner' || field === 'owner'
            ? `${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_id`
            : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
          field === 'holdingPartner' || field === 'owner' ? (value as { id: string }).id : value,
        ]),
    );
    expect(HoldingPeriod.beginning('hansa', 'rep', at, deadlines)).toEqual(columnsOfBegin);
  });

  it('assigns the lead to another person and nothing else', () => {
    const lead: HoldingColumns = {};
    new HoldingPeriod(lead).begin(hansa, rep, at, deadlines);
    new HoldingPeriod(lead).assignTo(colleague);
    expect(lead).toMatchObject({ holdingPartner: hansa, owner: colleague, acceptedAt: at });
  });

  it('records progress with its time and next step', () => {
    const lead: HoldingColumns = {};
    new HoldingPeriod(lead).recordProgress(ProgressStage.CONTACTED, later, at);
    expect(lead).toEqual({ progressStage: ProgressStage.CONTACTED, lastProgressAt: later, nextStepAt: at });
  });

  it('ends: nobody holds or works the lead', () => {
    const lead: HoldingColumns = {};
    new HoldingPeriod(lead).begin(hansa, rep, at, deadlines);
    new HoldingPeriod(lead).end();
    expect(lead).toMatchObject({ holdingPartner: null, owner: null });
  });

  it('marks each work deadline passed on its own', () => {
    const lead: HoldingColumns = {};
    new HoldingPeriod(lead).markPassed('workReminder', at);
    expect(lead).toEqual({ workRemindedAt: at });
    new HoldingPeriod(lead).markPassed('escalation', later);
    expect(lead).toEqual({ workRemindedAt: at, escalatedAt: later });
  });
});
