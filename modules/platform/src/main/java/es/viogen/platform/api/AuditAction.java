package es.viogen.platform.api;

/** What an audit row records. */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGOUT, ACCESS_DENIED, TOKEN_ISSUED,
    VERIFY
}
