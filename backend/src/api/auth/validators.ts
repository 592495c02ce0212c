import { z } from "@medusajs/framework/zod"

/** A customer's password: what the shop's forms ask for, also when a request skips them. */
const PASSWORD_MIN = 8
const PASSWORD_MAX = 200

// Medusa words the refusal itself: "Value for field 'password' too small, expected at least: '8'".
const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX)

/** Registration (POST /auth/customer/emailpass/register): Medusa's own body, with the password's bounds. */
export const CustomerRegistration = z.object({ email: z.string().max(254), password }).passthrough()

/** A new password with a reset token (POST /auth/customer/emailpass/update): nothing but the password. */
export const CustomerPasswordUpdate = z.object({ password }).strict()
