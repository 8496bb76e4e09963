// Who is logged in, set by the auth handle (#lib/server/auth/handle.ts) for
// requests to /members and /ops only; public routes never see either.
declare global {
  namespace App {
    interface Locals {
      member?: { member_id: string; unit_name: string };
      operator?: { name: string };
    }
  }
}

export {};
