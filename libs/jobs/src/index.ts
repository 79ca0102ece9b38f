export * from './jobs.js';
export * from './outbox-relay.js';
