import { z } from 'zod';
import { COMPARTMENTS, ROLES } from '../shared/principal.ts';
import { MIN_PASSWORD_LENGTH } from '../../security/password.ts';

export const ORGANISATION_KINDS = ['facility', 'directorate', 'national_service', 'external_agency', 'other'] as const;

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-zA-Z0-9._@-]+$/, 'letters, digits and . _ @ - only');
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1000);

export const loginSchema = z
  .strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) })
  .meta({ id: 'Login' });

export const newUserSchema = z
  .strictObject({
    username: usernameSchema,
    display_name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES),
    organisation: z.string().trim().min(1).max(200).describe('organisation id or name'),
    compartments: z.array(z.enum(COMPARTMENTS)).default([]),
    password: passwordSchema.optional().describe('omit to have one generated and returned once'),
  })
  .meta({ id: 'NewUser' });

export const userChangeSchema = z
  .strictObject({
    display_name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    organisation: z.string().trim().min(1).max(200).optional(),
    compartments: z.array(z.enum(COMPARTMENTS)).optional(),
    disabled: z.boolean().optional(),
    unlock: z.literal(true).optional().describe('clear a lock-out after failed sign-ins'),
    reset_password: z.literal(true).optional().describe('generate a new password, returned once'),
  })
  .meta({ id: 'UserChange' });

export const newOrganisationSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(ORGANISATION_KINDS),
  })
  .meta({ id: 'NewOrganisation' });

export const newTokenSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    expires_in_days: z.number().int().min(1).max(3650).default(90),
    user: z.string().optional().describe('an administrator may create a token for another user (id or name)'),
  })
  .meta({ id: 'NewToken' });

/** A compartment an administrator proposes to grant; another administrator approves it. */
export const compartmentProposalSchema = z
  .strictObject({ compartment: z.enum(COMPARTMENTS) })
  .meta({ id: 'CompartmentProposal' });
