package io.github.claimconflict.scope;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.claimconflict.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope stage: groups articles into events, so that a 2021 article is never checked against
 * 2020 figures. An article's date is its publication date or, failing that, the dateline at the top
 * of its text. Dated articles whose dates lie within {@code windowDays} of each other (in a chain)
 * form one event; undated articles form one event of their own.
 */
public final class EventScoper {

  /** The default gap, in days, that still joins two articles into one event. */
  public static final int DEFAULT_WINDOW_DAYS = 3;

  private static final Pattern CAPITALIZED =
      Pattern.compile("\\b\\p{Lu}[\\p{L}-]{2,40}(?: \\p{Lu}[\\p{L}-]{2,40}){0,3}");

  /** Titles, days and months: capitalized, but no label for an event. */
  private static final java.util.Set<String> NOT_LABELS = java.util.Set.of(
      "President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "General", "The", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "Oct", "Nov", "Police", "Parliament", "Election", "Day");

  private final int windowDays;

  public EventScoper(int windowDays) {
    checkArgument(windowDays >= 0, "windowDays must not be negative: %s", windowDays);
    this.windowDays = windowDays;
  }

  public EventScoper() {
    this(DEFAULT_WINDOW_DAYS);
  }

  /** The date an article is placed at: published, else its dateline. */
  public static Optional<LocalDate> dateOf(Article article) {
    return article.published().or(() -> Datelines.find(article.text()));
  }

  /** Events in order of their first date, undated last; each article in exactly one event. */
  public List<Event> scope(List<Article> articles) {
    List<Article> dated = new ArrayList<>();
    List<Article> undated = new ArrayList<>();
    Map<String, LocalDate> dates = new HashMap<>();
    for (Article a : articles) {
      Optional<LocalDate> d = dateOf(a);
      if (d.isPresent()) {
        dates.put(a.id(), d.get());
        dated.add(a);
      } else {
        undated.add(a);
      }
    }
    dated.sort(Comparator.comparing((Article a) -> dates.get(a.id())).thenComparing(Article::id));
    List<List<Article>> clusters = new ArrayList<>();
    LocalDate last = null;
    for (Article a : dated) {
      LocalDate d = dates.get(a.id());
      if (last == null || ChronoUnit.DAYS.between(last, d) > windowDays) {
        clusters.add(new ArrayList<>());
      }
      clusters.get(clusters.size() - 1).add(a);
      last = d;
    }
    if (!undated.isEmpty()) {
      clusters.add(undated);
    }
    List<Event> events = new ArrayList<>();
    for (List<Article> cluster : clusters) {
      String id = "E" + (events.size() + 1);
      Optional<LocalDate> from = cluster.stream().map(a -> dates.get(a.id()))
          .filter(d -> d != null).min(Comparator.naturalOrder());
      Optional<LocalDate> to = cluster.stream().map(a -> dates.get(a.id()))
          .filter(d -> d != null).max(Comparator.naturalOrder());
      List<String> ids = cluster.stream().map(Article::id).sorted().toList();
      events.add(new Event(id, ids, label(cluster, from, to), from, to));
    }
    return events;
  }

  /** Dates and the capitalized word most of the event's articles share (then use most), for a reader. */
  private static String label(List<Article> cluster, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    Map<String, Integer> articlesUsing = new LinkedHashMap<>();
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Article a : cluster) {
      Matcher m = CAPITALIZED.matcher(a.text());
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (m.find()) {
        String w = m.group();
        if (NOT_LABELS.contains(w.split(" ")[0])) {
          continue;
        }
        int prev = m.start() - 1;
        while (prev >= 0 && a.text().charAt(prev) == ' ') {
          prev--;
        }
        boolean sentenceStart = prev < 0 || ".!?\n\"\u201c".indexOf(a.text().charAt(prev)) >= 0;
        if (!sentenceStart) {
          uses.merge(w, 1, Integer::sum);
          if (seen.add(w)) {
            articlesUsing.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    String topic = articlesUsing.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> uses.get(e.getKey()))
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("");
    String when = from.isEmpty() ? "undated"
        : from.equals(to) ? from.get().toString() : from.get() + " to " + to.get();
    String count = cluster.size() + (cluster.size() == 1 ? " article" : " articles");
    return topic.isEmpty() ? when + ", " + count : topic + ", " + when + ", " + count;
  }
}
