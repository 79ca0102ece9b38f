import { readFileSync } from 'node:fs';
import { withSettings, type RuleProfile } from '../consent/rule-profiles.js';
import {
  definitionProblems,
  localRules,
  SETTING_KEYS,
  settingInEffect,
  settingValueProblems,
  type SettingDefinition,
  type SettingKey,
} from './local-settings.js';

const DEFS: SettingDefinition[] = JSON.parse(readFileSync(new URL('../../../../seeds/local-settings.json', import.meta.url), 'utf8'));
const PROFILES: RuleProfile[] = JSON.parse(readFileSync(new URL('../../../../seeds/rule-profiles.json', import.meta.url), 'utf8'));
const def = (key: SettingKey) => DEFS.find((d) => d.key === key)!;
const defaults = () => new Map(DEFS.map((d) => [d.key, d.default]));

describe('local settings as shipped', () => {
  it('defines every setting once, soundly, with the seed it comes from', () => {
    expect(definitionProblems(DEFS)).toEqual([]);
    expect(DEFS.map((d) => d.key).sort()).toEqual([...SETTING_KEYS].sort());
    expect(localRules(defaults())).toEqual({
      councilMembers: { min: 3, max: 5 },
      volunteerSupervisors: { min: 1, max: 2 },
      satisfactionPercent: 95,
      complaintResponseDays: 3,
      fundRatesFen: { NO_ELEVATOR: 3500, ELEVATOR: 6000 },
    });
    expect(def('maintenanceFund.rateFen.ELEVATOR').source).toMatchObject({ seed: '001', practice: 'liuyang-maintenance-fund' });
    expect(def('volunteerSupervisors.max').source).toMatchObject({ seed: '001', practice: 'daoxian-volunteer-supervisors' });
    expect(def('renovationCouncil.minMembers').source).toMatchObject({ seed: '001', practice: 'suining-renovation-councils' });
    expect(def('satisfaction.thresholdPercent').source).toMatchObject({ seed: '002', practice: 'jian-dual-evaluation-95' });
  });

  it('refuses a list with a default out of bounds, a missing key, or a minimum above its maximum', () => {
    const broken = DEFS.map((d) => (d.key === 'satisfaction.thresholdPercent' ? { ...d, default: 101 } : d));
    expect(definitionProblems(broken)).toEqual(['satisfaction.thresholdPercent: min <= default <= max, whole numbers']);
    expect(definitionProblems(DEFS.filter((d) => d.key !== 'complaint.responseDays'))).toEqual(['complaint.responseDays: defined 0 times']);
    const inverted = DEFS.map((d) => (d.key === 'volunteerSupervisors.min' ? { ...d, default: 3, max: 50 } : d));
    expect(definitionProblems(inverted)).toEqual(['volunteerSupervisors.min above volunteerSupervisors.max']);
  });
});

describe('settingInEffect', () => {
  const d = def('complaint.responseDays');
  it.each<[string, number | undefined, number | undefined, number, string]>([
    ['nothing set: the default', undefined, undefined, 3, 'DEFAULT'],
    ['the city set it', 5, undefined, 5, 'CITY'],
    ['the district set it, over its city', 5, 2, 2, 'DISTRICT'],
    ['only the district set it', undefined, 7, 7, 'DISTRICT'],
  ])('%s', (_name, city, district, value, origin) => {
    expect(settingInEffect(d, city, district)).toEqual({ key: d.key, value, origin });
  });
});

describe('settingValueProblems', () => {
  const with_ = (over: [SettingKey, number][]) => new Map([...defaults(), ...over]);
  it.each<[string, SettingKey, number, [SettingKey, number][], boolean]>([
    ['the satisfaction bar at 100', 'satisfaction.thresholdPercent', 100, [], true],
    ['at 1', 'satisfaction.thresholdPercent', 1, [], true],
    ['at 101', 'satisfaction.thresholdPercent', 101, [], false],
    ['at 0', 'satisfaction.thresholdPercent', 0, [], false],
    ['at 90.5', 'satisfaction.thresholdPercent', 90.5, [], false],
    ['a rate of 0 fen', 'maintenanceFund.rateFen.NO_ELEVATOR', 0, [], true],
    ['a negative rate', 'maintenanceFund.rateFen.NO_ELEVATOR', -1, [], false],
    ['a council minimum equal to its maximum', 'renovationCouncil.minMembers', 5, [['renovationCouncil.minMembers', 5]], true],
    ['a council minimum one above its maximum', 'renovationCouncil.minMembers', 6, [['renovationCouncil.minMembers', 6]], false],
    [
      'a volunteer maximum under the minimum',
      'volunteerSupervisors.max',
      1,
      [
        ['volunteerSupervisors.max', 1],
        ['volunteerSupervisors.min', 2],
      ],
      false,
    ],
  ])('%s -> ok=%s', (_name, key, value, after, ok) => {
    expect(settingValueProblems(def(key), value, with_(after)).length === 0).toBe(ok);
  });
});

describe('withSettings', () => {
  const satisfaction = PROFILES.find((p) => p.id === 'satisfaction-95')!;
  it('puts the bar in effect in place of the shipped 95%, and leaves profiles without a local threshold as they are', () => {
    expect(withSettings(satisfaction, () => 90).conditions[0]!.threshold).toEqual({ num: 90, den: 100 });
    expect(satisfaction.conditions[0]!.threshold).toEqual({ num: 95, den: 100 });
    const two80 = PROFILES.find((p) => p.id === 'changsha-two-80')!;
    expect(withSettings(two80, () => 1)).toBe(two80);
  });
});
