import { describeMachine } from '@domain/machine/describe';
import { MACHINES } from '@domain/machine/registry';
import { eventBody, eventsFor, GUARD_NOTES, notesFor } from './complaints';

const machine = describeMachine(MACHINES['complaint']!);

describe('the complaint events', () => {
  it('asks for what every guard of the machine checks', () => {
    expect(Object.keys(GUARD_NOTES).sort()).toEqual([...machine.guards].sort());
  });

  it('asks each event for its own words only', () => {
    const handle = machine.transitions.find((t) => t.event === 'HANDLE')!;
    const close = machine.transitions.find((t) => t.event === 'CLOSE')!;
    expect(notesFor(handle).map((n) => n.label)).toEqual(['承办人']);
    expect(notesFor(close)).toEqual([]);
    expect(eventBody(handle, { handler: ' 王工 ', resolution: '不该发送' })).toEqual({ event: 'HANDLE', handler: '王工' });
    expect(eventBody(close, { reason: 'x' })).toEqual({ event: 'CLOSE' });
  });

  it('offers the events of the state, to the roles the machine lets fire them', () => {
    expect(
      eventsFor(machine, 'REVISITED', 'RESIDENTS_COMMITTEE')
        .map((t) => t.event)
        .sort(),
    ).toEqual(['CLOSE', 'REOPEN']);
    expect(eventsFor(machine, 'RECEIVED', 'SUPERVISOR')).toEqual([]);
    expect(eventsFor(machine, 'CLOSED', 'DISTRICT_PM')).toEqual([]);
  });
});
