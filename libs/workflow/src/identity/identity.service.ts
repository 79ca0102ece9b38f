import { AppConfig } from '@app/config';
import { UserEntity } from '@app/db';
import { DomainError, invalid, type Actor, type Role } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock.js';
import { appendAudit } from '../platform/audit.js';
import { LoginThrottle, throttleKeys } from './login-throttle.js';
import { hashAcceptedPassword, hashPassword, replacePassword, verifyPassword } from './passwords.js';

/** Spent on unknown usernames so that a miss takes as long as a wrong password. */
const DUMMY_HASH = await hashPassword('not-a-real-password');

export interface Profile extends Actor {
  username: string;
  displayName: string;
  districts: { id: string; name: string }[];
  compounds: { id: string; name: string; districtId: string }[];
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(db, config.LOGIN_WINDOW_SECONDS);
  }

  private readonly throttle: LoginThrottle;

  /**
   * Checks a password, within the limits of failures per account from one address and per address
   * (see LoginThrottle); the user comes with the version of their tokens.
   */
  async authenticate(username: string, password: string, address: string): Promise<UserEntity> {
    const user = await this.checked(username, password, address);
    if (!user) throw new DomainError('AUTH.INVALID_CREDENTIALS', 'wrong username or password');
    return user;
  }

  /**
   * A signed-in user's new password, given their current one (counted as a login attempt from this
   * address, so a stolen token cannot be used to guess it). Every earlier token stops working: the
   * user carries the new token version.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<UserEntity> {
    const [{ username }]: { username: string }[] = await this.db.query('SELECT username FROM users WHERE id = $1', [actor.userId]);
    const user = await this.checked(username, currentPassword, address);
    if (!user) throw invalid([{ field: 'currentPassword', code: 'WRONG', message: '当前密码不正确' }]);
    const passwordHash = await hashAcceptedPassword(newPassword, username, 'newPassword');
    return this.db.transaction(async (m) => {
      await replacePassword(m, actor.userId, passwordHash);
      await appendAudit(m, { actor, at: this.clock.now(), subjectType: 'user', subjectId: actor.userId, action: 'user.password-changed' });
      return m
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.tokenVersion')
        .where('u.id = :id', { id: actor.userId })
        .getOneOrFail();
    });
  }

  /** The active user if the password is theirs, null if not; refused when the attempt is over a limit. */
  private async checked(username: string, password: string, address: string): Promise<UserEntity | null> {
    const keys = throttleKeys(username, address, {
      perAccountAndAddress: this.config.LOGIN_MAX_ATTEMPTS,
      perAddress: this.config.LOGIN_ADDRESS_MAX_ATTEMPTS,
    });
    const refused = await this.throttle.admit(keys, this.clock.now());
    if (refused) {
      throw new DomainError(
        'AUTH.RATE_LIMITED',
        `too many failed logins from this address; retry in ${refused.retryAfterSeconds} s`,
        refused,
      );
    }
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.tokenVersion'])
      .where('u.username = :username', { username })
      .getOne();
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) return null;
    await this.throttle.succeeded(keys);
    return user;
  }

  /** Who the caller is, with the places of their scope by name, for a client to show. */
  async profile(actor: Actor): Promise<Profile> {
    const [user]: { username: string; display_name: string }[] = await this.db.query(
      'SELECT username, display_name FROM users WHERE id = $1',
      [actor.userId],
    );
    const districts: { id: string; name: string }[] = await this.db.query(
      'SELECT id, name FROM districts WHERE id = ANY($1) ORDER BY code',
      [[...actor.districtIds]],
    );
    const compounds: { id: string; name: string; districtId: string }[] = await this.db.query(
      'SELECT id, name, district_id AS "districtId" FROM compounds WHERE id = ANY($1) ORDER BY name, id',
      [[...actor.compoundIds]],
    );
    return { ...actor, username: user!.username, displayName: user!.display_name, districts, compounds };
  }

  /**
   * Read on every request, so a changed scope, a deactivated account or a new password (given the
   * token's version) takes effect at once.
   */
  async actor(userId: string, tokenVersion?: number): Promise<Actor | null> {
    const [user]: { role: Role; district_ids: string[]; compound_ids: string[] }[] = await this.db.query(
      'SELECT role, district_ids, compound_ids FROM users WHERE id = $1 AND active AND ($2::integer IS NULL OR token_version = $2)',
      [userId, tokenVersion ?? null],
    );
    return user ? { userId, role: user.role, districtIds: user.district_ids, compoundIds: user.compound_ids } : null;
  }
}
