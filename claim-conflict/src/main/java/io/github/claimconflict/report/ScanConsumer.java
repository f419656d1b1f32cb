package io.github.claimconflict.report;

import io.github.claimconflict.scope.Event;
import java.util.List;

/**
 * Receives a scan as it goes, so that a large scan's conflicts need never be held together: first
 * everything known before any comparison (the articles, those skipped, the events and the
 * copies), then each event's conflicts in event order, then the end. Called from one thread at a
 * time, in that order; a writer may write as it is told.
 */
public interface ScanConsumer {

  /**
   * The scan's report without its conflicts: called once, first.
   *
   * @param withoutConflicts the report, its conflicts empty
   */
  void scanned(ScanReport withoutConflicts);

  /**
   * The conflicts of one event, most confident first, numbered on from the previous event's; called
   * for every event, in the order of {@link ScanReport#events()}, possibly with none.
   *
   * @param event the event
   * @param conflicts its conflicts, possibly empty
   */
  void conflicts(Event event, List<Conflict> conflicts);

  /** Called once, last, when every event has been handed over. */
  default void finished() {}
}
