package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.Units;
import java.util.List;
import java.util.Optional;

/**
 * An age given as a decade of life: "in his early thirties", "in her mid-30s", "in their late
 * forties", "in his 60s". Read only after "in his", "in her" or "in their", where a decade is a
 * person's age and not a period ("in the 1930s", "temperatures in the 30s").
 */
final class DecadeAge {

  private DecadeAge() {}

  /** The age's tokens, {@code [first, last)}, and its interval in years. */
  record Read(int first, int last, Quantity quantity) {}

  private static final ImmutableSet<String> POSSESSIVES = ImmutableSet.of("his", "her", "their");

  private static final ImmutableMap<String, Integer> DECADES = ImmutableMap.<String, Integer>builder()
      .put("twenties", 20).put("thirties", 30).put("forties", 40).put("fifties", 50)
      .put("sixties", 60).put("seventies", 70).put("eighties", 80).put("nineties", 90)
      .build();

  /**
   * Where in a decade each part lies, in years from its start, up to (not including) its end:
   * early 0-3, mid 3-6, late 6-9; the decade alone is all ten years.
   */
  private static final ImmutableMap<String, int[]> PARTS = ImmutableMap.of(
      "early", new int[] {0, 4}, "mid", new int[] {3, 7}, "late", new int[] {6, 10});

  /** The decade age whose possessive ("his") stands at token {@code i}, if any. */
  static Optional<Read> read(List<Token> t, int i) {
    if (i < 1 || i + 1 >= t.size() || !t.get(i - 1).is("in")
        || !POSSESSIVES.contains(t.get(i).lower())) {
      return Optional.empty();
    }
    int first = i + 1;
    int k = first;
    int[] part = PARTS.get(t.get(k).lower());
    if (part != null) {
      k++;
      if (k < t.size() && t.get(k).is("-")) {
        k++;
      }
    }
    if (k >= t.size()) {
      return Optional.empty();
    }
    Integer decade = DECADES.get(t.get(k).lower());
    int end = k + 1;
    if (decade == null && t.get(k).isNumber() && k + 1 < t.size() && t.get(k + 1).is("s")
        && !t.get(k + 1).spaceBefore()) {
      decade = switch (t.get(k).text()) {
        case "20", "30", "40", "50", "60", "70", "80", "90" -> Integer.valueOf(t.get(k).text());
        default -> null;
      };
      end = k + 2;
    }
    if (decade == null) {
      return Optional.empty();
    }
    int from = part == null ? 0 : part[0];
    int to = part == null ? 10 : part[1];
    // Half-open, as an age is: "early thirties" is 30 up to (not including) 34.
    return Optional.of(new Read(first, end, new Quantity((double) decade + from,
        Math.nextDown((double) decade + to), Units.YEAR, Quantity.FIRM)));
  }
}
