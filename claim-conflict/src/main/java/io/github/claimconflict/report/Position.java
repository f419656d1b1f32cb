package io.github.claimconflict.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.claim.Evidence;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One side of a conflict: what some articles say, in their words and normalized.
 *
 * @param value the value as written; several wordings of one position are joined by " / "
 * @param normalized the value as the library reads it ("3,800–4,200")
 * @param low the lowest value the position allows, for numeric positions; empty when unbounded or
 *     not numeric
 * @param high the highest value the position allows; empty when unbounded or not numeric
 * @param unit the canonical unit of a numeric position; empty for other kinds
 * @param articles the ids of the articles that hold this position
 * @param claimants who the articles say states it ("police"), where they say so
 * @param evidence where each article says it
 * @param support how many independent sources hold it: articles that copy each other, or a
 *     common wire, count once
 */
public record Position(
    String value,
    String normalized,
    OptionalDouble low,
    OptionalDouble high,
    Optional<String> unit,
    List<String> articles,
    List<String> claimants,
    List<Evidence> evidence,
    int support) {

  /**
   * Copies the lists.
   *
   * @param value the value as written; several wordings of one position are joined by " / "
   * @param normalized the value as the library reads it ("3,800–4,200")
   * @param low the lowest value the position allows, for numeric positions; empty when unbounded or
   *     not numeric
   * @param high the highest value the position allows; empty when unbounded or not numeric
   * @param unit the canonical unit of a numeric position; empty for other kinds
   * @param articles the ids of the articles that hold this position
   * @param claimants who the articles say states it ("police"), where they say so
   * @param evidence where each article says it
   * @param support how many independent sources hold it: articles that copy each other, or a
   *     common wire, count once
   * @throws IllegalArgumentException if support is negative or more than the number of articles
   */
  public Position {
    requireNonNull(value, "value");
    requireNonNull(normalized, "normalized");
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    requireNonNull(unit, "unit");
    articles = ImmutableList.copyOf(articles);
    claimants = ImmutableList.copyOf(claimants);
    evidence = ImmutableList.copyOf(evidence);
    if (support < 0 || support > articles.size()) {
      throw new IllegalArgumentException("support " + support + " outside 0.." + articles.size());
    }
  }

  /**
   * This position with its support counted again.
   *
   * @param support how many independent sources hold it
   * @return a copy with that support
   */
  public Position withSupport(int support) {
    return new Position(value, normalized, low, high, unit, articles, claimants, evidence, support);
  }
}
