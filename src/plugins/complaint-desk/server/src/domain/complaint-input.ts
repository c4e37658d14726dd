/**
 * Input schemas of complaint registration and update (SPEC §8: POST /complaints, PUT
 * /complaints/{id}), and zod issues as the API's 400 field paths. Framework-free.
 */
import { z } from 'zod';
import { validatePhone } from './contact';
import { receivedAtIssue } from './intake';
import { CHANNELS, LANGUAGES } from './lifecycle';

export const registerSchema = z
  .object({
    channel: z.enum(CHANNELS),
    subject: z.string().trim().min(1, 'is required').max(200),
    description: z.string().trim().min(1, 'is required').max(20000),
    language: z.enum(LANGUAGES).default('en'),
    categoryId: z.string().min(1).max(64).optional().nullable(),
    customerId: z.string().min(1).max(64).optional(),
    customer: z
      .object({
        name: z.string().trim().min(1, 'is required').max(200),
        phone: z
          .string()
          .max(100)
          .transform((v, ctx) => {
            if (v.trim() === '') return null;
            const checked = validatePhone(v);
            if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
            return checked.ok ? checked.phone : v;
          })
          .optional()
          .nullable(),
        email: z.string().trim().email().max(254).optional().nullable(),
        address: z.string().trim().max(2000).optional().nullable(),
      })
      .strict()
      .optional(),
    valueTier: z.number().int().min(1).max(4).optional(),
    requestedRemedy: z.string().trim().max(5000).optional().nullable(),
    contactPreference: z.enum(['phone', 'sms', 'email', 'letter']).optional(),
    receivedAt: z.string().datetime({ offset: true }).optional(),
    subjectStaffId: z.string().min(1).max(64).optional().nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.customerId && !v.customer) ctx.addIssue({ code: 'custom', path: ['customer'], message: 'give customerId or the customer’s details' });
    if (v.customer && !v.customer.phone && !v.customer.email) ctx.addIssue({ code: 'custom', path: ['customer', 'phone'], message: 'a phone number or an email is required' });
    const receivedAtProblem = v.receivedAt ? receivedAtIssue(new Date(v.receivedAt), new Date()) : null;
    if (receivedAtProblem) ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: receivedAtProblem });
  });

export const updateSchema = z
  .object({
    subject: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().min(1).max(20000).optional(),
    language: z.enum(LANGUAGES).optional(),
    categoryId: z.string().min(1).max(64).nullable().optional(),
    valueTier: z.number().int().min(1).max(4).optional(),
    requestedRemedy: z.string().max(5000).nullable().optional(),
    contactPreference: z.enum(['phone', 'sms', 'email', 'letter']).nullable().optional(),
    subjectStaffId: z.string().min(1).max(64).nullable().optional(),
    version: z.number().int().positive().optional(),
  })
  .passthrough();

export type RegisterInput = z.output<typeof registerSchema>;

/** The fields an update may change (relations by documentId). */
export const WRITABLE_FIELDS = ['subject', 'description', 'language', 'categoryId', 'valueTier', 'requestedRemedy', 'contactPreference', 'subjectStaffId'] as const;

export const zodIssues = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.') || ((i as { keys?: string[] }).keys ?? []).join(','), message: i.message }));
