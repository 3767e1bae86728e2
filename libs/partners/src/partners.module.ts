import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Partner } from './partner.entity';
import { PartnerResolver } from './partner.resolver';
import { PartnerService } from './partner.service';

@Module({
  imports: [MikroOrmModule.forFeature([Partner])],
  providers: [PartnerService, PartnerResolver],
  exports: [PartnerService],
})
export class PartnersModule {}
