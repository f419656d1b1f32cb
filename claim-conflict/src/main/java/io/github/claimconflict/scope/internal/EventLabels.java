package io.github.claimconflict.scope.internal;

import io.github.claimconflict.Article;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short labels for events: the name its articles share most, its dates and its size. */
final class EventLabels {

  static final Pattern CAPITALIZED =
      Pattern.compile("\\b\\p{Lu}[\\p{L}-]{2,40}(?: \\p{Lu}[\\p{L}-]{2,40}){0,3}");

  /** Where {@link #CAPITALIZED} may match: a capital opening a word. */
  static final MatchStarts.Opening CAPITALIZED_OPENS = MatchStarts.Opening.capitalWordStart();

  /** Titles, days and months: capitalized, but no label for an event. */
  private static final java.util.Set<String> NOT_LABELS = java.util.Set.of(
      "President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "General", "The", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "Oct", "Nov", "Police", "Parliament", "Election", "Day");

  private EventLabels() {}

  /** Dates and the capitalized word most of the event's articles share (then use most), for a reader. */
  static String label(List<Article> cluster, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    Map<String, Integer> articlesUsing = new LinkedHashMap<>();
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Article a : cluster) {
      Matcher m = CAPITALIZED.matcher(a.text());
      MatchStarts capitalized = new MatchStarts(m, a.text(), CAPITALIZED_OPENS);
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (capitalized.find()) {
        String w = m.group();
        int space = w.indexOf(' '); // a match never opens with a space
        if (NOT_LABELS.contains(space < 0 ? w : w.substring(0, space))) {
          continue;
        }
        int prev = m.start() - 1;
        while (prev >= 0 && a.text().charAt(prev) == ' ') {
          prev--;
        }
        boolean sentenceStart = prev < 0 || ".!?\n\"\u201c".indexOf(a.text().charAt(prev)) >= 0;
        if (!sentenceStart) {
          uses.put(w, uses.getOrDefault(w, 0) + 1);
          if (seen.add(w)) {
            articlesUsing.put(w, articlesUsing.getOrDefault(w, 0) + 1);
          }
        }
      }
    }
    // The word most articles use, then the most used, then the first in order; a loop rather
    // than a chain of comparators, each a lambda linked on its first run.
    String best = null;
    int topArticles = 0;
    int topUses = 0;
    for (Map.Entry<String, Integer> e : articlesUsing.entrySet()) {
      int articles = e.getValue();
      int used = uses.get(e.getKey());
      if (best == null || articles > topArticles
          || (articles == topArticles && (used > topUses
              || (used == topUses && e.getKey().compareTo(best) < 0)))) {
        best = e.getKey();
        topArticles = articles;
        topUses = used;
      }
    }
    String topic = best == null ? "" : best;
    String when = from.isEmpty() ? "undated"
        : from.equals(to) ? from.get().toString() : from.get() + " to " + to.get();
    String count = cluster.size() + (cluster.size() == 1 ? " article" : " articles");
    return topic.isEmpty() ? when + ", " + count : topic + ", " + when + ", " + count;
  }
}
