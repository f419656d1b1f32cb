package io.github.claimconflict;

import io.github.claimconflict.report.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;

/**
 * The sentence a conflict's explanation ends with: which position the independent sources support
 * and which source stands alone, with articles that copy each other counted once.
 */
final class Consensus {

  private Consensus() {}

  /** A position's articles by independent voice, in article order: copies share a voice. */
  private static Map<String, List<String>> byVoice(Position p, Map<String, String> voices) {
    // Loops, not streams: each lambda is linked on its first run, a small scan's start-up cost.
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (String a : p.articles()) {
      List<String> voice = out.get(voices.get(a));
      if (voice == null) {
        voice = new ArrayList<>();
        out.put(voices.get(a), voice);
      }
      voice.add(a);
    }
    return out;
  }

  /** The positions with their support counted: articles that copy each other count once. */
  static List<Position> supported(List<Position> positions, Map<String, String> voices) {
    List<Position> out = new ArrayList<>(positions.size());
    for (Position p : positions) {
      out.add(p.withSupport(byVoice(p, voices).size()));
    }
    return Collections.unmodifiableList(out);
  }

  /** A position's articles, copies of one another named together: "000; 002 and 004 as one". */
  private static String voicesOf(Position p, Map<String, String> voices) {
    StringJoiner out = new StringJoiner(p.support() < p.articles().size() ? "; " : ", ");
    for (List<String> g : byVoice(p, voices).values()) {
      out.add(g.size() == 1 ? g.get(0) : String.join(" and ", g) + " as one");
    }
    return out.toString();
  }

  static String describe(List<Position> positions, Map<String, String> voices) {
    if (positions.isEmpty()) {
      throw new NoSuchElementException("no positions");
    }
    Position strongest = positions.get(0); // the first of the best supported
    for (Position p : positions) {
      if (p.support() > strongest.support()) {
        strongest = p;
      }
    }
    StringBuilder b = new StringBuilder();
    List<String> copies = new ArrayList<>();
    for (Position p : positions) {
      for (List<String> g : byVoice(p, voices).values()) {
        if (g.size() > 1) {
          copies.add(String.join(" and ", g));
        }
      }
    }
    if (!copies.isEmpty()) {
      b.append(' ').append(String.join("; ", copies))
          .append(" share passages and count as one source.");
    }
    int atTop = 0;
    for (Position p : positions) {
      if (p.support() == strongest.support()) {
        atTop++;
      }
    }
    if (atTop == 1 && strongest.support() >= 2) {
      java.util.Set<List<String>> told = new java.util.HashSet<>();
      for (Position p : positions) {
        boolean apart = true;
        for (String a : p.articles()) {
          if (strongest.articles().contains(a)) {
            apart = false;
            break;
          }
        }
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
