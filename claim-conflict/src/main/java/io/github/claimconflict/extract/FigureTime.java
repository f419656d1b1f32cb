package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.ContextReader.CONTEXT_WINDOW;
import static io.github.claimconflict.extract.ContextReader.clause;
import static io.github.claimconflict.extract.ContextReader.lower;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A figure's time, read from its sentence: the days its clause names, a phrase that puts it at
 * another period ("last year", "in 2017"), an earlier report ("had said", "initially"), a
 * revised value ("reduced to"), a projection ("could reach") or a possibility ("could be
 * sentenced to"). Lexicons of function words only.
 */
final class FigureTime {

  /** Phrases that name a period before the event's: "last year", "the previous week". */
  private static final PhraseMatcher<String> PERIODS = periods();

  private static final ImmutableSet<String> QUOTE_MARKS =
      ImmutableSet.of("\"", "\u201c", "'", "\u2018");

  /** Units of "two days earlier", "a fortnight earlier": a time before the event's. */
  private static final ImmutableSet<String> EARLIER_UNITS = ImmutableSet.of("hour", "hours",
      "day", "days", "night", "nights", "week", "weeks", "fortnight", "month", "months");

  private FigureTime() {}

  private static PhraseMatcher<String> periods() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String a : List.of("last", "previous", "past")) {
      for (String p : List.of("year", "month", "week", "election", "decade")) {
        b.add(a + " " + p, a + " " + p);
      }
    }
    // "at earlier campaign stops", "at previous rallies": other gatherings, before the event
    // ("in recent days" is no such time: "41 have died in recent days" is today's tally).
    for (String a : List.of("recent", "previous", "past", "earlier")) {
      for (String p : List.of("rallies", "events", "protests", "elections", "campaign",
          "demonstrations", "marches", "gatherings")) {
        b.add(a + " " + p, "earlier");
      }
    }
    // "the previous day's march", "the night before": another day than the event's ("last
    // night" is the event's own in news copy, so "last" is not among them).
    for (String p : List.of("day", "days", "night", "evening", "morning")) {
      b.add("previous " + p, "the previous day");
      b.add("previous " + p + "'s", "the previous day");
      b.add("previous " + p + "\u2019s", "the previous day");
    }
    // "the next day", "the following morning", "the day after": a time after the event's own
    // ("the fifth day of protests" is no such time: it is often the article's own day).
    for (String p : List.of("day", "days", "night", "evening", "morning", "week", "weekend")) {
      b.add("next " + p, "later");
      b.add("following " + p, "later");
    }
    b.add("day after", "later");
    b.add("day before", "the previous day");
    b.add("night before", "the previous day");
    b.add("eve of", "the previous day");
    return b.build();
  }

  /**
   * The moments named in the figure's own clause (between the commas or semicolons around
   * {@code [first, last)}), lower-case: the days of the week, a day with its part ("saturday
   * morning"), and a clock time ("at 11 a.m." is 11:00, "by noon" 12:00), joined to the day
   * when one is named ("saturday 11:00"). In "the governor toured the town on Monday, a day
   * after the storm killed 14", Monday is not the day of the deaths. When the clause names no
   * moment, a time phrase opening the sentence ("By Tuesday, officials said ...", "Friday night,
   * the agency had said ...") sets it for the whole sentence.
   */
  static Set<String> days(List<Token> t, int first, int last) {
    // Bounded by the context window too, so a page with no commas stays linear.
    int[] clause = clause(t, first, last);
    Set<String> out = moments(t, clause[0], clause[1], first, last);
    if (out.isEmpty()) {
      int comma = -1;
      for (int i = 0; i < Math.min(t.size(), OPENING + 1); i++) {
        if (t.get(i).is(",")) {
          comma = i;
          break;
        }
      }
      if (comma > 0 && comma < first) {
        out = moments(t, 0, comma, first, last);
      }
    }
    if (out.isEmpty()) {
      out = otherThan(t, last);
    }
    return out;
  }

  /**
   * "Around 4,000 took part on the second day, compared to Saturday when 30,000 did": a figure
   * set against another day's is of another day than that one, so it never meets that day's
   * figures (and still meets undated ones).
   */
  private static Set<String> otherThan(List<Token> t, int last) {
    for (int i = last; i + 2 < t.size() && i < last + CONTEXT_WINDOW; i++) {
      if (t.get(i).is(";") || t.get(i).is(".")) {
        break;
      }
      if (t.get(i).is("compared") && (t.get(i + 1).is("to") || t.get(i + 1).is("with"))) {
        int d = i + 2;
        if (d + 1 < t.size() && (t.get(d).is("on") || t.get(d).is("last"))) {
          d++;
        }
        String w = lower(t.get(d));
        if (NumberWords.WEEKDAYS.contains(w)) {
          return Set.of("other than " + w);
        }
        break;
      }
    }
    return Set.of();
  }

  /** How many tokens a time phrase opening a sentence may have: "Late on Friday night,". */
  private static final int OPENING = 6;

  /** Parts of a day that make a moment of it: "on Saturday morning". */
  private static final ImmutableSet<String> DAY_PARTS =
      ImmutableSet.of("morning", "afternoon", "evening", "night", "midday", "lunchtime");

  /** Words that put a clock time before a figure: "at 11 a.m.", "by noon". */
  private static final ImmutableSet<String> AT_CLOCK =
      ImmutableSet.of("at", "by", "until", "till", "before", "around");

  private static Set<String> moments(List<Token> t, int from, int to, int first, int last) {
    Set<String> days = new LinkedHashSet<>();
    String clock = null;
    for (int i = from; i < to; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = lower(t.get(i));
      if (NumberWords.WEEKDAYS.contains(w)) {
        String part = i + 1 < to && DAY_PARTS.contains(t.get(i + 1).lower())
            ? " " + t.get(i + 1).lower() : "";
        days.add(w + part);
      } else if (clock == null && AT_CLOCK.contains(w) && i + 1 < to) {
        clock = clock(t, i + 1, to);
      }
    }
    if (clock == null) {
      return days;
    }
    Set<String> out = new LinkedHashSet<>();
    if (days.isEmpty()) {
      out.add(clock);
    }
    for (String d : days) {
      out.add(d.split(" ")[0] + " " + clock);
    }
    return out;
  }

  /** The clock time written at token {@code i}, as "HH:MM" ({@link ClockReader#time}), or null. */
  private static String clock(List<Token> t, int i, int to) {
    ClockReader.Time time = ClockReader.time(t, i, to);
    return time == null ? null
        : String.format(java.util.Locale.ROOT, "%02d:%02d", time.minutes() / 60,
            time.minutes() % 60);
  }

  /**
   * A phrase that puts the figure at another time than the article's event ("last year", "a year
   * ago", "in 2017"), outside the figure's own tokens {@code [first, last)}.
   */
  static Optional<String> anchor(List<Token> t, int first, int last) {
    // The figure's own clause, then the clauses before it ("in 1992, when a blast killed 263",
    // "In 2017, ..."): a time in a clause after it ("a city of 52,000, which the army has held
    // since 2014", "on Tuesday, the eve of the holiday") is that clause's own.
    int[] c = clause(t, first, last);
    Optional<String> own = anchorIn(t, c[0], c[1], first, last);
    if (own.isPresent() || c[0] == 0) {
      return own;
    }
    return anchorIn(t, Math.max(0, first - CONTEXT_WINDOW), c[0], first, last);
  }

  private static Optional<String> anchorIn(List<Token> t, int from, int to, int first,
      int last) {
    for (int i = from; i + 1 < to; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String a = t.get(i).lower();
      String b = t.get(i + 1).lower();
      for (PhraseMatcher.Match<String> m : PERIODS.startingAt(t, i)) {
        if (m.end() <= to) {
          return Optional.of(m.value());
        }
      }
      if (b.equals("earlier") && EARLIER_UNITS.contains(a)) {
        return Optional.of("earlier"); // "a fortnight earlier", "two days earlier"
      }
      if (b.equals("later") && EARLIER_UNITS.contains(a) && !a.startsWith("hour")) {
        return Optional.of("later"); // "a day later", "two weeks later"
      }
      if ((b.equals("ago")) && (t.get(i).isNumber() || a.equals("years") || a.equals("year")
          || a.equals("months") || a.equals("weeks") || a.equals("decades"))) {
        return Optional.of(a + " " + b);
      }
      if ((a.equals("in") || a.equals("since") || a.equals("until")) && FigureVeto.isYear(t.get(i + 1))
          && (i + 1 < first || i + 1 >= last)
          && !(a.equals("since") && i >= last && superlativeBefore(t, i, last))) {
        return Optional.of(a + " " + t.get(i + 1).text());
      }
    }
    return Optional.empty();
  }

  /** Words that rank something against the past: "the deadliest attack since 2011". */
  private static final ImmutableSet<String> SUPERLATIVES = ImmutableSet.of("deadliest", "worst",
      "largest", "biggest", "bloodiest", "highest", "lowest", "most", "first", "strongest");

  /**
   * Whether a superlative stands between the figure (ending before {@code from}) and the "since"
   * at {@code since}: "a city 280 miles from the capital was the deadliest attack since 2011"
   * ranks the attack; the year is no time of the figure before it.
   */
  private static boolean superlativeBefore(List<Token> t, int since, int from) {
    for (int k = since - 1; k >= from && k >= since - 6; k--) {
      if (SUPERLATIVES.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a sudden event that may come more than once: a quake and its aftershocks. */
  private static final ImmutableSet<String> SHOCKS = ImmutableSet.of("quake", "earthquake",
      "tremor", "shock", "blast", "explosion", "eruption", "detonation", "aftershock",
      "foreshock", "aftershocks", "foreshocks", "quakes", "tremors", "blasts", "explosions");

  /** Words that say which of several such events: "the second blast", "another tremor". */
  private static final ImmutableSet<String> WHICH = ImmutableSet.of("first", "initial",
      "second", "third", "fourth", "fifth", "another", "subsequent", "later");

  /**
   * Which of several sudden events the figure is about, when its clause says so: the event
   * noun nearest the figure ("a 5.1 aftershock", "the first blast measured 1.8",
   * "the second, and larger, explosion measured 2.4") is an aftershock or foreshock, or
   * carries an ordinal. Figures of the second blast are never set against the first's, nor
   * against those that name no blast: an article that names only "the blast" may mean either.
   */
  static Optional<String> whichEvent(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    int noun = -1;
    // The noun the figure modifies ("a 5.1 aftershock") first, then the nearest on its left.
    for (int i = last; i < Math.min(c[1], last + 3); i++) {
      if (SHOCKS.contains(t.get(i).lower())) {
        noun = i;
        break;
      }
    }
    for (int i = first - 1; noun < 0 && i >= c[0]; i--) {
      if (SHOCKS.contains(t.get(i).lower())) {
        noun = i;
      }
    }
    if (noun < 0) {
      return Optional.empty();
    }
    String n = t.get(noun).lower();
    if (n.startsWith("aftershock") || n.startsWith("foreshock")) {
      return Optional.of("an " + (n.endsWith("s") ? n.substring(0, n.length() - 1) : n));
    }
    // The ordinal stands just before the noun ("the second larger blast"), or a few words
    // back before a comma ("the second, and most powerful, explosion").
    for (int i = noun - 1; i >= Math.max(0, noun - 7); i--) {
      String w = t.get(i).lower();
      if (WHICH.contains(w) && (noun - i <= 2 || t.get(i + 1).is(","))) {
        return Optional.of(switch (w) {
          case "first", "initial" -> "the first of several";
          case "another", "subsequent", "later" -> "a later one of several";
          default -> "the " + w + " of several";
        });
      }
      if (t.get(i).is(".") || t.get(i).isNumber() || SHOCKS.contains(w)) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the figure's clause gives it as a count still under way: "the bodies of nine
   * children had so far been recovered", "thus far 40 have been freed". Such a count is not
   * set against a total given at another moment.
   */
  static boolean soFar(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    for (int i = c[0]; i + 1 < c[1]; i++) {
      if ((i < first || i >= last) && (t.get(i).is("so") || t.get(i).is("thus"))
          && t.get(i + 1).is("far")) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a report an earlier one: "had said", "initially", "previously". */
  private static final ImmutableSet<String> EARLIER =
      ImmutableSet.of("initially", "previously", "originally", "earlier", "first");

  /**
   * Whether the figure's clause reports it as an earlier report: a reporting verb in the past
   * perfect ("the agency had said", "had counted on Friday"), or "initially", "previously",
   * "originally" beside a verb ("was initially jailed for four years", "previously reported").
   */
  static boolean earlierReport(List<Token> t, int first, int last) {
    if (t.size() > 1 && t.get(0).is("earlier") && t.get(1).is(",")) {
      return true; // "Earlier, police said ...": a report before the article's latest
    }
    if (replaced(t, first)) {
      return true;
    }
    int[] c = clause(t, first, last);
    for (int i = c[0]; i < c[1]; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = t.get(i).lower();
      if (w.equals("had") && i + 1 < t.size()) {
        for (int k = i + 1; k < Math.min(t.size(), i + 3); k++) {
          String v = t.get(k).lower();
          if (v.equals("been")) {
            break; // "had been counted" states a status, it reports nothing earlier
          }
          if (Attribution.REPORTING_VERBS.contains(v) || v.equals("estimated") || v.equals("given")
              || v.equals("reported") || v.equals("forecast")) {
            return true;
          }
        }
      }
      if (EARLIER.contains(w) && !w.equals("earlier") && !w.equals("first")) {
        return true;
      }
      if ((w.equals("earlier") || w.equals("first")) && i + 1 < t.size()
          && (Attribution.REPORTING_VERBS.contains(t.get(i + 1).lower())
              || t.get(i + 1).lower().equals("reported"))) {
        return true;
      }
    }
    return false;
  }

  /** Words before "from" that make its figure the one a change started from: "up from 41". */
  private static final ImmutableSet<String> CHANGED_FROM = ImmutableSet.of("up", "down", "rose",
      "risen", "rising", "increased", "jumped", "climbed", "fell", "dropped", "revised");

  /** Nouns of a figure given out: "after the announcement of 58 deaths". */
  private static final ImmutableSet<String> GIVEN_OUT =
      ImmutableSet.of("announcement", "report", "count", "tally", "figure", "toll");

  /**
   * Whether the figure is the value a newer one replaced: "96 detained, up from 41", "six more
   * bodies were found after the announcement of 58 deaths".
   */
  private static boolean replaced(List<Token> t, int first) {
    if (first >= 2 && t.get(first - 1).is("from")
        && CHANGED_FROM.contains(t.get(first - 2).lower())) {
      return true;
    }
    // "revising the previous toll of 17", "an initial count of 40": a tally said to be an older one
    if (first >= 3 && t.get(first - 1).is("of") && TALLIES.contains(t.get(first - 2).lower())
        && OLDER.contains(t.get(first - 3).lower())) {
      return true;
    }
    // "after / since / following the (first) announcement of"
    if (first >= 3 && t.get(first - 1).is("of") && GIVEN_OUT.contains(t.get(first - 2).lower())) {
      for (int i = first - 3; i >= Math.max(0, first - 6); i--) {
        String w = t.get(i).lower();
        if (w.equals("after") || w.equals("since") || w.equals("following")) {
          return true;
        }
        if (!t.get(i).isWord()) {
          break;
        }
      }
    }
    return false;
  }

  /** Nouns of a tally, and the words that make it an older one: "the previous toll of". */
  private static final ImmutableSet<String> TALLIES =
      ImmutableSet.of("toll", "tally", "count", "figure", "number");
  private static final ImmutableSet<String> OLDER = ImmutableSet.of("previous", "earlier",
      "initial", "original", "preliminary", "old", "first");

  /** Words that make a tally an estimate of its final figure: "could reach", "feared dead". */
  private static final ImmutableSet<String> PROJECTING =
      ImmutableSet.of("could", "might", "may", "would", "likely", "probably", "possibly",
          "expected", "feared", "fear", "fears", "estimate", "estimates", "projected",
          "predicted", "forecast", "closer");

  /**
   * Whether the figure's clause projects a tally rather than counts it ("the toll could reach
   * 20,000", "20,000 feared dead", "likely closer to 2,500"): an estimate of the final figure
   * is not set against a running count.
   */
  static boolean projected(List<Token> t, int first, int last) {
    // The whole sentence, within the window: "by their count, 7,500 drowned".
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(t.size(), last + CONTEXT_WINDOW);
    for (int i = from; i < to; i++) {
      if ((i < first || i >= last) && PROJECTING.contains(t.get(i).lower())
          && !reportsAsVerb(t, i) && !denied(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code i} is denied: "nine could not be identified" projects nothing. */
  private static boolean denied(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i + 1).is("not");
  }

  /** Words that make any figure a possibility, not a fact: "could be sentenced to 100 years". */
  private static final ImmutableSet<String> MODAL =
      ImmutableSet.of("could", "might", "may", "would", "if", "expected", "likely", "faces",
          "face", "facing");

  /**
   * Whether the figure's own clause states it as a possibility ("could be sentenced to more
   * than 100 years", "the rally is expected to draw 5,000"): a hypothetical or expected figure
   * is compared only with others of its kind.
   */
  static boolean hypothetical(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    for (int i = c[0]; i < c[1]; i++) {
      if ((i < first || i >= last) && MODAL.contains(t.get(i).lower()) && !denied(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** "the administration estimates that 3,000 are dead" reports a count; "their estimate" not. */
  private static boolean reportsAsVerb(List<Token> t, int i) {
    String w = t.get(i).lower();
    return (w.equals("estimate") || w.equals("estimates")) && i + 1 < t.size()
        && (t.get(i + 1).is("that") || t.get(i + 1).isNumber());
  }

  /** Verbs that change a figure already given: "reduced the sentence to two years". */
  private static final ImmutableSet<String> REVISING =
      ImmutableSet.of("reduced", "reduces", "reduce", "halved", "halves", "commuted", "commutes",
          "cut", "cuts", "lowered", "lowers", "raised", "raises", "increased", "increases",
          "extended", "extends", "revised", "revises", "pardoned", "upgraded", "downgraded",
          "amended", "changed", "adjusted", "corrected");

  /**
   * Whether the figure is the new value of a change ("reduced the sentence to two years",
   * "cut to three years"): a revised figure, not the one first given.
   */
  static boolean revised(List<Token> t, int first, int last) {
    // "reduced the sentences to \"two years imprisonment\"": a quote mark may open the value.
    int to = first - 1;
    if (to > 0 && QUOTE_MARKS.contains(t.get(to).text())) {
      to--;
    }
    if (to < 0 || !t.get(to).is("to")) {
      return false;
    }
    int[] c = clause(t, first, last);
    for (int i = Math.max(c[0], first - 12); i < to; i++) {
      if (REVISING.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
