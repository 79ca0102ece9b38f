import { AppConfig } from '@app/config';
import { UserEntity } from '@app/db';
import { DomainError, type Actor, type Role } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock.js';
import { LoginThrottle, throttleKeys } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';

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

  /** Checks a password, within the limits of failures per account from one address and per address (see LoginThrottle). */
  async authenticate(username: string, password: string, address: string): Promise<UserEntity> {
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
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) throw new DomainError('AUTH.INVALID_CREDENTIALS', 'wrong username or password');
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

  /** Read on every request, so a changed scope or a deactivated account takes effect at once. */
  async actor(userId: string): Promise<Actor | null> {
    const [user]: { role: Role; district_ids: string[]; compound_ids: string[] }[] = await this.db.query(
      'SELECT role, district_ids, compound_ids FROM users WHERE id = $1 AND active',
      [userId],
    );
    return user ? { userId, role: user.role, districtIds: user.district_ids, compoundIds: user.compound_ids } : null;
  }
}
