/**
 * The scope stage: articles into events (dates, weighted entity profiles, best match by a margin)
 * and the articles that copy each other or a common wire.
 */
package io.github.claimconflict.scope;
