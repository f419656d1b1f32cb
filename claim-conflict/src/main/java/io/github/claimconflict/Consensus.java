package io.github.claimconflict;

import io.github.claimconflict.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentence a conflict's explanation ends with: which position the independent sources support
 * and which source stands alone, with articles that copy each other counted once.
 */
final class Consensus {

  private Consensus() {}

  /** A position's articles by independent voice, in article order: copies share a voice. */
  private static Map<String, List<String>> byVoice(Position p, Map<String, String> voices) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    p.articles().forEach(a -> out.computeIfAbsent(voices.get(a), k -> new ArrayList<>()).add(a));
    return out;
  }

  /** The positions with their support counted: articles that copy each other count once. */
  static List<Position> supported(List<Position> positions, Map<String, String> voices) {
    return positions.stream().map(p -> p.withSupport(byVoice(p, voices).size())).toList();
  }

  /** A position's articles, copies of one another named together: "000; 002 and 004 as one". */
  private static String voicesOf(Position p, Map<String, String> voices) {
    return byVoice(p, voices).values().stream()
        .map(g -> g.size() == 1 ? g.get(0) : String.join(" and ", g) + " as one")
        .collect(Collectors.joining(p.support() < p.articles().size() ? "; " : ", "));
  }

  static String describe(List<Position> positions, Map<String, String> voices) {
    Position strongest = positions.stream().max(Comparator.comparingInt(Position::support))
        .orElseThrow();
    StringBuilder b = new StringBuilder();
    List<String> copies = new ArrayList<>();
    for (Position p : positions) {
      byVoice(p, voices).values().stream().filter(g -> g.size() > 1)
          .forEach(g -> copies.add(String.join(" and ", g)));
    }
    if (!copies.isEmpty()) {
      b.append(' ').append(String.join("; ", copies))
          .append(" share passages and count as one source.");
    }
    long atTop = positions.stream().filter(p -> p.support() == strongest.support()).count();
    if (atTop == 1 && strongest.support() >= 2) {
      java.util.Set<List<String>> told = new java.util.HashSet<>();
      for (Position p : positions) {
        boolean apart = p.articles().stream().noneMatch(strongest.articles()::contains);
        if (p != strongest && p.support() == 1 && apart && told.add(p.articles())) {
          b.append(' ').append(String.join(", ", p.articles())).append(" stands alone against ")
              .append(strongest.support()).append(" independent sources (")
              .append(voicesOf(strongest, voices)).append(").");
        }
      }
    }
    return b.toString();
  }
}
