import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { pendingQuery, votesQuery, type Votes } from './queries';

type Vote = Votes['items'][number];

/** Roster order: building, unit, room, each compared as numbers where they are numbers. */
const byUnit = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true });

/**
 * A round's households that may answer, by unit key: those answered with their vote, the rest
 * pending; `order` is roster order. Read from the votes and the pending list, which together are
 * the snapshot less the households merged away before answering.
 */
export function useRoundHouseholds(roundId: string) {
  const votes = useQuery(votesQuery(roundId));
  const pending = useQuery(pendingQuery(roundId));
  const households = useMemo(() => {
    const all = new Map<string, { householdId: string; vote?: Pick<Vote, 'choice' | 'signed'> }>();
    for (const p of pending.data?.items ?? []) all.set(p.unitKey, { householdId: p.householdId });
    for (const v of votes.data?.items ?? [])
      all.set(v.unitKey, { householdId: v.householdId, vote: { choice: v.choice, signed: v.signed } });
    return all;
  }, [pending.data, votes.data]);
  const order = useMemo(() => [...households.keys()].sort(byUnit), [households]);
  return { votes, pending, households, order };
}
