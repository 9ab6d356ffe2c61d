/** Set by the proxy on a page request while the database is down (docs/decisions/0006). */
export const DATABASE_DOWN_HEADER = 'x-hpki-database-down';
