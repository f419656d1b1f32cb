/**
 * The scope stage's workings, not exported: dating each story ({@code StoryDates},
 * {@code Datelines}), weighing the names an article uses ({@code Profiles}, {@code Mention}),
 * joining articles into events ({@code EventScoper}, {@code EventLabels}) and finding copies
 * ({@code SourceDependence}, {@code PairCounts}). Callers see their results through
 * {@link io.github.claimconflict.scope.Event} and {@link io.github.claimconflict.scope.Dependency}.
 */
package io.github.claimconflict.scope.internal;
