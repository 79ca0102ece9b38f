import type { Role } from '@domain/roles';
import type { ResponseOf } from '../api/client';

interface ProfileFallback {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  districtIds: string[];
  compoundIds: string[];
  districts: { id: string; name: string }[];
  compounds: { id: string; name: string; districtId: string }[];
}

/** Who is signed in (GET /me), with the places of the scope by name. */
export type Profile = ResponseOf<'/me', 'get', ProfileFallback>;
