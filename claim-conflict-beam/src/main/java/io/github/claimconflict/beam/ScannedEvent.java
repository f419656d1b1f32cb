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
 */
public record ScannedEvent(Event event, List<Conflict> conflicts) {

  /** Checks and copies. */
  public ScannedEvent {
    requireNonNull(event, "event");
    conflicts = List.copyOf(conflicts);
  }
}
