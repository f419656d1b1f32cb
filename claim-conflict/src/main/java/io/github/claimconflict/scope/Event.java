package io.github.claimconflict.scope;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One news event: the articles that cover it, and so the articles whose claims are compared with
 * each other.
 *
 * @param id a short id, unique in a report ("E1")
 * @param articles the ids of its articles, in input order
 * @param label a short description for readers: dates and the name its articles share most
 * @param from the earliest date of its articles, if any is dated
 * @param to the latest date of its articles, if any is dated
 * @param joined why each article belongs here, in the order of {@code articles}; empty where the
 *     scope stage did not say
 */
public record Event(
    String id, List<String> articles, String label, Optional<LocalDate> from,
    Optional<LocalDate> to, List<Joined> joined) {

  /**
   * Copies the lists.
   *
   * @param id a short id, unique in a report ("E1")
   * @param articles the ids of its articles, in input order
   * @param label a short description for readers: dates and the name its articles share most
   * @param from the earliest date of its articles, if any is dated
   * @param to the latest date of its articles, if any is dated
   * @param joined why each article belongs here, in the order of {@code articles}; empty where the
   *     scope stage did not say
   */
  public Event {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    articles = ImmutableList.copyOf(articles);
    joined = ImmutableList.copyOf(joined);
  }

  /**
   * An event without reasons.
   *
   * @param id a short id, unique in a report ("E1")
   * @param articles the ids of its articles, in input order
   * @param label a short description for readers
   * @param from the earliest date of its articles, if any is dated
   * @param to the latest date of its articles, if any is dated
   */
  public Event(String id, List<String> articles, String label, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    this(id, articles, label, from, to, List.of());
  }

  /** Where an article's date comes from. */
  public enum DatedBy {
    /** its publication date */
    PUBLISHED("published"),
    /** a date at the top of its text */
    DATELINE("dateline"),
    /** the date its lead gives for the story ("on Sunday"), resolved against the above */
    TEXT("text"),
    /** a weekday or a day of a month in its lead, placed within the event's dates */
    TEXT_IN_EVENT("text in event"),
    /** nothing: an undated article joined by its entities alone */
    NONE("none");

    private final String label;

    DatedBy(String label) {
      this.label = label;
    }

    /**
     * The word used in reports.
     *
     * @return the label, in lower case: "published", "dateline", "text", "text in event" or "none"
     */
    public String label() {
      return label;
    }
  }

  /**
   * Why an article is in its event.
   *
   * @param article the article's id
   * @param date the day its story is placed at, if any
   * @param datedBy where that day comes from
   * @param similarity the cosine of its weighted entities with those of the event's other
   *     articles, 0 to 1 (0 in an event of one)
   * @param shared the identifying names it shares with the event's other articles, weightiest
   *     first, as written
   * @param copies an article of the event it shares passages with, if any
   */
  public record Joined(String article, Optional<LocalDate> date, DatedBy datedBy,
      double similarity, List<String> shared, Optional<String> copies) {
    /**
     * Copies the list of shared names.
     *
     * @param article the article's id
     * @param date the day its story is placed at, if any
     * @param datedBy where that day comes from
     * @param similarity the cosine of its weighted entities with those of the event's other
     *     articles, 0 to 1 (0 in an event of one)
     * @param shared the identifying names it shares with the event's other articles, weightiest
     *     first, as written
     * @param copies an article of the event it shares passages with, if any
     */
    public Joined {
      requireNonNull(article, "article");
      requireNonNull(date, "date");
      requireNonNull(datedBy, "datedBy");
      requireNonNull(copies, "copies");
      shared = ImmutableList.copyOf(shared);
    }
  }
}
