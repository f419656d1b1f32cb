package io.github.claimconflict.beam;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.scope.Event;
import java.util.List;

/**
 * One event the scan formed, with the conflicts found within it (none where its sources agree).
 *
 * @param event the event: its articles, dates and why each article is in it
 * @param conflicts the conflicts among its articles, most confident first; each names the event
 * @param articlesNotCompared how many of the event's articles were left out of its comparison
 *     because the event was larger than {@link ConflictScan#withMaxEventArticles its cap}: the
 *     last ones of {@code event.articles()}; 0 for an event compared whole
 */
public record ScannedEvent(Event event, List<Conflict> conflicts, int articlesNotCompared) {

  /** Checks and copies. */
  public ScannedEvent {
    requireNonNull(event, "event");
    conflicts = List.copyOf(conflicts);
    if (articlesNotCompared < 0 || articlesNotCompared >= Math.max(1, event.articles().size())) {
      throw new IllegalArgumentException("articlesNotCompared must be in [0, "
          + event.articles().size() + "): " + articlesNotCompared);
    }
  }

  /** An event compared whole. */
  public ScannedEvent(Event event, List<Conflict> conflicts) {
    this(event, conflicts, 0);
  }
}
