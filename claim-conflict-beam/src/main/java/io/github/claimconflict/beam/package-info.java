/**
 * The scan as an Apache Beam transform: {@link io.github.claimconflict.beam.ConflictScan}, its
 * coders, JSON Lines in and out ({@link io.github.claimconflict.beam.JsonLines}) and the command
 * ({@link io.github.claimconflict.beam.ScanPipeline}).
 */
package io.github.claimconflict.beam;
