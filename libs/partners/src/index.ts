export * from './partner.abilities';
export * from './partner.entity';
export * from './partner.model';
export * from './partner.service';
export * from './partners.module';
