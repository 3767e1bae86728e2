export * from './lead-stage';
