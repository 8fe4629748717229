import { z } from '@hono/zod-openapi';
import { ROLES, type Role } from '../../core/shared/principal.ts';
import type { ApiTokenRow, OrganisationRow, UserRow } from '../../store/schema.ts';

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    display_name: z.string().nullable(),
    role: z.enum(ROLES),
    organisation: z.object({ id: z.string(), name: z.string() }),
    compartments: z.array(z.string()),
    disabled: z.boolean(),
    locked_until: z.string().nullable(),
    last_login_at: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('User');

/** The public shape of an account: never its password hash. */
export function presentUser(user: UserRow, organisation?: OrganisationRow): z.infer<typeof userSchema> {
  return {
    id: user.id,
    username: user.username,
    display_name: user.display_name,
    role: user.role as Role,
    organisation: { id: user.organisation_id, name: organisation?.name ?? user.organisation_id },
    compartments: user.compartments,
    disabled: user.disabled,
    locked_until: user.locked_until && user.locked_until > new Date() ? user.locked_until.toISOString() : null,
    last_login_at: user.last_login_at?.toISOString() ?? null,
    created_at: user.created_at.toISOString(),
  };
}

export const tokenSchema = z
  .object({
    id: z.string(),
    user_id: z.string(),
    name: z.string(),
    prefix: z.string(),
    created_at: z.string(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
    last_used_at: z.string().nullable(),
  })
  .openapi('ApiToken');

/** A token as listed: its prefix to recognise it, never the secret or its digest. */
export function presentToken(token: ApiTokenRow): z.infer<typeof tokenSchema> {
  return {
    id: token.id,
    user_id: token.user_id,
    name: token.name,
    prefix: token.prefix,
    created_at: token.created_at.toISOString(),
    expires_at: token.expires_at?.toISOString() ?? null,
    revoked_at: token.revoked_at?.toISOString() ?? null,
    last_used_at: token.last_used_at?.toISOString() ?? null,
  };
}
