import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * One set of table types for SQLite and PostgreSQL. Portable choices: text ids, integer epoch-ms
 * timestamps (bigint on PostgreSQL, parsed back to number), 0/1 integers for booleans.
 */
export type TicketState = 'active' | 'used' | 'locked' | 'expired' | 'superseded';

export interface HoldersTable {
  id: string;
  person_id: string;
  card_id: string;
  medical_registration_number: string;
  name: string;
  kana: string;
  /** フリガナ as searched (lib/normalize/kana.ts), indexed: the console's kana lookup. */
  kana_key: string | null;
  /** The 医師資格証 certificate's serial (normalised hex) and issuer DN, for /reissue/card (decision 0022). */
  ic_cert_serial: string | null;
  ic_cert_issuer: string | null;
  /** hmac-sha256$salt$mac (keyed, decision 0023), or scrypt$N$r$p$salt$hash from before — never the date. */
  birth_date_hash: string;
  certificate_not_before: number;
  certificate_not_after: number;
  sandbox: number;
  created_at: number;
}

export interface TicketsTable {
  id: string;
  holder_id: string;
  /** SHA-256 hex of the registration code (100 random bits: a fast hash is enough). */
  code_hash: string;
  state: TicketState;
  failed_attempts: number;
  /** 1 when registering with this ticket replaces the holder's device (re-issue paths, spec §7). */
  replaces_device: number;
  issued_at: number;
  expires_at: number;
  used_at: number | null;
  locked_at: number | null;
  superseded_at: number | null;
}

export interface CredentialsTable {
  id: string;
  holder_id: string;
  credential_id: string;
  public_key: string;
  sign_count: number;
  sign_count_regressions: number;
  transports: string;
  aaguid: string;
  provider_name: string;
  device_type: string;
  backup_eligible: number;
  backup_state: number;
  uv_initialized: number;
  label: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  revoked_reason: string | null;
  revoked_by: string | null;
}

export interface FlowsTable {
  /** SHA-256 hex of the cookie token: a stolen database does not yield live cookies. */
  id: string;
  step: string;
  ticket_id: string | null;
  holder_id: string | null;
  credential_id: string | null;
  terms_version: string | null;
  terms_agreed_at: number | null;
  notice: string | null;
  /** 1 for a row the support console set up (再現する); the banner shows on its pages. */
  sandbox: Generated<number>;
  /** The ceremony outcome the server simulates for this sandbox row (an error code), else null. */
  sandbox_outcome: string | null;
  created_at: number;
  updated_at: number;
}

export interface ChallengesTable {
  id: string;
  flow_id: string;
  purpose: string;
  challenge: string;
  created_at: number;
  expires_at: number;
}

export interface RateLimitsTable {
  key: string;
  window_start: number;
  count: number;
}

export interface AuditEventsTable {
  id: string;
  at: number;
  type: string;
  outcome: string;
  holder_id: string | null;
  ticket_id: string | null;
  credential_id: string | null;
  actor: string;
  ip: string | null;
  detail: string;
}

export interface SignInResultsTable {
  /** SHA-256 of the one-time token given to the browser. */
  id: string;
  holder_id: string;
  credential_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface DeviceChangesTable {
  /** SHA-256 of the cookie token. */
  id: string;
  step: string;
  holder_id: string | null;
  old_credential_id: string | null;
  new_credential_id: string | null;
  authenticated_at: number | null;
  /** A message for the next render of the current step (JSON `{ code, params }`). */
  notice: string | null;
  /** As on `flows`: a support sandbox row, and the ceremony outcome simulated for it. */
  sandbox: Generated<number>;
  sandbox_outcome: string | null;
  created_at: number;
  updated_at: number;
}

export type StaffRole = 'support' | 'admin';

export interface StaffTable {
  id: string;
  name: string;
  role: StaffRole;
  created_at: number;
  /** The audit actor that added the account ('operator:cli' or 'staff:<id>'). */
  created_by: string;
  disabled_at: number | null;
  disabled_by: string | null;
}

export interface StaffCredentialsTable {
  id: string;
  staff_id: string;
  credential_id: string;
  public_key: string;
  sign_count: number;
  sign_count_regressions: number;
  transports: string;
  aaguid: string;
  provider_name: string;
  backup_eligible: number;
  backup_state: number;
  created_at: number;
  last_used_at: number | null;
}

export interface StaffEnrolmentsTable {
  /** SHA-256 hex of the enrolment link's token. */
  id: string;
  staff_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface StaffSessionsTable {
  /** SHA-256 hex of the cookie token. */
  id: string;
  staff_id: string;
  created_at: number;
  last_seen_at: number;
  authenticated_at: number;
  ended_at: number | null;
  ended_reason: string | null;
}

export type ApplicationState = 'new' | 'approved' | 'rejected';

/** A re-issue application (issue 9 #3) with its re-encoded card-face photo. Owner: lib/applications. */
export interface ApplicationsTable {
  id: string;
  /** 受付番号, e.g. R-20261202-7KQ3. */
  receipt: string;
  state: ApplicationState;
  has_card: number;
  card_id: string;
  name: string;
  kana: string;
  /** YYYY-MM-DD as entered; never logged. */
  birth_date: string;
  medical_registration_number: string;
  postal_code: string;
  address: string;
  phone: string;
  email: string;
  reason: string;
  /** JPEG, EXIF stripped; never logged. */
  photo: Buffer;
  photo_width: number;
  photo_height: number;
  created_at: number;
  decided_at: number | null;
  decided_by: string | null;
  rejection_reason: string | null;
  ticket_id: string | null;
}

/**
 * The re-issue application's journey row (decision 0025): what was entered and the checked photo
 * between 【確認画面へ】 and 【申請する】, then the 受付番号. Owner: lib/journey (row store).
 */
export interface ApplicationDraftsTable {
  /** SHA-256 of the cookie token. */
  id: string;
  step: string;
  notice: string | null;
  /** The form as entered (JSON, field name → text); holds the birth date: never logged. */
  form: string | null;
  /** The re-encoded JPEG, EXIF stripped; never logged. */
  photo: Buffer | null;
  photo_width: number | null;
  photo_height: number | null;
  application_id: string | null;
  receipt: string | null;
  /** 1 when 【申請する】 found the same application still new (its 受付番号 is shown again). */
  duplicate: number | null;
  created_at: number;
  updated_at: number;
}

export interface Database {
  applications: ApplicationsTable;
  application_drafts: ApplicationDraftsTable;
  holders: HoldersTable;
  tickets: TicketsTable;
  credentials: CredentialsTable;
  flows: FlowsTable;
  challenges: ChallengesTable;
  rate_limits: RateLimitsTable;
  audit_events: AuditEventsTable;
  sign_in_results: SignInResultsTable;
  device_changes: DeviceChangesTable;
  staff: StaffTable;
  staff_credentials: StaffCredentialsTable;
  staff_enrolments: StaffEnrolmentsTable;
  staff_sessions: StaffSessionsTable;
}

export type Holder = Selectable<HoldersTable>;
export type Ticket = Selectable<TicketsTable>;
export type Credential = Selectable<CredentialsTable>;
export type Flow = Selectable<FlowsTable>;
export type DeviceChange = Selectable<DeviceChangesTable>;
export type ApplicationDraft = Selectable<ApplicationDraftsTable>;
export type NewCredentialRow = Insertable<CredentialsTable>;
export type FlowUpdate = Updateable<FlowsTable>;
export type Staff = Selectable<StaffTable>;
export type StaffCredential = Selectable<StaffCredentialsTable>;
export type StaffSession = Selectable<StaffSessionsTable>;
export type { Generated };
