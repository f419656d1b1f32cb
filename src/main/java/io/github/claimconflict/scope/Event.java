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
 */
public record Event(
    String id, List<String> articles, String label, Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public Event {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    articles = ImmutableList.copyOf(articles);
  }
}
