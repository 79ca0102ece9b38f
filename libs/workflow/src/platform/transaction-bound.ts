import type { DataSource, EntityManager } from 'typeorm';

/**
 * A data source whose every query and transaction runs inside `m`'s transaction: a service given
 * it opens savepoints where it would open transactions, so a caller can make many services' work
 * one unit. Callers run the work one step at a time: a transaction has one connection.
 */
export function boundToTransaction(db: DataSource, m: EntityManager): DataSource {
  const bound: Partial<Record<keyof DataSource, unknown>> = {
    manager: m,
    query: m.query.bind(m),
    transaction: m.transaction.bind(m),
    getRepository: m.getRepository.bind(m),
    createQueryBuilder: m.createQueryBuilder.bind(m),
  };
  return new Proxy(db, {
    get: (target, property, receiver) =>
      property in bound ? bound[property as keyof DataSource] : Reflect.get(target, property, receiver),
  });
}
