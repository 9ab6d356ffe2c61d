/** Set by the proxy on a page request while the database is down (docs/decisions/0007-database-unavailable.md). */
export const DATABASE_DOWN_HEADER = 'x-hpki-database-down';
