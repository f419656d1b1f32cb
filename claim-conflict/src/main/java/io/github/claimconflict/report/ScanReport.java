package io.github.claimconflict.report;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Dependency;
import java.util.List;

/**
 * What a scan found: the articles read, those skipped and why, the events they were grouped into,
 * the pairs of articles that share passages, and the conflicts, most confident first within each
 * event.
 */
public record ScanReport(
    List<ScannedArticle> articles,
    List<SkippedArticle> skipped,
    List<Event> events,
    List<Dependency> dependencies,
    List<Conflict> conflicts) {

  /** The schema id written into JSON reports. */
  public static final String SCHEMA = "claim-conflict/report/v1";

  /**
   * Copies the lists.
   *
   * @param articles the articles read
   * @param skipped the articles skipped, each with its reason
   * @param events the events the articles were grouped into
   * @param dependencies the pairs of articles that share passages
   * @param conflicts the conflicts, most confident first within each event
   */
  public ScanReport {
    articles = ImmutableList.copyOf(articles);
    skipped = ImmutableList.copyOf(skipped);
    events = ImmutableList.copyOf(events);
    dependencies = ImmutableList.copyOf(dependencies);
    conflicts = ImmutableList.copyOf(conflicts);
  }

  /**
   * The conflicts of one event.
   *
   * @param eventId the event's id
   * @return its conflicts, in report order; empty if none or no such event
   */
  public List<Conflict> conflictsIn(String eventId) {
    return conflicts.stream().filter(c -> c.event().equals(eventId)).toList();
  }
}
