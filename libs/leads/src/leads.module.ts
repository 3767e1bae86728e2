import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PartnersModule } from '@leadrelay/partners';
import { LeadEvent } from './events/lead-event.entity';
import { IntakeKey } from './intake/intake-key.entity';
import { IntakeKeyResolver } from './intake/intake-key.resolver';
import { IntakeKeyService } from './intake/intake-key.service';
import { IntakeController } from './intake/intake.controller';
import { IntakeService } from './intake/intake.service';
import { Lead } from './lead.entity';
import { LeadResolver } from './lead.resolver';
import { LeadService } from './lead.service';
import { ReasonCode } from './reason-codes/reason-code.entity';
import { ReasonCodeResolver } from './reason-codes/reason-code.resolver';
import { ReasonCodeService } from './reason-codes/reason-code.service';
import { EngagementEvent } from './scoring/engagement-event.entity';
import { LeadRescoreService } from './scoring/lead-rescore.service';
import { LeadScorer } from './scoring/lead-scorer';
import { ScoringModel } from './scoring/scoring-model.entity';
import { LeadScoreExplanationResolver, ScoringModelResolver } from './scoring/scoring.resolver';
import { ScoringService } from './scoring/scoring.service';
import { LeadCountEstimates } from './lead-count-estimates';

@Module({
  imports: [MikroOrmModule.forFeature([Lead, LeadEvent, ReasonCode, IntakeKey, ScoringModel, EngagementEvent]), PartnersModule],
  controllers: [IntakeController],
  providers: [
    LeadService,
    LeadCountEstimates,
    LeadResolver,
    ReasonCodeService,
    ReasonCodeResolver,
    IntakeKeyService,
    IntakeKeyResolver,
    IntakeService,
    LeadScorer,
    LeadRescoreService,
    ScoringService,
    ScoringModelResolver,
    LeadScoreExplanationResolver,
  ],
  exports: [LeadService, LeadScorer, LeadRescoreService],
})
export class LeadsModule {}
