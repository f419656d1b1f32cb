/**
 * The events a scan forms: each {@link io.github.claimconflict.scope.Event} with why each of its
 * articles belongs there, the {@link io.github.claimconflict.scope.Dependency copies} found
 * between articles, and, for a caller that cuts a large corpus into blocks before scanning, the
 * {@link io.github.claimconflict.scope.ScopeKeys date and name keys} events are formed by. The
 * scope stage itself (dates, weighted entity profiles, best match by a margin, copy detection) is
 * internal.
 */
package io.github.claimconflict.scope;
