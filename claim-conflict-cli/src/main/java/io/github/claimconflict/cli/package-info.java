/**
 * The command line: {@code scan}, {@code claims} and {@code eval}.
 */
package io.github.claimconflict.cli;
