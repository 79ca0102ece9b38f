import { readFileSync } from 'node:fs';
import { inheritedProfile, namedOverInherited, type RuleProfile } from './rule-profiles.js';

const PROFILES: RuleProfile[] = JSON.parse(readFileSync(new URL('../../../../seeds/rule-profiles.json', import.meta.url), 'utf8'));
const profile = (id: string): RuleProfile => PROFILES.find((p) => p.id === id)!;
const project = (id: string, reason: string | null = null) => ({ profile: profile(id), reason });
const chosen = (c: ReturnType<typeof inheritedProfile>) => c && { id: c.profile.id, origin: c.origin };

describe('the profile a round inherits', () => {
  it("a project that did not override takes its district's default for the subject", () => {
    expect(chosen(inheritedProfile('WILLINGNESS', project('changsha-two-80'), profile('civil-code-278-major'), PROFILES))).toEqual({
      id: 'civil-code-278-major',
      origin: 'DISTRICT',
    });
  });

  it("a project its PM overrode keeps its own over the district's", () => {
    expect(
      inheritedProfile('WILLINGNESS', project('civil-code-278-major', '业主大会议事规则'), profile('changsha-two-80'), PROFILES),
    ).toEqual({ profile: profile('civil-code-278-major'), origin: 'PROJECT', reason: '业主大会议事规则' });
  });

  it("an override that does not judge the subject gives way to the district's default", () => {
    expect(
      chosen(inheritedProfile('SATISFACTION', project('civil-code-278-major', '业主大会议事规则'), profile('satisfaction-95'), PROFILES)),
    ).toEqual({
      id: 'satisfaction-95',
      origin: 'DISTRICT',
    });
  });

  it("without a district default, the project's profile or the only valid one, as shipped", () => {
    expect(chosen(inheritedProfile('PLAN', project('changsha-two-80'), null, PROFILES))).toEqual({
      id: 'changsha-two-80',
      origin: 'SHIPPED',
    });
    expect(chosen(inheritedProfile('SATISFACTION', project('changsha-two-80'), null, PROFILES))).toEqual({
      id: 'satisfaction-95',
      origin: 'SHIPPED',
    });
  });

  it('a district default for another kind of round is not used', () => {
    expect(chosen(inheritedProfile('PLAN', project('changsha-two-80'), profile('satisfaction-95'), PROFILES))).toEqual({
      id: 'changsha-two-80',
      origin: 'SHIPPED',
    });
  });
});

describe('naming a profile where one is inherited', () => {
  const inherited = inheritedProfile('WILLINGNESS', project('changsha-two-80'), profile('civil-code-278-major'), PROFILES);

  it('the inherited one named again is no override and needs no reason', () => {
    expect(namedOverInherited(profile('civil-code-278-major'), undefined, inherited)).toBe(inherited);
  });

  it('another one without a reason is refused, naming the inherited one', () => {
    expect(namedOverInherited(profile('changsha-two-80'), undefined, inherited)).toEqual({
      problem: 'REASON_REQUIRED',
      inherited: 'civil-code-278-major',
    });
    expect(namedOverInherited(profile('changsha-two-80'), '   ', inherited)).toMatchObject({ problem: 'REASON_REQUIRED' });
  });

  it('another one with a reason is the named override, the reason kept', () => {
    expect(namedOverInherited(profile('changsha-two-80'), ' 业委会决议采用两个80% ', inherited)).toEqual({
      profile: profile('changsha-two-80'),
      origin: 'NAMED',
      reason: '业委会决议采用两个80%',
    });
  });

  it('where nothing is inherited, naming one is the only way and needs no reason', () => {
    expect(namedOverInherited(profile('civil-code-278-ordinary'), undefined, null)).toEqual({
      profile: profile('civil-code-278-ordinary'),
      origin: 'NAMED',
      reason: null,
    });
  });
});
