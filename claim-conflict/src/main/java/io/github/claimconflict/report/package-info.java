/**
 * The report stage: what a scan found ({@link io.github.claimconflict.report.ScanReport}) and its
 * renderings as text, JSON and HTML.
 */
package io.github.claimconflict.report;
